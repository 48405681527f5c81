/**
 * Admin powers (issue 11): once there are two admins, a change that makes someone a reader waits for
 * a second admin, who approves with their passphrase key; the channel's handlers are told in the app
 * and by a content-free mail. Second-person approval for identity access cannot be switched off alone.
 */
import { describe, expect, it } from "vitest";
import { readAudit } from "../../db/queries/audit";
import { outbox } from "../../db/schema";
import { createEnrolment } from "../../server/bootstrap";
import { enrol, type Harness, proofOf, type Staff, setup } from "./harness";

interface Pending {
  id: string;
  kind: string;
  target: string;
  mine: boolean;
}
interface Notice {
  id: string;
  kind: string;
  reader: { id: string; displayName: string } | null;
  channel: string | null;
}

async function person(h: Harness, by: Staff, handle: string, roles: string[], channelIds = ["default"]) {
  const { code } = await createEnrolment(h.database, {
    roles,
    channelIds,
    createdBy: by.personId,
    now: h.clock(),
  });
  return enrol(h, code, handle);
}

/** Alice (admin, handler, custodian, on the default channel) and Carol (a handler there). */
async function team(opts: { secondAdmin: boolean }) {
  const h = await setup();
  const alice = await enrol(h, h.firstCode, "alice");
  const carol = await person(h, alice, "carol", ["handler"]);
  const dave = opts.secondAdmin ? await person(h, alice, "dave", ["admin"], []) : null;
  // Carol wants mail: the new-reader mail goes to her address.
  const set = await h.request(
    "PUT",
    "/api/me/notify-email",
    { email: "carol@example.org", proof: await proofOf(h, carol) },
    carol.headers,
  );
  expect(set.status).toBe(200);
  return { h, alice, carol, dave };
}

const rolesOf = async (h: Harness, admin: Staff, id: string) => {
  const res = await h.request<{ persons: { id: string; roles: string[]; channels: string[] }[] }>(
    "GET",
    "/api/admin/persons",
    undefined,
    admin.headers,
  );
  return res.json.persons.find((p) => p.id === id);
};
const pending = async (h: Harness, admin: Staff) =>
  (await h.request<{ pending: Pending[] }>("GET", "/api/admin/pending", undefined, admin.headers)).json
    .pending;
const notices = async (h: Harness, s: Staff) =>
  (await h.request<{ notices: Notice[] }>("GET", "/api/me/notices", undefined, s.headers)).json.notices;
const mails = async (h: Harness) => h.database.db.select().from(outbox);

describe("with one admin, a new reader applies at once", () => {
  it("applies a role change and a membership at once and tells the channel's handlers", async () => {
    const { h, alice, carol } = await team({ secondAdmin: false });
    const bob = await person(h, alice, "bob", ["admin"], []);
    // Bob is an admin now: from here on there are two. Take him out again to stay with one.
    expect(
      (await h.request("DELETE", `/api/admin/persons/${bob.personId}`, undefined, alice.headers)).status,
    ).toBe(204);
    const erin = await person(h, alice, "erin", ["custodian"], []);
    const before = (await notices(h, carol)).length;
    const roles = await h.request<{ pending: unknown }>(
      "PUT",
      `/api/admin/persons/${erin.personId}/roles`,
      { roles: ["handler", "custodian"] },
      alice.headers,
    );
    expect(roles.status).toBe(200);
    expect(roles.json.pending).toBeNull();
    const members = await h.request<{ members: string[]; pending: unknown }>(
      "PUT",
      "/api/admin/channels/default/members",
      { personIds: [alice.personId, carol.personId, erin.personId] },
      alice.headers,
    );
    expect(members.status).toBe(200);
    expect(members.json.members).toContain(erin.personId);
    const told = await notices(h, carol);
    expect(told.length).toBe(before + 1);
    expect(told[0]?.reader?.displayName).toBe("ERIN");
    expect(told[0]?.channel).toBeTruthy();
  });
});

