/** server/blob/r2.ts against miniflare's R2, the same contract as the file store. */
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { r2BlobStore } from "../../server/blob/r2";

describe("r2BlobStore", () => {
  it("puts, gets and deletes bytes unchanged", async () => {
    const blobs = r2BlobStore(env.BLOBS);
    const bytes = crypto.getRandomValues(new Uint8Array(65_536));
    await blobs.put("cases/abc/attachment-1", bytes);
    expect(await blobs.get("cases/abc/attachment-1")).toEqual(bytes);
    await blobs.delete("cases/abc/attachment-1");
    expect(await blobs.get("cases/abc/attachment-1")).toBeNull();
  });

  it("answers null for a missing key and deletes one quietly", async () => {
    const blobs = r2BlobStore(env.BLOBS);
    expect(await blobs.get("cases/none/x")).toBeNull();
    await expect(blobs.delete("cases/none/x")).resolves.toBeUndefined();
  });

  it("refuses keys the file store would refuse", async () => {
    const blobs = r2BlobStore(env.BLOBS);
    for (const key of ["../etc/passwd", "Cases/UPPER", "a b", ""]) {
      await expect(blobs.put(key, new Uint8Array(1))).rejects.toThrow("bad blob key");
    }
  });
});
