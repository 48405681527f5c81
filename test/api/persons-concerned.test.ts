/**
 * Persons concerned (Directive Art. 22) through the API: their names and roles, the reason for
 * deferring to inform them and a disclosure's details reach the server only encrypted to the notes key;
 * the server keeps the days they were informed (GDPR Art. 14) or informing was deferred, and heard; their
 * identity leaves the team only like the reporting person's (Art. 16): with a second person's approval
 * where the organisation requires it.
 */
import { describe, expect, it } from "vitest";
import {
  type ConcernedField,
  CryptoError,
  fromBase64,
  newCaseIdentity,
  openConcernedText,
  openPersonConcerned,
  sealConcernedText,
  sealPersonConcerned,
  toBase64,
  unwrapIdentity,
  wrapIdentityTo,
} from "../../crypto/index";
import { openCaseClocks } from "../../db/queries/reminders";
import { settings } from "../../db/schema";
import { createEnrolment } from "../../server/bootstrap";
import { attentionOf } from "../../server/reminders/plan";
import { runRetention } from "../../server/retention";
import { enrol, type Harness, type Staff, sealedText, setup, signIn, submit } from "./harness";

const SENTINEL = "SENTINEL-CONCERNED-Ferdinand";

interface Concerned {
  notesRecipient: string | null;
  myNotesKey: string | null;
  approvalRequired: boolean;
  persons: {
    id: string;
    record: string;
    addedBy: string;
    informedOn: string | null;
    informDeferredOn: string | null;
    deferralReason: string | null;
    heardOn: string | null;
    informBy: { date: string } | null;
  }[];
  disclosures: {
    id: string;
    state: string;
    requestedBy: string;
    disclosedOn: string | null;
    legalBasis: string;
  }[];
}

async function team(h: Harness) {
  const alice = await enrol(h, h.firstCode, "alice");
  const { code } = await createEnrolment(h.database, {
    roles: ["handler"],
    channelIds: ["default"],
    createdBy: alice.personId,
    now: h.clock(),
  });
  return { alice, bob: await enrol(h, code, "bob") };
}

/** A case both hold, with a notes key wrapped to both; returns the notes identity. */
async function caseWithNotesKey(h: Harness, alice: Staff, bob: Staff) {
  await submit(h, { whatHappened: "x" });
  const list = await h.request<{ cases: { id: string }[] }>("GET", "/api/cases", undefined, alice.headers);
  const caseId = list.json.cases[0]!.id;
  const notes = await newCaseIdentity();
  const keys = await Promise.all(
    [alice, bob].map(async (s) => ({
      personId: s.personId,
      wrapped: toBase64(await wrapIdentityTo(s.recipient, notes.identity)),
    })),
  );
  const made = await h.request(
    "PUT",
    `/api/cases/${caseId}/notes-key`,
    { recipient: notes.recipient, keys },
    alice.headers,
  );
  expect(made.status).toBe(201);
  return { caseId, notes };
}

const path = (caseId: string, rest = "") => `/api/cases/${caseId}/persons-concerned${rest}`;

async function text(
  recipient: string,
  where: { caseId: string; recordId: string; author: string },
  field: ConcernedField,
  words: string,
) {
  return toBase64(await sealConcernedText(recipient, { ...where, field, text: words }));
}

