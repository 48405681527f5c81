/**
 * The SQLite file's writer, on a thread of its own. A commit with `synchronous = FULL` waits for the disk
 * (fsync), and better-sqlite3 waits synchronously: on the server's thread that wait, and the b-tree work
 * of the inserts, stopped every other request. Here the server's thread only sends the writes of each
 * group, as SQL text and values, and carries on; this thread runs the group in one transaction, each
 * batch in its own savepoint, and answers once the commit is on disk.
 *
 * The thread's code is plain JavaScript (`WRITER_SOURCE`), so that it runs the same under tsx, in a
 * build, and in tests, without a loader of its own.
 */
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";

/** One statement of a batch, as better-sqlite3 runs it. */
export interface Statement {
  sql: string;
  params: unknown[];
}

/** How one batch of a group ended: `null` when committed, or the error that rolled it back. */
export type Outcome = null | { name: string; message: string; code?: string };

const WRITER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma("busy_timeout = 10000");
db.pragma("synchronous = FULL");
db.pragma("foreign_keys = ON");
db.pragma("secure_delete = ON");
const cache = new Map();
function statement(sql) {
  let s = cache.get(sql);
  if (s === undefined) {
    s = db.prepare(sql);
    if (cache.size >= 500) cache.delete(cache.keys().next().value);
    cache.set(sql, s);
  }
  return s;
}
const bind = (p) => (p instanceof Uint8Array && !Buffer.isBuffer(p) ? Buffer.from(p.buffer, p.byteOffset, p.byteLength) : p);
const one = db.transaction((statements) => {
  for (const { sql, params } of statements) statement(sql).run(...params.map(bind));
});
const group = db.transaction((batches) =>
  batches.map((statements) => {
    try {
      one(statements);
      return null;
    } catch (e) {
      return { name: String(e && e.name), message: String(e && e.message), code: e && e.code };
    }
  }),
);
parentPort.on("message", ({ id, batches, close }) => {
  if (close) {
    db.close();
    parentPort.postMessage({ id, outcomes: [] });
    return;
  }
  let outcomes;
  try {
    // IMMEDIATE: take the write lock at BEGIN, waiting (busy_timeout) while the server's own connection
    // writes, rather than failing later when a read would have to become a write.
    outcomes = group.immediate(batches);
  } catch (e) {
    const failed = { name: String(e && e.name), message: String(e && e.message), code: e && e.code };
    outcomes = batches.map(() => failed);
  }
  parentPort.postMessage({ id, outcomes });
});
`;

/** The writer thread of one SQLite file. */
export interface Writer {
  /** Runs the batches in one transaction, each in its own savepoint; resolves after the commit. */
  run(batches: Statement[][]): Promise<Outcome[]>;
  /** Closes the thread's connection and ends the thread. */
  close(): Promise<void>;
}

/**
 * Starts the thread. Should it die (it does not, short of a bug or running out of memory), every batch
 * it held fails, nothing is acknowledged that was not committed, and the next batch starts a new one.
 */
export function startWriter(file: string): Writer {
  const driver = createRequire(import.meta.url).resolve("better-sqlite3");
  let worker: Worker | null = null;
  let next = 0;
  const waiting = new Map<number, { resolve: (o: Outcome[]) => void; reject: (e: unknown) => void }>();
  const thread = () => {
    if (worker) return worker;
    const started = new Worker(WRITER_SOURCE, { eval: true, workerData: { file, driver } });
    // An idle writer does not keep the process alive; a pending batch does (its promise is awaited).
    started.unref();
    started.on("message", ({ id, outcomes }: { id: number; outcomes: Outcome[] }) => {
      waiting.get(id)?.resolve(outcomes);
      waiting.delete(id);
    });
    const fail = (e: unknown) => {
      if (worker === started) worker = null;
      for (const pending of waiting.values()) pending.reject(e);
      waiting.clear();
    };
    started.on("error", fail);
    started.on("exit", (code) => fail(new Error(`the SQLite writer thread ended (exit code ${code})`)));
    worker = started;
    return started;
  };
  let closed = false;
  const send = (message: { batches?: Statement[][]; close?: true }) =>
    new Promise<Outcome[]>((resolve, reject) => {
      // A batch after close() would otherwise start a new thread on a file the server has closed.
      if (closed) throw new Error("the database is closed");
      const id = next++;
      waiting.set(id, { resolve, reject });
      thread().postMessage({ id, ...message });
    });
  return {
    run: (batches) => send({ batches }),
    async close() {
      if (closed || !worker) {
        closed = true;
        return;
      }
      const closing = worker;
      await send({ close: true });
      closed = true;
      worker = null;
      await closing.terminate();
    },
  };
}
