// Streamed attachments (SPEC.md "Streamed attachments"): the same oc-pad-1
// container and age v1 file as encryptTo, produced and consumed as streams so
// that a 2 GB file never sits in memory.

import { Decrypter } from "age-encryption";
import { encrypterFor } from "./age";
import { CryptoError } from "./errors";
import { paddedSize } from "./pad";

const MAGIC = [0x6f, 0x63, 0x2d, 0x70, 0x61, 0x64, 0x2d, 0x31]; // "oc-pad-1"
const HEADER = 12;
const SLICE = 64 * 1024;
const TAG = 16;
const NONCE = 16;
const ZEROS = new Uint8Array(SLICE);

/**
 * The padding container of {@link paddedSize} as a stream: header, exactly
 * `contentSize` bytes of `source`, then zeros up to the bucket. A source that
 * yields more or fewer bytes than announced errors the stream
 * (`bad-padding`), so a file that changed while it was read is never sent.
 */
export function padStream(
  source: ReadableStream<Uint8Array>,
  contentSize: number,
): ReadableStream<Uint8Array> {
  const total = paddedSize(contentSize);
  const reader = source.getReader();
  let phase: "header" | "content" | "zeros" | "done" = "header";
  let seen = 0;
  let zerosLeft = total - HEADER - contentSize;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (phase === "header") {
        const head = new Uint8Array(HEADER);
        head.set(MAGIC, 0);
        new DataView(head.buffer).setUint32(MAGIC.length, contentSize, false);
        controller.enqueue(head);
        phase = "content";
        return;
      }
      if (phase === "content") {
        const { done, value } = await reader.read();
        if (done) {
          if (seen !== contentSize)
            return controller.error(new CryptoError("bad-padding", "content size changed"));
          phase = "zeros";
        } else {
          seen += value.length;
          if (seen > contentSize) {
            await reader.cancel();
            return controller.error(new CryptoError("bad-padding", "content size changed"));
          }
          if (value.length > 0) controller.enqueue(value);
          return;
        }
      }
      if (phase === "zeros") {
        if (zerosLeft === 0) {
          phase = "done";
          controller.close();
          return;
        }
        const n = Math.min(zerosLeft, SLICE);
        zerosLeft -= n;
        // A fresh view each time: consumers may hold on to what they were given.
        controller.enqueue(ZEROS.slice(0, n));
      }
    },
    async cancel(reason) {
      await reader.cancel(reason);
    },
  });
}

/**
 * Takes the content out of a streamed padding container, as strictly as
 * `unpad`: known version, a size that is exactly the bucket of the stated
 * length, and only zero bytes after the content. Errors are `bad-padding`.
 */
export function unpadStream(): TransformStream<Uint8Array, Uint8Array> {
  const head = new Uint8Array(HEADER);
  let headUsed = 0;
  let length = -1;
  let contentLeft = 0;
  let consumed = 0;
  let nonZero = 0;
  return new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      consumed += chunk.length;
      let rest = chunk;
      if (length < 0) {
        const n = Math.min(HEADER - headUsed, rest.length);
        head.set(rest.subarray(0, n), headUsed);
        headUsed += n;
        rest = rest.subarray(n);
        if (headUsed < HEADER) return;
        for (let i = 0; i < MAGIC.length; i++) {
          if (head[i] !== MAGIC[i]) throw new CryptoError("bad-padding", "unknown padding version");
        }
        length = new DataView(head.buffer).getUint32(MAGIC.length, false);
        contentLeft = length;
      }
      const take = Math.min(contentLeft, rest.length);
      if (take > 0) {
        controller.enqueue(rest.subarray(0, take));
        contentLeft -= take;
      }
      for (let i = take; i < rest.length; i++) nonZero |= rest[i]!;
    },
    flush() {
      if (length < 0 || contentLeft > 0) throw new CryptoError("bad-padding", "truncated container");
      if (paddedSize(length) !== consumed) throw new CryptoError("bad-padding", "length does not match size");
      if (nonZero !== 0) throw new CryptoError("bad-padding", "non-zero padding");
    },
  });
}

/**
 * Encrypts `contentSize` bytes from `source` to the recipients as one binary
 * age v1 file, padded like {@link encryptTo}, without holding the content.
 *
 * @returns the ciphertext stream and its exact size in bytes.
 * @throws CryptoError("bad-recipient") as encryptTo; the stream errors with
 * `bad-padding` if the source does not yield exactly `contentSize` bytes.
 */
export async function encryptStream(
  recipients: string[],
  source: ReadableStream<Uint8Array>,
  contentSize: number,
): Promise<{ stream: ReadableStream<Uint8Array>; size: number }> {
  const encrypter = encrypterFor(recipients, false);
  const padded = padStream(source, contentSize);
  const stream = await encrypter.encrypt(padded);
  return { stream, size: stream.size(paddedSize(contentSize)) };
}

/**
 * Decrypts a streamed age file made by {@link encryptStream} (or by
 * `encryptTo`: the formats are the same) and removes the padding as it goes.
 * The header is checked before this resolves; a tampered or truncated payload
 * errors the stream with `decrypt-failed` when it is reached, so callers must
 * treat what they received so far as unverified until the stream closes.
 *
 * @throws CryptoError("decrypt-failed") if no identity opens the header.
 */
export async function decryptStream(
  identities: string[],
  source: ReadableStream<Uint8Array>,
): Promise<ReadableStream<Uint8Array>> {
  if (identities.length === 0) throw new CryptoError("decrypt-failed", "no identities");
  const decrypter = new Decrypter();
  let plain: ReadableStream<Uint8Array>;
  try {
    for (const id of identities) decrypter.addIdentity(id);
    plain = await decrypter.decrypt(source);
  } catch {
    throw new CryptoError("decrypt-failed", "decryption failed");
  }
  const reader = plain.pipeThrough(unpadStream()).getReader();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done, value } = await reader.read();
        if (done) controller.close();
        else controller.enqueue(value);
      } catch (e) {
        controller.error(
          e instanceof CryptoError ? e : new CryptoError("decrypt-failed", "decryption failed"),
        );
      }
    },
    async cancel(reason) {
      await reader.cancel(reason);
    },
  });
}

/**
 * The largest ciphertext a streamed file of at most `contentSize` bytes can
 * become with one hybrid recipient: padding, STREAM tags, nonce and a header
 * allowance of 4 KiB (one mlkem768x25519 stanza's header is about 1.6 KiB).
 */
export function streamedSizeBound(contentSize: number): number {
  const padded = paddedSize(contentSize);
  const chunks = Math.max(1, Math.ceil(padded / SLICE));
  return 4096 + NONCE + padded + chunks * TAG;
}
