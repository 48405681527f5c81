/**
 * Art. 17 minimisation of a signed thread (crypto/minimisation.ts): a handler's signed `minimisation`
 * entry lets a removed entry's place count in the chain; an emptied place without one, or with one the
 * server could have made, still breaks it. The byte-level cases are pinned by the `thread-minimised-*`
 * vectors; this checks what a database writer can try.
 */
import { describe, expect, it } from "vitest";
import {
  entryHash,
  GENESIS_HASH,
  generateCaseToken,
  minimisationContent,
  newSigningKey,
  reporterSigningKey,
  type SignedEntry,
  type SigningKey,
  signEntry,
  verifyMinimisedThread,
} from "../../crypto/index";

const reporter = reporterSigningKey(generateCaseToken());
const handler = newSigningKey();
const keys: Record<string, string> = { reporter: reporter.publicKey, "p-1": handler.publicKey };
const keyOf = (a: string) => keys[a] ?? null;

/** Appends signed entries in turn, like the two sides' browsers do. */
function chain() {
  const entries: (SignedEntry | null)[] = [];
  const add = (key: SigningKey, author: string, kind: string, content: unknown) => {
    const last = entries[entries.length - 1];
    const prev = last ? entryHash(last) : GENESIS_HASH;
    const entry = signEntry(key, { caseId: "c1", seq: entries.length + 1, kind, author, prev, content });
    entries.push(entry);
    return entry;
  };
  return { entries, add };
}

/** Report, acknowledgement, a reporter message, a handler reply: the message is the one to remove. */
function conversation() {
  const t = chain();
  t.add(reporter, "reporter", "report", { v: 1, category: "x", whatHappened: "report" });
  t.add(handler, "p-1", "acknowledgement", { v: 1, text: "received" });
  const removed = t.add(reporter, "reporter", "message", { v: 1, text: "my neighbour's health" });
  t.add(handler, "p-1", "message", { v: 1, text: "thank you" });
  return { ...t, removed };
}

const results = (v: ReturnType<typeof verifyMinimisedThread>) =>
  v.map((e) => (e.ok ? "ok" : e.removed ? "removed" : e.reason));

const removal = (seq: number, hash: string, reason = "not_relevant") => ({
  v: 1,
  remove: "entry",
  seq,
  hash,
  reason,
});

describe("minimisation of a signed thread", () => {
  it("counts a removed entry's place by the handler's signed statement, and verifies what follows", () => {
    const t = conversation();
    t.add(handler, "p-1", "minimisation", removal(3, entryHash(t.removed)));
    t.add(reporter, "reporter", "message", { v: 1, text: "after" });
    t.entries[2] = null; // the server deleted the ciphertext
    expect(results(verifyMinimisedThread("c1", t.entries, keyOf))).toEqual([
      "ok",
      "ok",
      "removed",
      "ok",
      "ok",
      "ok",
    ]);
  });

  it("never shows an entry a statement removed, even while its ciphertext is still there", () => {
    const t = conversation();
    t.add(handler, "p-1", "minimisation", removal(3, entryHash(t.removed), "untrue"));
    expect(results(verifyMinimisedThread("c1", t.entries, keyOf))).toEqual([
      "ok",
      "ok",
      "removed",
      "ok",
      "ok",
    ]);
  });

  it("shows an emptied place without a signed statement as a break", () => {
    const t = conversation();
    t.entries[2] = null;
    expect(results(verifyMinimisedThread("c1", t.entries, keyOf))).toEqual([
      "ok",
      "ok",
      "not a signed entry",
      "thread broken before this entry",
    ]);
  });

  it("refuses a statement the reporting person signed, or one signed with a key not in the roster", () => {
    for (const [key, author] of [
      [reporter, "reporter"],
      [newSigningKey(), "p-1"],
    ] as const) {
      const t = conversation();
      t.add(key, author, "minimisation", removal(3, entryHash(t.removed)));
      t.entries[2] = null;
      const verified = results(verifyMinimisedThread("c1", t.entries, keyOf));
      expect(verified.slice(0, 3)).toEqual(["ok", "ok", "not a signed entry"]);
      expect(verified.includes("removed")).toBe(false);
    }
  });

  it("breaks the chain when the stated hash is not the removed entry's", () => {
    const t = conversation();
    t.add(handler, "p-1", "minimisation", removal(3, "ab".repeat(32)));
    t.entries[2] = null;
    expect(results(verifyMinimisedThread("c1", t.entries, keyOf))).toEqual([
      "ok",
      "ok",
      "removal not verified",
      "thread broken before this entry",
      "thread broken before this entry",
    ]);
  });

  it("never removes the report, nor a later place than the statement's own", () => {
    const first = conversation();
    first.add(handler, "p-1", "minimisation", removal(1, entryHash(first.entries[0]!)));
    first.entries[0] = null;
    expect(results(verifyMinimisedThread("c1", first.entries, keyOf))[0]).toBe("not a signed entry");

    const later = conversation();
    const statement = later.add(handler, "p-1", "minimisation", removal(6, "cd".repeat(32)));
    later.add(reporter, "reporter", "message", { v: 1, text: "x" });
    expect(results(verifyMinimisedThread("c1", later.entries, keyOf))).toEqual([
      "ok",
      "ok",
      "ok",
      "ok",
      "ok",
      "ok",
    ]);
    expect(statement).toBeTruthy();
  });

  it("does not count a removal whose statement fails at its own place", () => {
    const t = conversation();
    // Signed for place 6 but stored at place 5: the statement is out of order.
    const stray = signEntry(handler, {
      caseId: "c1",
      seq: 5,
      kind: "minimisation",
      author: "p-1",
      prev: "00".repeat(32),
      content: removal(3, entryHash(t.removed)),
    });
    t.entries.push(stray);
    t.entries[2] = null;
    expect(results(verifyMinimisedThread("c1", t.entries, keyOf))).toEqual([
      "ok",
      "ok",
      "removal not verified",
      "thread broken before this entry",
      "entry out of order",
    ]);
  });

  it("fails a place two statements disagree about", () => {
    const t = conversation();
    t.add(handler, "p-1", "minimisation", removal(3, entryHash(t.removed)));
    t.add(handler, "p-1", "minimisation", removal(3, "ef".repeat(32)));
    t.entries[2] = null;
    expect(results(verifyMinimisedThread("c1", t.entries, keyOf))[2]).toBe("removal not verified");
  });

  it("accepts an attachment's removal as an entry like any other", () => {
    const t = conversation();
    t.add(handler, "p-1", "minimisation", {
      v: 1,
      remove: "attachment",
      attachment: "a1b2c3",
      reason: "out_of_scope",
    });
    expect(results(verifyMinimisedThread("c1", t.entries, keyOf))).toEqual(["ok", "ok", "ok", "ok", "ok"]);
  });

  it("reads only the closed content shape", () => {
    const hash = "ab".repeat(32);
    expect(minimisationContent(removal(3, hash))).toEqual(removal(3, hash));
    expect(minimisationContent({ ...removal(3, hash), text: "why" })).toBeNull();
    expect(minimisationContent(removal(3, hash, "because"))).toBeNull();
    expect(minimisationContent(removal(3.5, hash))).toBeNull();
    expect(minimisationContent(removal(3, "AB".repeat(32)))).toBeNull();
    expect(
      minimisationContent({ v: 2, remove: "attachment", attachment: "a1", reason: "untrue" }),
    ).toBeNull();
    expect(
      minimisationContent({ v: 1, remove: "attachment", attachment: "A/1", reason: "untrue" }),
    ).toBeNull();
  });
});
