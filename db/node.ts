/** The embedded default: one SQLite file through better-sqlite3, migrated on open. */
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import BetterSqlite3 from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import type { Database, Db, Write } from "./index";
import * as schema from "./schema";

export const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), "migrations");

export interface NodeDatabase extends Database {
  close(): void;
  readonly file: string;
}

/** Opens (creating and migrating) the SQLite file at `file`. */
export function openSqlite(file: string): NodeDatabase {
  mkdirSync(dirname(file), { recursive: true });
  const sqlite = new BetterSqlite3(file);
  sqlite.pragma("journal_mode = WAL");
  // FULL: a report is acknowledged to the reporting person only once it is on disk.
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("secure_delete = ON");
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: MIGRATIONS_DIR });
  const run = sqlite.transaction((writes: Write[]) => {
    for (const w of writes) (w as unknown as { run(): unknown }).run();
  });
  return {
    db: db as unknown as Db,
    driver: "sqlite",
    file,
    async batch(writes) {
      run(writes);
    },
    async checkpoint() {
      sqlite.pragma("wal_checkpoint(TRUNCATE)");
    },
    close() {
      sqlite.close();
    },
  };
}
