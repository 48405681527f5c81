import { describe, expect, it } from "vitest";
import {
  CryptoError,
  fromBase64,
  newCaseIdentity,
  openNote,
  sealNote,
  toBase64,
  unwrapIdentity,
  wrapIdentityTo,
} from "../../crypto/index";
import { createEnrolment } from "../../server/bootstrap";
import { enrol, type Harness, type Staff, setup, submit } from "./harness";

async function team(h: Harness) {
  const alice = await enrol(h, h.firstCode, "alice");
  const mk = async (handle: string) => {
    const { code } = await createEnrolment(h.database, {
      roles: ["handler"],
      channelIds: ["default"],
      createdBy: alice.personId,
      now: h.clock(),
    });
    return enrol(h, code, handle);
  };
  return { alice, bob: await mk("bob"), carol: await mk("carol") };
}

interface Notes {
  recipient: string | null;
  myKey: string | null;
  notes: { id: string; personId: string; at: string; ciphertext: string }[];
  missing: { personId: string; recipient: string }[];
}

const notesOf = (h: Harness, s: Staff, id: string) =>
  h.request<Notes>("GET", `/api/cases/${id}/notes`, undefined, s.headers);

async function caseIdOf(h: Harness, s: Staff, filter = "all") {
  const list = await h.request<{ cases: { id: string }[] }>(
    "GET",
    `/api/cases?filter=${filter}`,
    undefined,
    s.headers,
  );
  return list.json.cases.map((c) => c.id);
}

/** The first note's author makes the notes key and wraps it to the given holders. */
async function makeNotesKey(h: Harness, author: Staff, id: string, holders: Staff[]) {
  const notes = await newCaseIdentity();
  const keys = await Promise.all(
    holders.map(async (s) => ({
      personId: s.personId,
      wrapped: toBase64(await wrapIdentityTo(s.recipient, notes.identity)),
    })),
  );
  const res = await h.request(
    "PUT",
    `/api/cases/${id}/notes-key`,
    { recipient: notes.recipient, keys },
    author.headers,
  );
  return { res, notes };
}

async function readNotes(h: Harness, s: Staff, id: string) {
  const answer = await notesOf(h, s, id);
  if (!answer.json.myKey) return null;
  const identity = await unwrapIdentity(s.identity, fromBase64(answer.json.myKey));
  return Promise.all(
    answer.json.notes.map(async (n) => (await openNote(identity, id, fromBase64(n.ciphertext))).text),
  );
}

