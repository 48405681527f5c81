/**
 * Art. 17 minimisation through the API (server/case/minimisation.ts; crypto/SPEC.md "Minimisation
 * (Art. 17)"), on SQLite and on D1 with R2: a handler's signed statement removes an entry or an
 * attachment, both sides still verify the whole thread, the audit log names what went without content,
 * and every refusal is a 4xx that changes nothing.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  decryptThread,
  EMPTY_THREAD,
  encryptJson,
  encryptStream,
  entryHash,
  fromBase64,
  handlerSigningKey,
  reporterSigningKey,
  type SignedEntry,
  sealEntry,
  type ThreadHead,
  toBase64,
  unwrapIdentity,
  verifyMinimisedThread,
} from "../../crypto/index";
import { verifyChain } from "../../db/audit-chain";
import type { NodeDatabase } from "../../db/node";
import { buildSubmission, enrol, environment, type Harness, setup } from "./harness";

interface CaseAnswer {
  caseRecipient: string;
  myKey: string;
  entries: { id: string; kind: string; ciphertext: string; threadSeq: number | null }[];
}

/** A signed case with report, acknowledgement, a reporting person's message and a handler's reply. */
async function conversation(h: Harness) {
  const alice = await enrol(h, h.firstCode, "alice");
  const { body, reporter } = await buildSubmission(h, { category: "ai-act", whatHappened: "signed report" });
  const caseId = "minimisedcase0000000000001";
  const signing = reporterSigningKey(reporter.token);
  const handlerKey = handlerSigningKey(alice.identity);
  let head: ThreadHead = EMPTY_THREAD;
  const seal = async (author: string, kind: string, content: unknown) => {
    const sealed = await sealEntry(
      reporter.caseRecipient,
      author === "reporter" ? signing : handlerKey,
      head,
      { caseId, kind, author, content },
    );
    head = sealed.head;
    return { message: toBase64(sealed.ciphertext), seq: sealed.head.seq };
  };
  const report = await seal("reporter", "report", {
    v: 1,
    category: "ai-act",
    whatHappened: "signed report",
  });
  const filed = await h.request("POST", "/api/reports", {
    ...body,
    caseId,
    signingKey: signing.publicKey,
    report: report.message,
  });
  expect(filed.status).toBe(201);
  const ack = await seal(alice.personId, "acknowledgement", { v: 1, text: "received" });
  expect((await h.request("POST", `/api/cases/${caseId}/acknowledge`, ack, alice.headers)).status).toBe(200);
  const aside = await seal("reporter", "message", { v: 1, text: "my neighbour's illness, not relevant" });
  const sent = await h.request("POST", "/api/inbox/messages", { loginKey: reporter.loginKey, ...aside });
  expect(sent.status).toBe(201);
  const reply = await seal(alice.personId, "message", { v: 1, text: "thank you" });
  expect(
    (await h.request("POST", `/api/cases/${caseId}/messages`, { kind: "message", ...reply }, alice.headers))
      .status,
  ).toBe(201);
  const keys: Record<string, string> = {
    reporter: signing.publicKey,
    [alice.personId]: handlerKey.publicKey,
  };
  return { alice, reporter, caseId, seal, keys, asideCiphertext: aside.message };
}

type Conversation = Awaited<ReturnType<typeof conversation>>;

/** The handler's browser: decrypts the thread and reads the hash of the entry at `place`. */
async function plaintextsOf(h: Harness, c: Conversation) {
  const view = await h.request<CaseAnswer>("GET", `/api/cases/${c.caseId}`, undefined, c.alice.headers);
  const caseKey = await unwrapIdentity(c.alice.identity, fromBase64(view.json.myKey));
  const thread = view.json.entries.filter((e) => e.threadSeq !== null);
  return {
    view: view.json,
    plaintexts: await decryptThread(
      caseKey,
      thread.map((e) => fromBase64(e.ciphertext)),
    ),
  };
}

const results = (c: Conversation, plaintexts: unknown[]) =>
  verifyMinimisedThread(c.caseId, plaintexts, (a) => c.keys[a] ?? null).map((v) =>
    v.ok ? "ok" : v.removed ? "removed" : v.reason,
  );

async function minimise(h: Harness, c: Conversation, body: Record<string, unknown>) {
  return h.request<{ error?: { code: string } }>(
    "POST",
    `/api/cases/${c.caseId}/minimise`,
    body,
    c.alice.headers,
  );
}

function fileText(h: Harness): string {
  const file = (h.database as NodeDatabase).file;
  let text = readFileSync(file).toString("latin1");
  try {
    text += readFileSync(`${file}-wal`).toString("latin1");
  } catch {}
  return text;
}

