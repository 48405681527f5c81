/**
 * The data layer's one seam: a drizzle database over either driver (better-sqlite3 on Node, D1 on
 * Workers) plus `batch`, which runs several writes atomically on both. Query functions in
 * db/queries/ take a `Database` and are async, so they run unchanged on both drivers.
 */
import type { BatchItem } from "drizzle-orm/batch";
import type { BaseSQLiteDatabase } from "drizzle-orm/sqlite-core";
import * as schema from "./schema";

export { schema };

// biome-ignore lint/suspicious/noExplicitAny: the two drivers differ only in their result types
export type Db = BaseSQLiteDatabase<"sync" | "async", any, typeof schema>;

/** A write that can take part in `batch`. */
export type Write = BatchItem<"sqlite">;

export interface Database {
  readonly db: Db;
  /** Runs the writes in one transaction: all of them or none. */
  batch(writes: Write[]): Promise<void>;
  /** Moves deleted pages out of the write-ahead log (SQLite only): shredded content must not linger. */
  checkpoint?(): Promise<void>;
  /** "sqlite" on Node, "d1" on Workers; for diagnostics only. */
  readonly driver: "sqlite" | "d1";
}

/** True when an error is a UNIQUE or PRIMARY KEY violation (of `table`, when given) on either driver. */
export function isConstraintError(e: unknown, table?: string): boolean {
  for (let cur: unknown = e; cur; cur = (cur as { cause?: unknown }).cause) {
    const msg = String((cur as { message?: unknown }).message ?? "");
    if (
      /UNIQUE constraint failed|PRIMARY KEY|SQLITE_CONSTRAINT/i.test(msg) &&
      (!table || msg.includes(table))
    ) {
      return true;
    }
  }
  return false;
}
