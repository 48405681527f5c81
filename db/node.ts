/** The embedded default: one SQLite file through better-sqlite3, migrated on open. */
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import BetterSqlite3 from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import type { Database, Db, Write } from "./index";
import * as schema from "./schema";
import { type Outcome, type Statement, startWriter, type Writer } from "./writer-thread";

/** How many prepared statements one connection keeps; `inArray` makes SQL text that varies with its list. */
const STATEMENT_CACHE_SIZE = 500;

export const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), "migrations");

export interface NodeDatabase extends Database {
  /** Closes the file; with a writer thread, after every batch already sent is committed. */
  close(): Promise<void>;
  readonly file: string;
}

/**
 * Makes `sqlite.prepare` reuse the statement already compiled for the same SQL text (least recently
 * used dropped first). drizzle prepares every query it runs; compiling the SQL again each time was
 * about a tenth of a submission's CPU. Sharing is safe because drizzle runs each statement to the end
 * at once (it never iterates), and the one mode it changes, `raw`, is reset before a statement is
 * handed out again. The queries kept prepared by db/prepared.ts share their statements too; they are
 * all builder queries with named columns, which drizzle runs in `raw` mode and sets so on every call.
 * Closing the database finalizes the cached statements with the rest.
 */
function cachePreparedStatements(sqlite: BetterSqlite3.Database): void {
  const compile = sqlite.prepare.bind(sqlite);
  const cache = new Map<string, BetterSqlite3.Statement>();
  sqlite.prepare = ((source: string) => {
    let statement = cache.get(source);
    if (statement === undefined) {
      statement = compile(source);
      if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    } else {
      cache.delete(source);
      if (statement.reader) statement.raw(false);
    }
    cache.set(source, statement);
    return statement;
  }) as typeof sqlite.prepare;
}

export interface SqliteOptions {
  /**
   * Commit batches on a thread of their own (db/writer-thread.ts), so that the server's thread never
   * waits for the disk. The server turns it on; tools and most tests keep the one thread.
   */
  writerThread?: boolean;
}

/** The SQL text and values drizzle would run for a write of a batch. */
function statementOf(write: Write): Statement {
  const w = write as unknown as {
    toSQL?: () => { sql: string; params: unknown[] };
    getQuery?: () => { sql: string; params: unknown[] };
  };
  const { sql, params } = (w.toSQL ?? w.getQuery)?.call(w) ?? { sql: "", params: [] };
  if (!sql) throw new Error("a write the writer thread cannot run");
  return { sql, params };
}

/** The error a batch failed with in the writer thread, as better-sqlite3 would have thrown it here. */
function errorOf(outcome: NonNullable<Outcome>): Error {
  return Object.assign(new Error(outcome.message), { name: outcome.name, code: outcome.code });
}

/** Opens (creating and migrating) the SQLite file at `file`. */
export function openSqlite(file: string, options: SqliteOptions = {}): NodeDatabase {
  mkdirSync(dirname(file), { recursive: true });
  const sqlite = new BetterSqlite3(file);
  sqlite.pragma("journal_mode = WAL");
  // FULL: a report is acknowledged to the reporting person only once it is on disk.
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("secure_delete = ON");
  cachePreparedStatements(sqlite);
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: MIGRATIONS_DIR });
  const run = sqlite.transaction((writes: Write[]) => {
    for (const w of writes) (w as unknown as { run(): unknown }).run();
  });
  // Group commit: the batches that arrive while the event loop is busy commit together, each in its
  // own savepoint (a failing one rolls back alone), under one transaction and so one fsync. Each
  // caller hears back only after that commit: nothing is acknowledged before it is on disk.
  let waiting: { writes: Write[]; done: (error?: unknown) => void }[] = [];
  const commitWaiting = sqlite.transaction((group: typeof waiting) =>
    group.map(({ writes }) => {
      try {
        run(writes);
        return undefined;
      } catch (e) {
        return e ?? new Error("write failed");
      }
    }),
  );
  const writer: Writer | null = options.writerThread ? startWriter(file) : null;
  // The server's own writes outside a batch wait for the writer's transaction rather than fail.
  if (writer) sqlite.pragma("busy_timeout = 5000");
  let inFlight = false;
  const drained: (() => void)[] = [];
  const flushToWriter = (w: Writer) => {
    const group = waiting;
    waiting = [];
    inFlight = true;
    const batches: Statement[][] = [];
    const sent: typeof group = [];
    for (const item of group) {
      try {
        batches.push(item.writes.map(statementOf));
        sent.push(item);
      } catch (e) {
        item.done(e);
      }
    }
    w.run(batches)
      .then(
        (outcomes) => {
          for (const [i, { done }] of sent.entries()) {
            const outcome = outcomes[i];
            done(outcome ? errorOf(outcome) : undefined);
          }
        },
        (e: unknown) => {
          for (const { done } of sent) done(e);
        },
      )
      .finally(() => {
        inFlight = false;
        if (waiting.length > 0) flushToWriter(w);
        else for (const resolve of drained.splice(0)) resolve();
      });
  };
  const flush = () => {
    if (writer) {
      if (!inFlight && waiting.length > 0) flushToWriter(writer);
      return;
    }
    const group = waiting;
    waiting = [];
    let outcomes: unknown[];
    try {
      outcomes = commitWaiting(group);
    } catch (e) {
      outcomes = group.map(() => e);
    }
    for (const [i, { done }] of group.entries()) done(outcomes[i]);
  };
  return {
    db: db as unknown as Db,
    driver: "sqlite",
    file,
    batch(writes) {
      return new Promise<void>((resolve, reject) => {
        waiting.push({ writes, done: (error) => (error === undefined ? resolve() : reject(error)) });
        if (waiting.length === 1) setImmediate(flush);
      });
    },
    async checkpoint() {
      sqlite.pragma("wal_checkpoint(TRUNCATE)");
    },
    async close() {
      if (writer) {
        // Batches already accepted are committed first; the writer's connection closes before this
        // one, which as the last checkpoints the log.
        while (inFlight || waiting.length > 0) await new Promise<void>((resolve) => drained.push(resolve));
        await writer.close();
      }
      sqlite.close();
    },
  };
}
