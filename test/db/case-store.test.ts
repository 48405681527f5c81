import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openSqlite } from "../../db/node";
import { readAudit } from "../../db/queries/audit";
import { caseInsert, commit, entryInsert } from "../../db/queries/case-store";
import { entriesOf } from "../../db/queries/cases";

function openDb() {
  return openSqlite(join(mkdtempSync(join(tmpdir(), "oc-store-")), "channel.sqlite"));
}

const kase = {
  id: "case1",
  loginKeyHash: "h".repeat(64),
  channelId: "default",
  jurisdiction: "EU",
  status: "received",
  receivedOn: "2026-11-27",
  caseRecipient: "age1pq1x",
  reporterKey: "AAAA",
};

const entry = (id: string, caseId = "case1") => ({
  id,
  caseId,
  kind: "message",
  author: "reporter" as const,
  personId: null,
  on: "2026-11-27",
  at: null,
  ciphertext: "AAAA",
});

describe("case store", () => {
  it("numbers entries 1, 2, 3 within a case, also for entries of one batch and for writers at once", async () => {
    const database = openDb();
    await commit(database, null, [
      caseInsert(database, kase),
      entryInsert(database, entry("a")),
      entryInsert(database, entry("b")),
    ]);
    await Promise.all(
      ["c", "d", "e", "f"].map((id) => commit(database, null, [entryInsert(database, entry(id))])),
    );
    const seqs = (await entriesOf(database, "case1")).map((e) => e.seq);
    expect(seqs).toEqual([1, 2, 3, 4, 5, 6]);
    database.close();
  });

  it("numbers each case's thread on its own", async () => {
    const database = openDb();
    await commit(database, null, [
      caseInsert(database, kase),
      caseInsert(database, { ...kase, id: "case2", loginKeyHash: "g".repeat(64) }),
    ]);
    await commit(database, null, [
      entryInsert(database, entry("a")),
      entryInsert(database, entry("b", "case2")),
    ]);
    expect((await entriesOf(database, "case2")).map((e) => e.seq)).toEqual([1]);
    database.close();
  });

  it("writes a verb's rows and its audit link together, or neither", async () => {
    const database = openDb();
    await commit(database, null, [caseInsert(database, kase)]);
    const at = new Date("2026-11-27T10:00:00Z");
    await commit(database, { actor: "p1", action: "case.message", caseId: "case1", at }, [
      entryInsert(database, entry("a")),
    ]);
    // The second write collides with the first entry's id: the whole verb fails, its audit link too.
    await expect(
      commit(database, { actor: "p1", action: "case.message", caseId: "case1", at }, [
        entryInsert(database, entry("b")),
        entryInsert(database, entry("a")),
      ]),
    ).rejects.toThrow();
    expect((await entriesOf(database, "case1")).map((e) => e.id)).toEqual(["a"]);
    expect((await readAudit(database)).map((r) => r.action)).toEqual(["case.message"]);
    database.close();
  });
});