async function removeAside(h: Harness, c: Conversation) {
  const { plaintexts } = await plaintextsOf(h, c);
  const hash = entryHash(plaintexts[2] as SignedEntry);
  const statement = await c.seal(c.alice.personId, "minimisation", {
    v: 1,
    remove: "entry",
    seq: 3,
    hash,
    reason: "not_relevant",
  });
  return minimise(h, c, { entry: 3, reason: "not_relevant", ...statement });
}

describe("Art. 17 minimisation", () => {
  it("removes an entry: the chain still verifies on both sides, the audit log names it without content", async () => {
    const h = await setup();
    const c = await conversation(h);
    const probe = c.asideCiphertext.slice(200, 260);
    if (environment === "node") expect(fileText(h)).toContain(probe);

    const res = await removeAside(h, c);
    expect(res.status).toBe(200);

    const { view, plaintexts } = await plaintextsOf(h, c);
    expect(view.entries.map((e) => e.kind)).toEqual([
      "report",
      "acknowledgement",
      "minimised",
      "message",
      "minimisation",
    ]);
    expect(view.entries[2]!.ciphertext).toBe("");
    expect(results(c, plaintexts)).toEqual(["ok", "ok", "removed", "ok", "ok"]);

    // The reporting person's inbox carries the same tombstone and statement, and verifies alike.
    const inbox = await h.request<{ reporterKey: string; entries: { kind: string; ciphertext: string }[] }>(
      "POST",
      "/api/inbox",
      { loginKey: c.reporter.loginKey },
    );
    expect(inbox.json.entries.map((e) => e.kind)).toEqual(view.entries.map((e) => e.kind));
    const reporterCase = await unwrapIdentity(c.reporter.identity, fromBase64(inbox.json.reporterKey));
    const inboxPlain = await decryptThread(
      reporterCase,
      inbox.json.entries.map((e) => fromBase64(e.ciphertext)),
    );
    expect(results(c, inboxPlain)).toEqual(["ok", "ok", "removed", "ok", "ok"]);

    const audit = await h.database.db.query.auditLog.findMany();
    const record = audit.find((a) => a.action === "case.minimised");
    expect(JSON.parse(record!.detail)).toEqual({ entry: 3, reason: "not_relevant", seq: 5 });
    for (const a of audit) expect(a.detail).not.toContain(probe);
    expect(verifyChain(audit.sort((a, b) => a.seq - b.seq))).toMatchObject({ ok: true });
    // The removed ciphertext is gone from the SQLite file and its write-ahead log.
    if (environment === "node") expect(fileText(h)).not.toContain(probe);

    // The thread goes on after the removal.
    const after = await c.seal("reporter", "message", { v: 1, text: "after" });
    const more = await h.request("POST", "/api/inbox/messages", { loginKey: c.reporter.loginKey, ...after });
    expect(more.status).toBe(201);
    expect(results(c, (await plaintextsOf(h, c)).plaintexts)).toEqual([
      "ok",
      "ok",
      "removed",
      "ok",
      "ok",
      "ok",
    ]);
  });

  it("removes an attachment: its blob and row go, the statement stays in the thread", async () => {
    const h = await setup();
    const c = await conversation(h);
    const bytes = new Uint8Array(5000).fill(7);
    const { stream, size } = await encryptStream(
      [c.reporter.caseRecipient],
      new Blob([bytes]).stream(),
      bytes.length,
    );
    const file = new Uint8Array(await new Response(stream).arrayBuffer());
    expect(file.length).toBe(size);
    const meta = toBase64(
      await encryptJson([c.reporter.caseRecipient], { name: "a.bin", type: "x/y", size: 5000 }),
    );
    const login = { "x-oc-login": c.reporter.loginKey };
    const started = await h.request<{ id: string }>("POST", "/api/attachments", { meta, size }, login);
    expect(started.status).toBe(201);
    const id = started.json.id;
    const put = await h.app.request(`http://localhost/api/attachments/${id}/chunks/0`, {
      method: "PUT",
      headers: { ...login, "content-type": "application/octet-stream" },
      body: file as unknown as BodyInit,
    });
    expect(put.status).toBe(200);
    expect((await h.request("POST", `/api/attachments/${id}/complete`, undefined, login)).status).toBe(201);
    expect(await h.blobKeys()).toHaveLength(1);

    const statement = await c.seal(c.alice.personId, "minimisation", {
      v: 1,
      remove: "attachment",
      attachment: id,
      reason: "untrue",
    });
    const res = await minimise(h, c, { attachment: id, reason: "untrue", ...statement });
    expect(res.status).toBe(200);
    expect(await h.blobKeys()).toEqual([]);
    expect((await h.counts()).attachments).toBe(0);
    const gone = await h.app.request(`http://localhost/api/cases/${c.caseId}/attachments/${id}/content`, {
      headers: c.alice.headers,
    });
    expect(gone.status).toBe(404);
    expect(results(c, (await plaintextsOf(h, c)).plaintexts)).toEqual(["ok", "ok", "ok", "ok", "ok"]);
    const audit = await h.database.db.query.auditLog.findMany();
    expect(JSON.parse(audit.find((a) => a.action === "case.minimised")!.detail)).toEqual({
      attachment: id,
      reason: "untrue",
      seq: 5,
    });
  });

  it("refuses under a legal hold, the report itself, a second removal and bad input, changing nothing", async () => {
    const h = await setup();
    const c = await conversation(h);
    const { plaintexts } = await plaintextsOf(h, c);
    const hashOf = (i: number) => entryHash(plaintexts[i] as SignedEntry);
    const head = { seq: 4, hash: hashOf(3) };
    const statement = async (content: Record<string, unknown>) => {
      const sealed = await sealEntry(c.reporter.caseRecipient, handlerSigningKey(c.alice.identity), head, {
        caseId: c.caseId,
        kind: "minimisation",
        author: c.alice.personId,
        content: { v: 1, remove: "entry", reason: "not_relevant", ...content },
      });
      return { message: toBase64(sealed.ciphertext), seq: 5 };
    };
    const good = await statement({ seq: 3, hash: hashOf(2) });
    // Opening a case is audited; a refusal writes nothing else, and no minimisation.
    const unchanged = async () => {
      const { auditLog: _audited, ...rows } = await h.counts();
      return rows;
    };
    const before = await unchanged();
    const entriesBefore = await h.database.db.query.entries.findMany();
    const refused = async (body: Record<string, unknown>, status: number, code: string) => {
      const res = await minimise(h, c, body);
      expect(res.status, code).toBe(status);
      expect(res.json.error?.code).toBe(code);
      expect(await unchanged()).toEqual(before);
      expect(await h.database.db.query.entries.findMany()).toEqual(entriesBefore);
      const audit = await h.database.db.query.auditLog.findMany();
      expect(audit.some((a) => a.action === "case.minimised")).toBe(false);
    };

    const hold = toBase64(await encryptJson([c.reporter.caseRecipient], { v: 1, text: "court order" }));
    expect(
      (await h.request("POST", `/api/cases/${c.caseId}/legal-hold`, { justification: hold }, c.alice.headers))
        .status,
    ).toBe(200);
    await refused({ entry: 3, reason: "not_relevant", ...good }, 409, "legal_hold");
    await h.request("DELETE", `/api/cases/${c.caseId}/legal-hold`, undefined, c.alice.headers);

    await refused(
      { entry: 1, reason: "not_relevant", ...(await statement({ seq: 1, hash: hashOf(0) })) },
      409,
      "report_kept",
    );
    await refused({ entry: 9, reason: "not_relevant", ...good }, 404, "no_such_entry");
    await refused({ attachment: "nosuchfile01", reason: "untrue", ...good }, 404, "no_such_attachment");
    await refused({ entry: 3, attachment: "nosuchfile01", reason: "untrue", ...good }, 400, "invalid");
    await refused({ reason: "untrue", ...good }, 400, "invalid");
    await refused({ entry: 3, reason: "because", ...good }, 400, "invalid");
    await refused({ entry: 3, reason: "untrue", ...good, seq: 1 }, 400, "invalid");
    await refused({ entry: 3, reason: "untrue", message: good.message, seq: 6 }, 409, "thread_moved");
    await refused(
      { entry: 3, reason: "untrue", message: toBase64(new TextEncoder().encode("plain text here")), seq: 5 },
      400,
      "bad_ciphertext",
    );
    // Nobody without a handler's session.
    const anonymous = await h.request("POST", `/api/cases/${c.caseId}/minimise`, {
      entry: 3,
      reason: "untrue",
      ...good,
    });
    expect(anonymous.status).toBe(401);

    // Once removed, the same entry (and the statement) stay as they are.
    expect((await minimise(h, c, { entry: 3, reason: "not_relevant", ...good })).status).toBe(200);
    const again = await statement({ seq: 3, hash: hashOf(2) });
    const second = await minimise(h, c, { entry: 3, reason: "not_relevant", ...again, seq: 6 });
    expect(second.status).toBe(409);
    expect(second.json.error?.code).toBe("already_minimised");
    const ofStatement = await minimise(h, c, { entry: 5, reason: "not_relevant", ...again, seq: 6 });
    expect(ofStatement.json.error?.code).toBe("minimisation_kept");
  });
});
