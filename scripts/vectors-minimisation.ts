// Test vectors of Art. 17 minimisation in a signed thread (SPEC.md "Minimisation (Art. 17)"). Called by
// scripts/vectors-trust.ts with the thread it built; Ed25519 signatures are deterministic.

import type * as Crypto from "../crypto/index";

type Header = Record<string, string | number | boolean | undefined>;
type Add = (name: string, header: Header, body?: string) => void;

/** Adds the `thread-minimised-*` vectors: `thread` is report, acknowledgement, message (by p-alice's key). */
export function minimisationVectors(
  vector: Add,
  c: typeof Crypto,
  keys: Record<string, string>,
  thread: Crypto.SignedEntry[],
  handler: Crypto.SigningKey,
  reporter: Crypto.SigningKey,
): void {
  const statement = (key: Crypto.SigningKey, author: string, hash: string) =>
    c.signEntry(key, {
      caseId: "case-1",
      seq: 4,
      kind: "minimisation",
      author,
      prev: c.entryHash(thread[2]!),
      content: { v: 1, remove: "entry", seq: 2, hash, reason: "not_relevant" },
    });
  const removed = c.entryHash(thread[1]!);
  const threadVector = (name: string, entries: unknown[], verified: string) =>
    vector(
      name,
      { kind: "thread", expect: "success", "case-id": "case-1", keys: JSON.stringify(keys), verified },
      JSON.stringify(entries),
    );
  threadVector(
    "thread-minimised",
    [thread[0], null, thread[2], statement(handler, "p-alice", removed)],
    "ok,entry removed,ok,ok",
  );
  threadVector(
    "thread-minimised-unsigned",
    [thread[0], null, thread[2]],
    "ok,not a signed entry,thread broken before this entry",
  );
  threadVector(
    "thread-minimised-by-reporter",
    [thread[0], null, thread[2], statement(reporter, "reporter", removed)],
    "ok,not a signed entry,thread broken before this entry,thread broken before this entry",
  );
  threadVector(
    "thread-minimised-wrong-hash",
    [thread[0], null, thread[2], statement(handler, "p-alice", "ab".repeat(32))],
    "ok,removal not verified,thread broken before this entry,thread broken before this entry",
  );
}