describe("persons concerned (Art. 22)", () => {
  it("keeps who they are encrypted to the notes key, and the days they were informed, deferred and heard", async () => {
    const h = await setup({ now: "2026-03-02T10:00:00Z" });
    const { alice, bob } = await team(h);
    const { caseId, notes } = await caseWithNotesKey(h, alice, bob);
    const recordId = "concernedrecord000000001";
    const where = { caseId, recordId, author: alice.personId };
    const record = toBase64(
      await sealPersonConcerned(notes.recipient, { ...where, name: SENTINEL, role: "line manager" }),
    );
    const added = await h.request<{ id: string }>(
      "POST",
      path(caseId),
      { id: recordId, record },
      alice.headers,
    );
    expect(added.status).toBe(201);

    // GDPR Art. 14(3)(a): at the latest a month after the data was obtained, counted from receipt.
    const fresh = await h.request<{
      persons: { informBy: { date: string } | null; informOverdue: boolean }[];
    }>("GET", path(caseId), undefined, alice.headers);
    expect(fresh.json.persons[0]).toMatchObject({ informBy: { date: "2026-04-02" }, informOverdue: false });

    // Informing them now would alert them to the evidence: deferred, with the reason encrypted.
    h.clock.set("2026-03-05T10:00:00Z");
    await signIn(h, alice);
    const deferred = await h.request(
      "POST",
      path(caseId, `/${recordId}/deferral`),
      { reason: await text(notes.recipient, where, "deferral-reason", `${SENTINEL} would destroy evidence`) },
      alice.headers,
    );
    expect(deferred.status).toBe(200);
    expect(deferred.json).toMatchObject({ informDeferredOn: "2026-03-05" });
    h.clock.set("2026-04-20T10:00:00Z");
    await signIn(h, alice);
    await signIn(h, bob);
    const heard = await h.request(
      "POST",
      path(caseId, `/${recordId}/heard`),
      { on: "2026-04-18" },
      bob.headers,
    );
    expect(heard.status).toBe(200);
    const informed = await h.request(
      "POST",
      path(caseId, `/${recordId}/informed`),
      { on: "2026-04-20" },
      bob.headers,
    );
    expect(informed.status).toBe(200);
    // Deferring once informed makes no sense.
    const late = await h.request(
      "POST",
      path(caseId, `/${recordId}/deferral`),
      { reason: await text(notes.recipient, where, "deferral-reason", "late") },
      alice.headers,
    );
    expect(late.status).toBe(409);

    const read = await h.request<Concerned>("GET", path(caseId), undefined, bob.headers);
    expect(read.status).toBe(200);
    const [person] = read.json.persons;
    expect(person).toMatchObject({
      id: recordId,
      addedBy: alice.personId,
      informedOn: "2026-04-20",
      informDeferredOn: "2026-03-05",
      heardOn: "2026-04-18",
      informBy: null,
    });
    // Bob opens both with his copy of the notes key.
    const bobNotes = await unwrapIdentity(bob.identity, fromBase64(read.json.myNotesKey!));
    expect(
      await openPersonConcerned(bobNotes, { caseId, recordId }, fromBase64(person!.record)),
    ).toMatchObject({
      name: SENTINEL,
      role: "line manager",
    });
    expect(
      (
        await openConcernedText(
          bobNotes,
          { caseId, recordId, field: "deferral-reason" },
          fromBase64(person!.deferralReason!),
        )
      ).text,
    ).toContain("destroy evidence");
    // Sealed for this record and field: another field or record does not open.
    await expect(
      openConcernedText(
        bobNotes,
        { caseId, recordId, field: "disclosure-basis" },
        fromBase64(person!.deferralReason!),
      ),
    ).rejects.toBeInstanceOf(CryptoError);
    await expect(
      openPersonConcerned(
        bobNotes,
        { caseId, recordId: "another000000000000000001" },
        fromBase64(person!.record),
      ),
    ).rejects.toBeInstanceOf(CryptoError);

    // Neither the database nor the audit log holds the name in clear.
    const dump = JSON.stringify([
      await h.database.db.query.personsConcerned.findMany(),
      await h.database.db.query.auditLog.findMany(),
    ]);
    expect(dump).not.toContain(SENTINEL);
    expect(dump).not.toContain("line manager");
    const actions = (await h.database.db.query.auditLog.findMany()).map((a) => a.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        "concerned.added",
        "concerned.inform_deferred",
        "concerned.heard",
        "concerned.informed",
      ]),
    );
  });

  it("refuses plaintext, the case key's ciphertext without a notes key, days out of range, and strangers", async () => {
    const h = await setup({ now: "2026-03-02T10:00:00Z" });
    const { alice, bob } = await team(h);
    await submit(h, { whatHappened: "x" });
    const list = await h.request<{ cases: { id: string; caseRecipient?: string }[] }>(
      "GET",
      "/api/cases",
      undefined,
      alice.headers,
    );
    const caseId = list.json.cases[0]!.id;
    const recordId = "concernedrecord000000002";
    const before = await h.counts();
    const plain = await h.request(
      "POST",
      path(caseId),
      { id: recordId, record: `${SENTINEL}, line manager` },
      alice.headers,
    );
    expect(plain.status).toBe(400);
    const plainB64 = await h.request(
      "POST",
      path(caseId),
      { id: recordId, record: toBase64(new TextEncoder().encode(`{"name":"${SENTINEL}"}`)) },
      alice.headers,
    );
    expect(plainB64.status).toBe(400);
    // Well-formed, but there is no notes key yet: nothing to have encrypted it to.
    const other = await newCaseIdentity();
    const noKey = await h.request(
      "POST",
      path(caseId),
      { id: recordId, record: await sealedText(other.recipient, "x") },
      alice.headers,
    );
    expect(noKey.status).toBe(409);
    expect(noKey.json).toMatchObject({ error: { code: "notes_key_missing" } });
    expect(await h.counts()).toEqual(before);

    const { caseId: second, notes } = await caseWithNotesKey(h, alice, bob);
    const where = { caseId: second, recordId, author: alice.personId };
    const record = toBase64(await sealPersonConcerned(notes.recipient, { ...where, name: "N", role: "r" }));
    expect((await h.request("POST", path(second), { id: recordId, record }, alice.headers)).status).toBe(201);
    expect((await h.request("POST", path(second), { id: recordId, record }, alice.headers)).status).toBe(409);
    const counted = await h.counts();
    for (const on of ["2026-03-01", "2026-03-03", "2026-02-30", "yesterday"]) {
      const res = await h.request("POST", path(second, `/${recordId}/heard`), { on }, alice.headers);
      expect(res.status).toBe(400);
    }
    const plainReason = await h.request(
      "POST",
      path(second, `/${recordId}/deferral`),
      { reason: "he would destroy evidence" },
      alice.headers,
    );
    expect(plainReason.status).toBe(400);
    const nobody = await h.request(
      "POST",
      path(second, "/unknown0000000000000000/heard"),
      { on: "2026-03-02" },
      alice.headers,
    );
    expect(nobody.status).toBe(404);
    expect(await h.counts()).toEqual(counted);
    // Someone without the case sees no such case.
    const { code } = await createEnrolment(h.database, {
      roles: ["handler"],
      channelIds: [],
      createdBy: alice.personId,
      now: h.clock(),
    });
    const dora = await enrol(h, code, "dora");
    expect((await h.request("GET", path(second), undefined, dora.headers)).status).toBe(404);
  });

  it("discloses a person concerned's identity only with a second person's approval, where required", async () => {
    const h = await setup({ now: "2026-03-02T10:00:00Z" });
    const { alice, bob } = await team(h);
    await h.database.db.update(settings).set({ requireDisclosureApproval: true });
    const { caseId, notes } = await caseWithNotesKey(h, alice, bob);
    const recordId = "concernedrecord000000003";
    const where = { caseId, recordId, author: alice.personId };
    const record = toBase64(
      await sealPersonConcerned(notes.recipient, { ...where, name: SENTINEL, role: "r" }),
    );
    await h.request("POST", path(caseId), { id: recordId, record }, alice.headers);

    const plain = await h.request(
      "POST",
      path(caseId, `/${recordId}/disclosures`),
      { legalBasis: "court order", disclosedTo: "police" },
      alice.headers,
    );
    expect(plain.status).toBe(400);
    const asked = await h.request<{ id: string; state: string }>(
      "POST",
      path(caseId, `/${recordId}/disclosures`),
      {
        legalBasis: await text(notes.recipient, where, "disclosure-basis", "Court order 12/2026"),
        disclosedTo: await text(notes.recipient, where, "disclosure-recipient", "Police"),
      },
      alice.headers,
    );
    expect(asked.status).toBe(201);
    expect(asked.json.state).toBe("pending");
    const did = asked.json.id;
    // Not before approval, never approved by the one who asked.
    const early = await h.request(
      "POST",
      path(caseId, `/${recordId}/disclosures/${did}/made`),
      undefined,
      alice.headers,
    );
    expect(early.status).toBe(403);
    expect(early.json).toMatchObject({ error: { code: "approval_required" } });
    const self = await h.request(
      "POST",
      path(caseId, `/${recordId}/disclosures/${did}/decision`),
      { approve: true },
      alice.headers,
    );
    expect(self.status).toBe(403);
    const approved = await h.request(
      "POST",
      path(caseId, `/${recordId}/disclosures/${did}/decision`),
      { approve: true },
      bob.headers,
    );
    expect(approved.json).toMatchObject({ state: "approved" });
    const twice = await h.request(
      "POST",
      path(caseId, `/${recordId}/disclosures/${did}/decision`),
      { approve: false },
      bob.headers,
    );
    expect(twice.status).toBe(409);
    const made = await h.request(
      "POST",
      path(caseId, `/${recordId}/disclosures/${did}/made`),
      undefined,
      alice.headers,
    );
    expect(made.status).toBe(200);
    expect(made.json).toMatchObject({ disclosedOn: "2026-03-02" });
    const read = await h.request<Concerned>("GET", path(caseId), undefined, alice.headers);
    expect(read.json.approvalRequired).toBe(true);
    expect(read.json.disclosures).toEqual([
      expect.objectContaining({
        id: did,
        state: "approved",
        requestedBy: alice.personId,
        disclosedOn: "2026-03-02",
      }),
    ]);
    const audit = JSON.stringify(await h.database.db.query.auditLog.findMany());
    expect(audit).not.toContain("Court order");
    expect(audit).not.toContain("Police");

    // A refused one is never recorded as made.
    const refusedAsk = await h.request<{ id: string }>(
      "POST",
      path(caseId, `/${recordId}/disclosures`),
      {
        legalBasis: await text(notes.recipient, where, "disclosure-basis", "curiosity"),
        disclosedTo: await text(notes.recipient, where, "disclosure-recipient", "press"),
      },
      alice.headers,
    );
    await h.request(
      "POST",
      path(caseId, `/${recordId}/disclosures/${refusedAsk.json.id}/decision`),
      { approve: false },
      bob.headers,
    );
    const refused = await h.request(
      "POST",
      path(caseId, `/${recordId}/disclosures/${refusedAsk.json.id}/made`),
      undefined,
      alice.headers,
    );
    expect(refused.status).toBe(409);

    // Without the setting, as for the reporting person's identity, it is approved when asked.
    await h.database.db.update(settings).set({ requireDisclosureApproval: false });
    const direct = await h.request<{ state: string }>(
      "POST",
      path(caseId, `/${recordId}/disclosures`),
      {
        legalBasis: await text(notes.recipient, where, "disclosure-basis", "consent"),
        disclosedTo: await text(notes.recipient, where, "disclosure-recipient", "HR"),
      },
      alice.headers,
    );
    expect(direct.json.state).toBe("approved");

    // Never informed nor deferred: overdue the day after 2 Apr 2026 (GDPR Art. 14(3)(a)).
    h.clock.set("2026-04-03T10:00:00Z");
    await signIn(h, alice);
    const late = await h.request<{
      persons: { informBy: { date: string } | null; informOverdue: boolean }[];
    }>("GET", path(caseId), undefined, alice.headers);
    expect(late.json.persons[0]).toMatchObject({ informBy: { date: "2026-04-02" }, informOverdue: true });
  });

  it("goes with the case when it is crypto-shredded", async () => {
    const h = await setup({ now: "2026-03-02T10:00:00Z" });
    const { alice, bob } = await team(h);
    const { caseId, notes } = await caseWithNotesKey(h, alice, bob);
    const recordId = "concernedrecord000000004";
    const where = { caseId, recordId, author: alice.personId };
    const record = toBase64(await sealPersonConcerned(notes.recipient, { ...where, name: "N", role: "r" }));
    await h.request("POST", path(caseId), { id: recordId, record }, alice.headers);
    await h.request(
      "POST",
      path(caseId, `/${recordId}/disclosures`),
      {
        legalBasis: await text(notes.recipient, where, "disclosure-basis", "b"),
        disclosedTo: await text(notes.recipient, where, "disclosure-recipient", "r"),
      },
      alice.headers,
    );
    await h.request(
      "POST",
      `/api/cases/${caseId}/status`,
      { status: "closed", outcome: "withdrawn" },
      alice.headers,
    );
    // Closed today; the organisation's default of 3 years ends on 2029-03-02.
    await runRetention(h.database, new Date("2029-04-10T12:00:00Z"));
    await runRetention(h.database, new Date("2029-05-10T12:00:00Z"));
    expect(await h.database.db.query.cases.findMany()).toHaveLength(0);
    expect(await h.database.db.query.personsConcerned.findMany()).toHaveLength(0);
    expect(await h.database.db.query.concernedDisclosures.findMany()).toHaveLength(0);
  });
});

