/**
 * The reporting person's side of attachments (server/evidence/reporter.ts): the checks made before a
 * byte of a chunk is read, which the API suite reaches only in part.
 */
import { describe, expect, it } from "vitest";
import { toBase64 } from "../../crypto/index";
import { receiveChunk, reporterCase } from "../../server/evidence/reporter";
import { enrol, setup, submit } from "../api/harness";

/** A chunk body that counts how often it was read (nothing is pulled before a read: no high-water mark). */
function countedBody() {
  const body = {
    reads: 0,
    stream: new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          body.reads += 1;
          controller.enqueue(new Uint8Array(16));
          controller.close();
        },
      },
      { highWaterMark: 0 },
    ),
  };
  return body;
}

describe("the reporting person's attachments", () => {
  it("finds no case for a missing, malformed or unknown inbox login key", async () => {
    const h = await setup();
    const unknown = toBase64(new Uint8Array(32).fill(1));
    for (const key of [undefined, "", "not a key", `${unknown}=`, unknown]) {
      await expect(reporterCase(h.database, key)).rejects.toMatchObject({
        status: 404,
        message: "No case matches this token. Check it and try again.",
      });
    }
  });

  it("refuses a bad chunk number, a wrong content type or an unknown upload without reading the chunk", async () => {
    const h = await setup();
    await enrol(h, h.firstCode, "alice");
    await submit(h, { whatHappened: "x" });
    const heldCase = (await h.database.db.query.cases.findFirst())!;
    const store = { database: h.database, blobs: h.blobs };
    const octets = "application/octet-stream";
    const refusals = [
      [{ index: "01", contentType: octets }, 400, "invalid"],
      [{ index: "1000000", contentType: octets }, 400, "invalid"],
      [{ index: undefined, contentType: octets }, 400, "invalid"],
      [{ index: "0", contentType: "application/json" }, 400, "bad_content_type"],
      [{ index: "0", contentType: undefined }, 400, "bad_content_type"],
      [{ index: "0", contentType: "Application/Octet-Stream" }, 404, "not_found"],
    ] as const;
    for (const [chunk, status, code] of refusals) {
      const body = countedBody();
      await expect(
        receiveChunk(store, heldCase, "nosuchfile", { ...chunk, body: body.stream }),
      ).rejects.toMatchObject({ status, code });
      expect(body.reads).toBe(0);
      expect(body.stream.locked).toBe(false);
    }
  });
});
