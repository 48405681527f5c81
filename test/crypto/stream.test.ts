import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CryptoError,
  checkEnvelope,
  decryptStream,
  decryptWith,
  encryptStream,
  encryptTo,
  HYBRID_STANZA,
  newCaseIdentity,
  paddedSize,
  padStream,
  streamedSizeBound,
} from "../../crypto/index";

function streamOf(bytes: Uint8Array, slice = 7_777): ReadableStream<Uint8Array> {
  let at = 0;
  return new ReadableStream({
    pull(c) {
      if (at >= bytes.length) return c.close();
      c.enqueue(bytes.slice(at, at + slice));
      at += slice;
    },
  });
}

const all = async (s: ReadableStream<Uint8Array>) => new Uint8Array(await new Response(s).arrayBuffer());
const key = await newCaseIdentity();

describe("streamed attachments", () => {
  it("writes the same format as encryptTo: each side decrypts the other's files", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 200_000 }),
        fc.integer({ min: 1, max: 70_000 }),
        async (content, slice) => {
          const { stream, size } = await encryptStream(
            [key.recipient],
            streamOf(content, slice),
            content.length,
          );
          const file = await all(stream);
          expect(file.length).toBe(size);
          expect(await decryptWith([key.identity], file)).toEqual(content);
          const back = await all(
            await decryptStream([key.identity], streamOf(await encryptTo([key.recipient], content))),
          );
          expect(back).toEqual(content);
        },
      ),
      { numRuns: 12 },
    );
  });

  it("passes the server's check from its first bytes and the declared size alone", async () => {
    const content = new Uint8Array(300_000).fill(7);
    const { stream, size } = await encryptStream([key.recipient], streamOf(content), content.length);
    const file = await all(stream);
    const policy = { types: [HYBRID_STANZA], minStanzas: 1, maxStanzas: 1 };
    const info = checkEnvelope(file.subarray(0, 4096), policy, size);
    expect(info.plaintextSize).toBe(paddedSize(content.length));
    expect(size).toBeLessThanOrEqual(streamedSizeBound(content.length));
    expect(() => checkEnvelope(file.subarray(0, 4096), policy, size - 65_536)).toThrow(/unpadded|payload/);
    expect(() => checkEnvelope(file.subarray(0, 200), policy, size)).toThrow(/truncated header/);
  });

  it("errors the stream when the source yields more or fewer bytes than announced", async () => {
    const content = new Uint8Array(1000);
    await expect(all(padStream(streamOf(content), 999))).rejects.toMatchObject({ code: "bad-padding" });
    await expect(all(padStream(streamOf(content), 1001))).rejects.toMatchObject({ code: "bad-padding" });
    expect((await all(padStream(streamOf(content), 1000))).length).toBe(paddedSize(1000));
  });

  it("fails a tampered or truncated payload with decrypt-failed, and a wrong key before any byte", async () => {
    const content = new Uint8Array(150_000).fill(1);
    const file = await all((await encryptStream([key.recipient], streamOf(content), content.length)).stream);
    const tampered = file.slice();
    tampered[tampered.length - 100]! ^= 1;
    await expect(all(await decryptStream([key.identity], streamOf(tampered)))).rejects.toBeInstanceOf(
      CryptoError,
    );
    await expect(
      all(await decryptStream([key.identity], streamOf(file.subarray(0, file.length - 5_000)))),
    ).rejects.toMatchObject({
      code: "decrypt-failed",
    });
    const other = await newCaseIdentity();
    await expect(decryptStream([other.identity], streamOf(file))).rejects.toMatchObject({
      code: "decrypt-failed",
    });
  });
});
