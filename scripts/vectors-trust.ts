// Test vectors of the trust formats (SPEC.md: signed statements, fingerprint, signing keys, roster,
// thread, checkpoint). Called by scripts/make-vectors.ts, which supplies the deterministic random source.

import type * as Crypto from "../crypto/index";
import { minimisationVectors } from "./vectors-minimisation";

type Header = Record<string, string | number | boolean | undefined>;
type Add = (name: string, header: Header, body?: string) => void;

const NOW = new Date("2026-06-01T12:00:00.000Z");

/** Adds every trust vector through `vector`. */
export function trustVectors(vector: Add, c: typeof Crypto, token: string, identity: string): void {
  // ---- signed statements ----
  const key = c.newSigningKey();
  const other = c.newSigningKey();
  const body = '{"hello":"world"}';
  const signed = c.signStatement("oc-checkpoint-1", key, body);
  const statement = (name: string, extra: Header, text: string, expect = "bad-signature") =>
    vector(
      name,
      {
        kind: "statement",
        expect,
        label: "oc-checkpoint-1",
        "public-key": key.publicKey,
        signature: signed.signature,
        ...extra,
      },
      text,
    );
  statement("statement-valid", {}, body, "success");
  statement("statement-tampered-body", { reason: "signature does not verify" }, '{"hello":"World"}');
  statement("statement-other-label", { label: "oc-roster-1", reason: "signature does not verify" }, body);
  statement(
    "statement-other-key",
    { "public-key": other.publicKey, reason: "signature does not verify" },
    body,
  );
  statement("statement-short-key", { "public-key": "AAAA", reason: "bad public key" }, body);
  statement("statement-unknown-label", { label: "oc-roster-2", reason: "unknown statement label" }, body);

  // ---- fingerprints and signing keys ----
  const fingerprint = c.fingerprintOf(key.publicKey);
  vector(
    "fingerprint-typed",
    { kind: "fingerprint", expect: "success", "public-key": key.publicKey, fingerprint },
    fingerprint.toLowerCase().replace(/-/g, " "),
  );
  vector(
    "fingerprint-too-short",
    {
      kind: "fingerprint",
      expect: "bad-signature",
      "public-key": key.publicKey,
      fingerprint,
      reason: "bad fingerprint",
    },
    fingerprint.slice(0, 20),
  );
  vector("signing-keys", {
    kind: "signing-keys",
    expect: "success",
    token,
    "reporter-signing-key": c.reporterSigningKey(token).publicKey,
    identity,
    "handler-signing-key": c.handlerSigningKey(identity).publicKey,
  });

  // ---- roster ----
  const handler = c.handlerSigningKey(identity);
  const content: Crypto.RosterContent = {
    people: [
      {
        id: "p-alice",
        displayName: "Alice",
        recipient: `age1pq1${"q".repeat(60)}`,
        signingKey: handler.publicKey,
        roles: ["admin", "handler"],
      },
    ],
    channels: [{ id: "general", name: "General", handlers: ["p-alice"], custodians: [] }],
  };
  const roster = c.signRoster(key, content, null, NOW);
  const rosterVector = (name: string, extra: Header, s: Crypto.SignedStatement, expect = "bad-signature") =>
    vector(name, { kind: "roster", expect, now: "2026-06-02T00:00:00.000Z", ...extra }, JSON.stringify(s));
  rosterVector("roster-pinned", { pin: fingerprint, serial: 1 }, roster, "success");
  rosterVector("roster-unpinned", { serial: 1 }, roster, "success");
  rosterVector(
    "roster-wrong-pin",
    { pin: c.fingerprintOf(other.publicKey), reason: "pin does not match" },
    roster,
  );
  rosterVector("roster-expired", { now: "2026-09-01T00:00:00.000Z", reason: "roster expired" }, roster);
  const swapped = roster.body.replace(content.people[0]!.recipient, `age1pq1${"z".repeat(60)}`);
  rosterVector(
    "roster-recipient-swapped",
    { reason: "signature does not verify" },
    { ...roster, body: swapped },
  );
  const resigned = c.signStatement(
    "oc-roster-1",
    other,
    JSON.stringify({ ...JSON.parse(swapped), channelKey: other.publicKey }),
  );
  rosterVector("roster-server-key", { pin: fingerprint, reason: "pin does not match" }, resigned);
  const v2 = c.signStatement("oc-roster-1", key, roster.body.replace('"oc-roster-1"', '"oc-roster-2"'));
  rosterVector("roster-unknown-version", { reason: "unknown roster version" }, v2);

  // ---- thread ----
  const reporter = c.reporterSigningKey(token);
  const keys = { reporter: reporter.publicKey, "p-alice": handler.publicKey };
  const thread: Crypto.SignedEntry[] = [];
  const add = (signer: Crypto.SigningKey, author: string, kind: string, content: unknown) => {
    const prev = thread.length === 0 ? c.GENESIS_HASH : c.entryHash(thread[thread.length - 1]!);
    thread.push(
      c.signEntry(signer, { caseId: "case-1", seq: thread.length + 1, kind, author, prev, content }),
    );
  };
  add(reporter, "reporter", "report", { what: "the report" });
  add(handler, "p-alice", "acknowledgement", "received");
  add(reporter, "reporter", "message", "thanks");
  const threadVector = (name: string, entries: unknown[], verified: string) =>
    vector(
      name,
      { kind: "thread", expect: "success", "case-id": "case-1", keys: JSON.stringify(keys), verified },
      JSON.stringify(entries),
    );
  threadVector("thread-valid", thread, "ok,ok,ok");
  threadVector("thread-middle-removed", [thread[0], thread[2]], "ok,entry out of order");
  threadVector(
    "thread-reordered",
    [thread[1], thread[0], thread[2]],
    "entry out of order,thread broken before this entry,thread broken before this entry",
  );
  threadVector(
    "thread-unsigned-inserted",
    [thread[0], { kind: "request_info", text: "your name?" }, thread[1]],
    "ok,not a signed entry,thread broken before this entry",
  );
  const forged = c.signEntry(other, {
    caseId: "case-1",
    seq: 2,
    kind: "request_info",
    author: "p-alice",
    prev: c.entryHash(thread[0]!),
    content: "your name?",
  });
  threadVector("thread-forged-author", [thread[0], forged], "ok,signature does not verify");
  minimisationVectors(vector, c, keys, thread, handler, reporter);
  threadVector(
    "thread-other-case",
    [
      c.signEntry(reporter, {
        caseId: "case-2",
        seq: 1,
        kind: "report",
        author: "reporter",
        prev: c.GENESIS_HASH,
        content: {},
      }),
    ],
    "entry of another case",
  );

  // ---- checkpoint ----
  const head = { seq: 42, hash: "ab".repeat(32), at: NOW.toISOString(), personId: "p-alice" };
  const checkpoint = c.signCheckpoint(handler, head);
  vector(
    "checkpoint-valid",
    { kind: "checkpoint", expect: "success", "public-key": handler.publicKey, seq: 42, hash: head.hash },
    JSON.stringify(checkpoint),
  );
  vector(
    "checkpoint-other-signer",
    {
      kind: "checkpoint",
      expect: "bad-signature",
      "public-key": reporter.publicKey,
      seq: 42,
      hash: head.hash,
      reason: "signature does not verify",
    },
    JSON.stringify(checkpoint),
  );
}
