/** Attachments as files under the data folder (the R2 store is the Workers counterpart). */
import { createReadStream } from "node:fs";
import { mkdir, open, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { Readable } from "node:stream";
import type { BlobStore } from "../deps";

function safeKey(key: string): string {
  if (!/^[0-9a-z/_-]{1,200}$/.test(key) || key.includes("..")) throw new Error("bad blob key");
  return key;
}

export function fileBlobStore(root: string): BlobStore {
  const pathOf = (key: string) => join(root, safeKey(key));
  // An unfinished upload lives beside its object under a name no key can have ('.' is not allowed).
  const partialOf = (key: string) => `${pathOf(key)}.uploading`;
  return {
    async put(key, bytes) {
      const path = pathOf(key);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, bytes, { flush: true });
    },
    async get(key) {
      try {
        return new Uint8Array(await readFile(pathOf(key)));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw e;
      }
    },
    async delete(key) {
      await rm(pathOf(key), { force: true });
      await rm(partialOf(key), { force: true });
    },
    async beginUpload(key) {
      const path = partialOf(key);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, new Uint8Array(0), { flush: true });
      return "";
    },
    async putPart(key, _uploadId, part) {
      // Written at its offset and synced before the caller records it: a retried part overwrites itself.
      const file = await open(partialOf(key), "r+");
      try {
        let done = 0;
        while (done < part.bytes.length) {
          const { bytesWritten } = await file.write(
            part.bytes,
            done,
            part.bytes.length - done,
            part.offset + done,
          );
          done += bytesWritten;
        }
        await file.sync();
      } finally {
        await file.close();
      }
      return String(part.index);
    },
    async completeUpload(key) {
      await rename(partialOf(key), pathOf(key));
      const dir = await open(dirname(pathOf(key)), "r");
      try {
        await dir.sync();
      } finally {
        await dir.close();
      }
    },
    async abortUpload(key) {
      await rm(partialOf(key), { force: true });
    },
    async stream(key) {
      const path = pathOf(key);
      let size: number;
      try {
        size = (await stat(path)).size;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw e;
      }
      const body = Readable.toWeb(createReadStream(path, { highWaterMark: 1 << 20 }));
      return { body: body as unknown as ReadableStream<Uint8Array>, size };
    },
  };
}
