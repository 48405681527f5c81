/**
 * The workerd side of the shared API suite: D1 through drizzle-orm/d1, as in production. Each call
 * starts from an empty database (every binding's storage wiped, then the migrations applied again),
 * as db.node.ts starts from a fresh SQLite file.
 */
import { applyD1Migrations, reset } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { openD1 } from "../../db/d1";
import type { Database } from "../../db/index";

export const environment = "workers" as const;

export async function openTestDatabase(): Promise<Database> {
  await reset();
  await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
  return openD1(env.DB);
}
