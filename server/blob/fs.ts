/** Attachments as files under the data folder (the R2 store is the Workers counterpart). */
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { BlobStore } from "../deps";

function safeKey(key: string): string {
  if (!/^[0-9a-z/_-]{1,200}$/.test(key) || key.includes("..")) throw new Error("bad blob key");
  return key;
}

export function fileBlobStore(root: string): BlobStore {
  return {
    async put(key, bytes) {
      const path = join(root, safeKey(key));
      await mkdir(join(path, ".."), { recursive: true });
      await writeFile(path, bytes, { flush: true });
    },
    async get(key) {
      try {
        return new Uint8Array(await readFile(join(root, safeKey(key))));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw e;
      }
    },
    async delete(key) {
      await rm(join(root, safeKey(key)), { force: true });
    },
  };
}