describe("with two admins, a new reader waits for the second", () => {
  it("holds a role change until another admin approves with proof, then tells the handlers", async () => {
    const { h, alice, carol, dave } = await team({ secondAdmin: true });
    const mailsBefore = (await mails(h)).length;
    const bob = await person(h, alice, "bob", ["custodian"]);
    const told = (await notices(h, carol)).length;
    // Alice alone makes Bob (and herself) no reader.
    const res = await h.request<{ pending: Pending; roles: string[] }>(
      "PUT",
      `/api/admin/persons/${bob.personId}/roles`,
      { roles: ["custodian", "handler"] },
      alice.headers,
    );
    expect(res.status).toBe(202);
    expect(res.json.pending.kind).toBe("roles");
    expect((await rolesOf(h, alice, bob.personId))?.roles).toEqual(["custodian"]);
    const [waiting] = await pending(h, dave!);
    expect(waiting).toMatchObject({
      id: res.json.pending.id,
      kind: "roles",
      target: bob.personId,
      mine: false,
    });
    expect((await pending(h, alice))[0]?.mine).toBe(true);

    // Not by the admin who asked, not without proof, not with a wrong passphrase.
    const own = await h.request("POST", `/api/admin/pending/${waiting!.id}/approve`, {}, alice.headers);
    expect(own.status).toBe(403);
    const bare = await h.request<{ error: { code: string } }>(
      "POST",
      `/api/admin/pending/${waiting!.id}/approve`,
      {},
      dave!.headers,
    );
    expect(bare.status).toBe(401);
    expect(bare.json.error.code).toBe("proof_required");
    const wrong = await h.request(
      "POST",
      `/api/admin/pending/${waiting!.id}/approve`,
      { proof: await proofOf(h, { ...dave!, passphrase: "not the passphrase at all" }) },
      dave!.headers,
    );
    expect(wrong.status).toBe(401);
    expect((await rolesOf(h, alice, bob.personId))?.roles).toEqual(["custodian"]);

    const ok = await h.request(
      "POST",
      `/api/admin/pending/${waiting!.id}/approve`,
      { proof: await proofOf(h, dave!) },
      dave!.headers,
    );
    expect(ok.status).toBe(200);
    expect((await rolesOf(h, alice, bob.personId))?.roles).toEqual(["custodian", "handler"]);
    expect(await pending(h, alice)).toEqual([]);

    // Carol is told in the app, with who; her mail names nobody.
    const now = await notices(h, carol);
    expect(now.length).toBe(told + 1);
    expect(now[0]).toMatchObject({ kind: "new_reader", reader: { id: bob.personId, displayName: "BOB" } });
    const sent = (await mails(h)).slice(mailsBefore).filter((m) => m.to === "carol@example.org");
    expect(sent.length).toBeGreaterThanOrEqual(1);
    for (const m of sent) {
      expect(m.body).toContain("A new person can now read reports on your channel. Open the app to see who");
      expect(`${m.subject}\n${m.body}`).not.toMatch(/BOB|bob|Default|default/);
    }
    // The notice can be dismissed, and only by its owner.
    const id = now[0]!.id;
    expect((await h.request("DELETE", `/api/me/notices/${id}`, undefined, alice.headers)).status).toBe(404);
    expect((await h.request("DELETE", `/api/me/notices/${id}`, undefined, carol.headers)).status).toBe(204);
    expect((await notices(h, carol)).some((n) => n.id === id)).toBe(false);

    const audit = (await readAudit(h.database)).filter((r) => r.action === "person.roles");
    expect(JSON.parse(audit.at(-1)!.detail)).toMatchObject({
      person: bob.personId,
      requestedBy: alice.personId,
      pending: waiting!.id,
    });
    expect(audit.at(-1)!.actor).toBe(dave!.personId);
  });

  it("holds an added channel member; removing one applies at once; a rejected change never applies", async () => {
    const { h, alice, carol, dave } = await team({ secondAdmin: true });
    const bob = await person(h, alice, "bob", ["handler"], []);
    const add = await h.request<{ members: string[]; pending: Pending }>(
      "PUT",
      "/api/admin/channels/default/members",
      { personIds: [alice.personId, carol.personId, bob.personId] },
      alice.headers,
    );
    expect(add.status).toBe(202);
    expect(add.json.members).not.toContain(bob.personId);
    expect((await rolesOf(h, alice, bob.personId))?.channels).toEqual([]);
    const reject = await h.request(
      "POST",
      `/api/admin/pending/${add.json.pending.id}/reject`,
      {},
      dave!.headers,
    );
    expect(reject.status).toBe(200);
    expect(await pending(h, alice)).toEqual([]);
    expect((await rolesOf(h, alice, bob.personId))?.channels).toEqual([]);

    const remove = await h.request<{ members: string[]; pending: unknown }>(
      "PUT",
      "/api/admin/channels/default/members",
      { personIds: [alice.personId] },
      alice.headers,
    );
    expect(remove.status).toBe(200);
    expect(remove.json.pending).toBeNull();
    expect(remove.json.members).toEqual([alice.personId]);

    const again = await h.request<{ pending: Pending }>(
      "PUT",
      "/api/admin/channels/default/members",
      { personIds: [alice.personId, bob.personId] },
      dave!.headers,
    );
    expect(again.status).toBe(202);
    const approved = await h.request(
      "POST",
      `/api/admin/pending/${again.json.pending.id}/approve`,
      { proof: await proofOf(h, alice) },
      alice.headers,
    );
    expect(approved.status).toBe(200);
    expect((await rolesOf(h, alice, bob.personId))?.channels).toEqual(["default"]);
    // Alice was on the channel before Bob: she is told.
    expect((await notices(h, alice)).some((n) => n.reader?.id === bob.personId)).toBe(true);
  });

  it("makes an enrolment link usable only after a second admin approves; a rejected one never works", async () => {
    const { h, alice, carol, dave } = await team({ secondAdmin: true });
    const link = await h.request<{ link: string; pending: Pending }>(
      "POST",
      "/api/admin/enrolments",
      { roles: ["handler"], channelIds: ["default"] },
      alice.headers,
    );
    expect(link.status).toBe(201);
    expect(link.json.pending.kind).toBe("enrolment");
    const code = link.json.link.split("#enrol=")[1]!;
    const check = await h.request<{ error: { code: string } }>("POST", "/api/enrolment/check", { code });
    expect(check.status).toBe(409);
    expect(check.json.error.code).toBe("awaiting_approval");
    await expect(enrol(h, code, "frank")).rejects.toThrow(/409/);

    const ok = await h.request(
      "POST",
      `/api/admin/pending/${link.json.pending.id}/approve`,
      { proof: await proofOf(h, dave!) },
      dave!.headers,
    );
    expect(ok.status).toBe(200);
    expect((await h.request("POST", "/api/enrolment/check", { code })).status).toBe(200);
    const frank = await enrol(h, code, "frank");
    expect((await notices(h, carol)).some((n) => n.reader?.id === frank.personId)).toBe(true);

    const other = await h.request<{ link: string; pending: Pending }>(
      "POST",
      "/api/admin/enrolments",
      { roles: ["admin"] },
      dave!.headers,
    );
    const otherCode = other.json.link.split("#enrol=")[1]!;
    expect(
      (await h.request("POST", `/api/admin/pending/${other.json.pending.id}/reject`, {}, dave!.headers))
        .status,
    ).toBe(200);
    expect((await h.request("POST", "/api/enrolment/check", { code: otherCode })).status).toBe(404);
  });

  it("needs a second admin to switch off second-person approval for identity access (Art. 16)", async () => {
    const { h, alice, dave } = await team({ secondAdmin: true });
    const on = await h.request<{ settings: { requireDisclosureApproval: boolean }; pending: unknown }>(
      "PUT",
      "/api/admin/settings",
      { requireDisclosureApproval: true },
      alice.headers,
    );
    expect(on.status).toBe(200);
    expect(on.json.settings.requireDisclosureApproval).toBe(true);
    expect(on.json.pending).toBeNull();

    const off = await h.request<{
      settings: { requireDisclosureApproval: boolean; reminderAckDays: number };
      pending: Pending;
    }>("PUT", "/api/admin/settings", { requireDisclosureApproval: false, reminderAckDays: 3 }, alice.headers);
    expect(off.status).toBe(200);
    expect(off.json.pending.kind).toBe("settings");
    // The other field applies at once; the switch stays on.
    expect(off.json.settings).toMatchObject({ requireDisclosureApproval: true, reminderAckDays: 3 });
    expect(
      (await h.request("POST", `/api/admin/pending/${off.json.pending.id}/approve`, {}, alice.headers))
        .status,
    ).toBe(403);
    const ok = await h.request(
      "POST",
      `/api/admin/pending/${off.json.pending.id}/approve`,
      { proof: await proofOf(h, dave!) },
      dave!.headers,
    );
    expect(ok.status).toBe(200);
    const now = await h.request<{ settings: { requireDisclosureApproval: boolean } }>(
      "GET",
      "/api/admin/settings",
      undefined,
      alice.headers,
    );
    expect(now.json.settings.requireDisclosureApproval).toBe(false);
  });

  it("refuses unknown ids and non-admins", async () => {
    const { h, carol, dave } = await team({ secondAdmin: true });
    expect((await h.request("POST", "/api/admin/pending/nosuchid/reject", {}, dave!.headers)).status).toBe(
      404,
    );
    expect((await h.request("GET", "/api/admin/pending", undefined, carol.headers)).status).toBe(403);
  });

  it("guards each list as well as the paths below it", async () => {
    const { h, carol } = await team({ secondAdmin: true });
    for (const path of ["/api/admin/pending", "/api/admin/enrolments", "/api/me/notices"])
      expect((await h.request("GET", path)).status, path).toBe(401);
    for (const path of ["/api/admin/pending", "/api/admin/enrolments"])
      expect((await h.request("GET", path, undefined, carol.headers)).status, path).toBe(403);
    expect((await h.request("GET", "/api/me/notices", undefined, carol.headers)).status).toBe(200);
  });
});
