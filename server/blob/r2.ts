/**
 * Attachments in an R2 bucket: the Workers counterpart of the file store in `fs.ts`, behind the same
 * `BlobStore` interface. Objects are age ciphertexts already; R2 sees opaque, padded bytes. Streamed
 * uploads are R2 multipart uploads: parts of one size (at least 5 MiB) except the last.
 */
import type { BlobStore } from "../deps";

// The same key rule as the file store, so a key valid on one entry is valid on the other.
function safeKey(key: string): string {
  if (!/^[0-9a-z/_-]{1,200}$/.test(key) || key.includes("..")) throw new Error("bad blob key");
  return key;
}

/** A `BlobStore` over the R2 binding `bucket`. */
export function r2BlobStore(bucket: R2Bucket): BlobStore {
  return {
    async put(key, bytes) {
      // R2 acknowledges a put only once the object is durably stored, like the fsync'd file write.
      await bucket.put(safeKey(key), bytes, { httpMetadata: { contentType: "application/octet-stream" } });
    },
    async get(key) {
      const object = await bucket.get(safeKey(key));
      if (!object) return null;
      return new Uint8Array(await object.arrayBuffer());
    },
    async delete(key) {
      await bucket.delete(safeKey(key));
    },
    async beginUpload(key) {
      const upload = await bucket.createMultipartUpload(safeKey(key), {
        httpMetadata: { contentType: "application/octet-stream" },
      });
      return upload.uploadId;
    },
    async putPart(key, uploadId, part) {
      const upload = bucket.resumeMultipartUpload(safeKey(key), uploadId);
      const uploaded = await upload.uploadPart(part.index + 1, part.bytes);
      return uploaded.etag;
    },
    async completeUpload(key, uploadId, tags) {
      const upload = bucket.resumeMultipartUpload(safeKey(key), uploadId);
      await upload.complete(tags.map((etag, i) => ({ partNumber: i + 1, etag })));
    },
    async abortUpload(key, uploadId) {
      if (!uploadId) return;
      try {
        await bucket.resumeMultipartUpload(safeKey(key), uploadId).abort();
      } catch {
        // Already completed or aborted: nothing is left to drop.
      }
    },
    async stream(key) {
      const object = await bucket.get(safeKey(key));
      if (!object) return null;
      return { body: object.body as ReadableStream<Uint8Array>, size: object.size };
    },
  };
}
