import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import BetterSqlite3 from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { isConstraintError } from "../../db/index";
import { openSqlite } from "../../db/node";
import { instanceSecrets } from "../../db/schema";

const fileIn = () => join(mkdtempSync(join(tmpdir(), "oc-writer-")), "channel.sqlite");
const names = (file: string) => {
  const other = new BetterSqlite3(file, { readonly: true });
  const rows = other.prepare("select name from instance_secrets order by name").pluck().all() as string[];
  other.close();
  return rows;
};

describe("the writer thread (db/writer-thread.ts)", () => {
  it("commits each batch of a group in its own savepoint: a failing one rolls back alone", async () => {
    const file = fileIn();
    const database = openSqlite(file, { writerThread: true });
    const row = (name: string) => database.db.insert(instanceSecrets).values({ name, value: "v" });
    // Sent in one turn of the event loop, so they reach the thread as one group, one transaction.
    const sent = Array.from({ length: 20 }, (_, i) =>
      i === 7 ? database.batch([row("b7"), row("a3")]) : database.batch([row(`a${i}`)]),
    );
    const settled = await Promise.allSettled(sent);
    const failed = settled.flatMap((s, i) => (s.status === "rejected" ? [{ i, e: s.reason }] : []));
    expect(failed.map((f) => f.i)).toEqual([7]);
    // The error is better-sqlite3's, as the callers' checks (token_in_use, thread moved) read it.
    expect(isConstraintError(failed[0]?.e, "instance_secrets")).toBe(true);
    expect((failed[0]?.e as { code?: string } | undefined)?.code).toMatch(/^SQLITE_CONSTRAINT/);
    // b7 went with its batch; every other batch is on disk for any other connection to read.
    const others = Array.from({ length: 20 }, (_, i) => `a${i}`).filter((n) => n !== "a7");
    expect(names(file)).toEqual(others.sort());
    await database.close();
  });

  it("acknowledges a batch only once another connection can read it", async () => {
    const file = fileIn();
    const database = openSqlite(file, { writerThread: true });
    for (let i = 0; i < 30; i++) {
      await database.batch([database.db.insert(instanceSecrets).values({ name: `n${i}`, value: "v" })]);
      expect(names(file)).toContain(`n${i}`);
    }
    await database.close();
  });

  it("lets the server's own writes and the thread's take turns without SQLITE_BUSY", async () => {
    const file = fileIn();
    const database = openSqlite(file, { writerThread: true });
    const big = "x".repeat(4000);
    await Promise.all([
      ...Array.from({ length: 200 }, (_, i) =>
        database.batch([database.db.insert(instanceSecrets).values({ name: `t${i}`, value: big })]),
      ),
      ...Array.from({ length: 50 }, async (_, i) => {
        await new Promise((resolve) => setTimeout(resolve, i % 10));
        await database.db.insert(instanceSecrets).values({ name: `s${i}`, value: big });
      }),
    ]);
    expect(names(file)).toHaveLength(250);
    await database.close();
  });

  it("commits the batches sent before close() before the file closes", async () => {
    const file = fileIn();
    const database = openSqlite(file, { writerThread: true });
    const sent = Array.from({ length: 50 }, (_, i) =>
      database.batch([database.db.insert(instanceSecrets).values({ name: `c${i}`, value: "v" })]),
    );
    await database.close();
    await Promise.all(sent);
    expect(names(file)).toHaveLength(50);
    // And nothing is written after it: a late batch fails, no thread starts on the closed file.
    await expect(
      database.batch([database.db.insert(instanceSecrets).values({ name: "late", value: "v" })]),
    ).rejects.toThrow(/closed/);
    expect(names(file)).not.toContain("late");
  });

  it("keeps the server's thread free while a commit is written", async () => {
    const big = "y".repeat(4000);
    const turnsDuring = async (writerThread: boolean) => {
      const database = openSqlite(fileIn(), { writerThread });
      const writes = Array.from({ length: 3000 }, (_, i) =>
        database.db.insert(instanceSecrets).values({ name: `w${i}`, value: big }),
      );
      let turns = 0;
      let done = false;
      const spin = () => {
        turns++;
        if (!done) setImmediate(spin);
      };
      const committed = database.batch(writes).finally(() => {
        done = true;
      });
      setImmediate(spin);
      await committed;
      await database.close();
      return turns;
    };
    // On the thread, the event loop goes on turning while the 12 MB transaction is built and synced.
    expect(await turnsDuring(true)).toBeGreaterThan(20);
    // In line, the same commit holds the event loop for its whole length.
    expect(await turnsDuring(false)).toBeLessThanOrEqual(3);
  });

  it("loses no acknowledged batch when the process is killed (SIGKILL) mid-stream", async () => {
    const file = fileIn();
    const child = spawn(
      process.execPath,
      ["--import", "tsx", fileURLToPath(new URL("./writer-child.ts", import.meta.url)), file],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    const acked: string[] = [];
    let buffered = "";
    await new Promise<void>((resolve, reject) => {
      child.on("error", reject);
      child.on("exit", () => resolve());
      child.stdout.on("data", (chunk: Buffer) => {
        buffered += chunk.toString();
        const lines = buffered.split("\n");
        buffered = lines.pop() ?? "";
        for (const line of lines) if (line.startsWith("ack ")) acked.push(`k${line.slice(4)}`);
        if (acked.length >= 40 && child.exitCode === null) child.kill("SIGKILL");
      });
    });
    expect(child.signalCode).toBe("SIGKILL");
    const stored = new Set(names(file));
    expect(acked.length).toBeGreaterThanOrEqual(40);
    expect(acked.filter((name) => !stored.has(name))).toEqual([]);
  }, 60_000);
});