describe("internal notes", () => {
  it("are readable by the handlers holding the case and never by the reporting person's keys", async () => {
    const h = await setup();
    const { alice, bob } = await team(h);
    const { reporter } = await submit(h, { whatHappened: "the report" });
    const [id] = await caseIdOf(h, alice);
    expect((await notesOf(h, alice, id!)).json).toMatchObject({ recipient: null, myKey: null, notes: [] });

    const { res, notes } = await makeNotesKey(h, alice, id!, [alice, bob]);
    expect(res.status).toBe(201);
    const note = toBase64(
      await sealNote(notes.recipient, { caseId: id!, author: alice.personId, text: "check the payroll" }),
    );
    const added = await h.request("POST", `/api/cases/${id}/notes`, { note }, alice.headers);
    expect(added.status).toBe(201);
    expect(await readNotes(h, bob, id!)).toEqual(["check the payroll"]);

    // The reporting person's keys open the case, never the notes.
    const bobCopy = (await notesOf(h, bob, id!)).json.myKey!;
    await expect(unwrapIdentity(reporter.identity, fromBase64(bobCopy))).rejects.toBeInstanceOf(CryptoError);
    await expect(openNote(reporter.caseIdentity, id!, fromBase64(note))).rejects.toBeInstanceOf(CryptoError);
    const inbox = await h.request("POST", "/api/inbox", { loginKey: reporter.loginKey });
    expect(inbox.status).toBe(200);
    expect(JSON.stringify(inbox.json)).not.toContain(note.slice(0, 200));
    expect(JSON.stringify(inbox.json)).not.toContain(bobCopy.slice(0, 200));
  });

  it("refuses a second notes key, copies to non-holders, plaintext notes and notes without a key", async () => {
    const h = await setup();
    const { alice, bob, carol } = await team(h);
    await submit(h, { whatHappened: "x" }, { exclude: [carol.personId] });
    const [id] = await caseIdOf(h, alice);
    const before = await h.counts();
    const notHolder = await makeNotesKey(h, alice, id!, [alice, carol]);
    expect(notHolder.res.status).toBe(400);
    expect((notHolder.res.json as { error: { code: string } }).error.code).toBe("not_holder");
    const withoutSelf = await makeNotesKey(h, alice, id!, [bob]);
    expect(withoutSelf.res.status).toBe(400);
    expect(await h.counts()).toEqual(before);
    // Without a notes key nobody can add a note.
    const early = await h.request(
      "POST",
      `/api/cases/${id}/notes`,
      {
        note: toBase64(
          await sealNote((await newCaseIdentity()).recipient, {
            caseId: id!,
            author: bob.personId,
            text: "x",
          }),
        ),
      },
      bob.headers,
    );
    expect(early.status).toBe(409);

    expect((await makeNotesKey(h, alice, id!, [alice, bob])).res.status).toBe(201);
    const second = await makeNotesKey(h, bob, id!, [bob]);
    expect(second.res.status).toBe(409);
    const plain = await h.request(
      "POST",
      `/api/cases/${id}/notes`,
      { note: toBase64(new TextEncoder().encode("age-encryption.org/v1\nplaintext note")) },
      alice.headers,
    );
    expect(plain.status).toBe(400);
    // A person who does not hold the case does not see it at all.
    expect((await notesOf(h, carol, id!)).status).toBe(404);
  });

  it("lists holders without a copy to a holder of the notes key, who shares it with them", async () => {
    const h = await setup();
    const { alice, bob, carol } = await team(h);
    await submit(h, { whatHappened: "x" });
    const [id] = await caseIdOf(h, alice);
    expect((await h.request("DELETE", `/api/cases/${id}/grants/me`, undefined, carol.headers)).status).toBe(
      204,
    );
    const { notes } = await makeNotesKey(h, alice, id!, [alice]);
    const note = toBase64(
      await sealNote(notes.recipient, { caseId: id!, author: alice.personId, text: "first" }),
    );
    await h.request("POST", `/api/cases/${id}/notes`, { note }, alice.headers);
    // bob holds the case but not yet the notes key: he sees neither notes nor who lacks them.
    expect((await notesOf(h, bob, id!)).json).toMatchObject({ myKey: null, notes: [], missing: [] });
    expect((await notesOf(h, alice, id!)).json.missing.map((m) => m.personId)).toEqual([bob.personId]);

    // A colleague granted the case later is listed too, and gets a copy from a holder.
    const caseView = await h.request<{ myKey: string }>("GET", `/api/cases/${id}`, undefined, alice.headers);
    const caseIdentity = await unwrapIdentity(alice.identity, fromBase64(caseView.json.myKey));
    await h.request(
      "POST",
      `/api/cases/${id}/grants`,
      { personId: carol.personId, wrapped: toBase64(await wrapIdentityTo(carol.recipient, caseIdentity)) },
      alice.headers,
    );
    const missing = (await notesOf(h, alice, id!)).json.missing;
    expect(missing.map((m) => m.personId).sort()).toEqual([bob.personId, carol.personId].sort());
    const keys = await Promise.all(
      missing.map(async (m) => ({
        personId: m.personId,
        wrapped: toBase64(await wrapIdentityTo(m.recipient, notes.identity)),
      })),
    );
    expect(
      (await h.request("POST", `/api/cases/${id}/notes-key/copies`, { keys }, alice.headers)).status,
    ).toBe(201);
    expect(await readNotes(h, carol, id!)).toEqual(["first"]);
    expect((await notesOf(h, alice, id!)).json.missing).toEqual([]);
    // Revoking the case takes the notes key with it.
    await h.request("DELETE", `/api/cases/${id}/grants/${carol.personId}`, undefined, alice.headers);
    expect((await notesOf(h, carol, id!)).status).toBe(404);
  });
});

describe("assignment", () => {
  it("puts a holder on the case, lists it under 'mine' for them only, and refuses anyone else", async () => {
    const h = await setup();
    const { alice, bob, carol } = await team(h);
    await submit(h, { whatHappened: "one" }, { exclude: [carol.personId] });
    await submit(h, { whatHappened: "two" });
    const all = await caseIdOf(h, alice);
    expect(all).toHaveLength(2);
    const one = all[0]!;
    expect(await caseIdOf(h, bob, "mine")).toEqual([]);
    const assigned = await h.request(
      "PUT",
      `/api/cases/${one}/assignee`,
      { personId: bob.personId },
      alice.headers,
    );
    expect(assigned.status).toBe(200);
    expect(await caseIdOf(h, bob, "mine")).toEqual([one]);
    expect(await caseIdOf(h, alice, "mine")).toEqual([]);
    const view = await h.request<{ assigneeId: string }>(
      "GET",
      `/api/cases/${one}`,
      undefined,
      alice.headers,
    );
    expect(view.json.assigneeId).toBe(bob.personId);

    const carolCases = await caseIdOf(h, carol);
    const notCarols = all.find((id) => !carolCases.includes(id))!;
    const refused = await h.request(
      "PUT",
      `/api/cases/${notCarols}/assignee`,
      { personId: carol.personId },
      alice.headers,
    );
    expect(refused.status).toBe(400);
    expect(
      (await h.request("PUT", `/api/cases/${one}/assignee`, { personId: null }, bob.headers)).status,
    ).toBe(200);
    expect(await caseIdOf(h, bob, "mine")).toEqual([]);
  });
});
