/**
 * A process that writes through the writer thread and says "ack N" on stdout once batch N is
 * acknowledged; test/db/writer-thread.test.ts kills it with SIGKILL mid-stream. Never run by vitest.
 */
import { openSqlite } from "../../db/node";
import { instanceSecrets } from "../../db/schema";

const file = process.argv[2];
if (!file) throw new Error("usage: writer-child.ts <file>");
const database = openSqlite(file, { writerThread: true });
// Large rows make each commit take milliseconds: an answer sent before its commit would show.
const value = "z".repeat(100_000);
let next = 0;
// Eight writers at a time, as concurrent requests would be: their batches group in the thread.
await Promise.all(
  Array.from({ length: 8 }, async () => {
    for (;;) {
      const n = next++;
      await database.batch([database.db.insert(instanceSecrets).values({ name: `k${n}`, value })]);
      process.stdout.write(`ack ${n}\n`);
    }
  }),
);