describe("the date to inform a person concerned (GDPR Art. 14(3)(a)) in triage and reminders", () => {
  it("comes next while someone is neither informed nor deferred, and goes once everyone is", async () => {
    const h = await setup({ now: "2026-03-02T10:00:00Z" });
    const { alice, bob } = await team(h);
    const { caseId, notes } = await caseWithNotesKey(h, alice, bob);
    const view = await h.request<{ caseRecipient: string }>(
      "GET",
      `/api/cases/${caseId}`,
      undefined,
      alice.headers,
    );
    const ack = await h.request(
      "POST",
      `/api/cases/${caseId}/acknowledge`,
      { message: await sealedText(view.json.caseRecipient, "Received") },
      alice.headers,
    );
    expect(ack.status).toBe(200);
    type Row = { id: string; next: { kind: string | null; date: string | null; overdue: boolean } };
    const next = async () =>
      (await h.request<{ cases: Row[] }>("GET", "/api/cases", undefined, alice.headers)).json.cases.find(
        (c) => c.id === caseId,
      )?.next;
    const remindedOf = async (day: string) =>
      attentionOf(
        (await openCaseClocks(h.database)).find((c) => c.id === caseId)!,
        { reminderAckDays: 2, reminderFeedbackDays: 14, retentionYears: 3 },
        day,
      );
    // Acknowledged 2 Mar 2026: feedback by 2 Jun 2026 (Art. 9(1)(f)).
    expect(await next()).toMatchObject({ kind: "feedback", date: "2026-06-02" });
    expect(await remindedOf("2026-04-03")).toBeNull();

    const add = async (recordId: string) => {
      const where = { caseId, recordId, author: alice.personId };
      const record = toBase64(await sealPersonConcerned(notes.recipient, { ...where, name: "N", role: "r" }));
      expect((await h.request("POST", path(caseId), { id: recordId, record }, alice.headers)).status).toBe(
        201,
      );
    };
    await add("concernedrecord000000011");
    await add("concernedrecord000000012");
    // One month from receipt (2 Mar): 2 Apr 2026, before the feedback.
    expect(await next()).toMatchObject({ kind: "inform_concerned", date: "2026-04-02", overdue: false });
    expect(await remindedOf("2026-03-19")).toBe("due-soon");
    expect(await remindedOf("2026-04-03")).toBe("overdue");

    const informed = await h.request(
      "POST",
      path(caseId, "/concernedrecord000000011/informed"),
      { on: "2026-03-02" },
      alice.headers,
    );
    expect(informed.status).toBe(200);
    // The second person is still to be informed.
    expect(await next()).toMatchObject({ kind: "inform_concerned", date: "2026-04-02" });
    const where = { caseId, recordId: "concernedrecord000000012", author: alice.personId };
    const deferred = await h.request(
      "POST",
      path(caseId, "/concernedrecord000000012/deferral"),
      { reason: await text(notes.recipient, where, "deferral-reason", "evidence") },
      alice.headers,
    );
    expect(deferred.status).toBe(200);
    expect(await next()).toMatchObject({ kind: "feedback", date: "2026-06-02" });
    expect(await remindedOf("2026-04-03")).toBeNull();
  });
});
