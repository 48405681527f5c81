/**
 * The workerd side of the shared API suite: D1 through drizzle-orm/d1, as in production. Each call
 * starts from an empty database (every binding's storage wiped, then the migrations applied again),
 * as db.node.ts starts from a fresh SQLite file.
 */
import { applyD1Migrations, reset } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { openD1 } from "../../db/d1";
import type { Database } from "../../db/index";
import { r2BlobStore } from "../../server/blob/r2";
import type { BlobStore } from "../../server/deps";

export const environment = "workers" as const;

export async function openTestDatabase(): Promise<Database> {
  await reset();
  await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
  return openD1(env.DB);
}

/** The R2 binding as the Worker's blob store, and every object key in it. */
export function openTestBlobs(): { blobs: BlobStore; keys: () => Promise<string[]> } {
  const keys = async () => (await env.BLOBS.list()).objects.map((o) => o.key);
  return { blobs: r2BlobStore(env.BLOBS), keys };
}
