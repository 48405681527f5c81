/** The Node side of the shared API suite: a real SQLite file in a fresh temporary folder. */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Database } from "../../db/index";
import { openSqlite } from "../../db/node";

export const environment = "node" as const;

export async function openTestDatabase(): Promise<Database> {
  const dir = mkdtempSync(join(tmpdir(), "oc-api-"));
  return openSqlite(join(dir, "channel.sqlite"));
}
