/**
 * Attachments in an R2 bucket: the Workers counterpart of the file store in `fs.ts`, behind the same
 * `BlobStore` interface. Objects are age ciphertexts already; R2 sees opaque, padded bytes.
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
  };
}
