/** The Node side of the shared API suite: a real SQLite file in a fresh temporary folder. */
import { type Dirent, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Database } from "../../db/index";
import { openSqlite } from "../../db/node";
import { fileBlobStore } from "../../server/blob/fs";
import type { BlobStore } from "../../server/deps";

export const environment = "node" as const;

export async function openTestDatabase(): Promise<Database> {
  const dir = mkdtempSync(join(tmpdir(), "oc-api-"));
  return openSqlite(join(dir, "channel.sqlite"), { writerThread: true });
}

/** A file blob store in a fresh temporary folder, and every file under it (parts of uploads included). */
export function openTestBlobs(): { blobs: BlobStore; keys: () => Promise<string[]> } {
  const dir = mkdtempSync(join(tmpdir(), "oc-blobs-"));
  const keys = async () =>
    (readdirSync(dir, { recursive: true, withFileTypes: true }) as Dirent[])
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name).slice(dir.length + 1));
  return { blobs: fileBlobStore(dir), keys };
}
