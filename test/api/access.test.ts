import { describe, expect, it } from "vitest";
import {
  CryptoError,
  decryptJson,
  encryptJson,
  fromBase64,
  toBase64,
  unwrapIdentity,
  wrapIdentityTo,
} from "../../crypto/index";
import { createEnrolment } from "../../server/bootstrap";
import { enrol, type Harness, type Staff, sealedText, setup, submit } from "./harness";

async function team(h: Harness) {
  const alice = await enrol(h, h.firstCode, "alice"); // admin, handler, custodian
  const mk = async (handle: string, roles: string[]) => {
    const { code } = await createEnrolment(h.database, {
      roles,
      channelIds: ["default"],
      createdBy: alice.personId,
      now: h.clock(),
    });
    return enrol(h, code, handle);
  };
  return { alice, bob: await mk("bob", ["handler"]), carol: await mk("carol", ["handler", "custodian"]) };
}

async function caseIdOf(h: Harness, s: Staff) {
  const list = await h.request<{ cases: { id: string }[] }>("GET", "/api/cases", undefined, s.headers);
  return list.json.cases[0]?.id;
}

async function openReport(h: Harness, s: Staff, id: string) {
  const view = await h.request<{ myKey: string; entries: { ciphertext: string }[] }>(
    "GET",
    `/api/cases/${id}`,
    undefined,
    s.headers,
  );
  if (view.status !== 200) return { status: view.status };
  const caseIdentity = await unwrapIdentity(s.identity, fromBase64(view.json.myKey));
  return {
    status: 200,
    caseIdentity,
    report: await decryptJson<{ whatHappened: string }>(
      [caseIdentity],
      fromBase64(view.json.entries[0]!.ciphertext),
    ),
  };
}

describe("access follows the keys", () => {
  it("wraps the case key to the channel's handlers but never to an excluded one", async () => {
    const h = await setup();
    const { alice, bob, carol } = await team(h);
    await submit(h, { whatHappened: "conflict" }, { exclude: [bob.personId] });
    expect(await caseIdOf(h, bob)).toBeUndefined();
    const id = (await caseIdOf(h, alice))!;
    expect((await openReport(h, bob, id)).status).toBe(404);
    expect((await openReport(h, carol, id)).status).toBe(200);
    // A holder cannot grant to an excluded person either: the server acts as if they did not exist.
    const { caseIdentity } = await openReport(h, alice, id);
    const wrapped = toBase64(await wrapIdentityTo(bob.recipient, caseIdentity!));
    const grant = await h.request(
      "POST",
      `/api/cases/${id}/grants`,
      { personId: bob.personId, wrapped },
      alice.headers,
    );
    expect(grant.status).toBe(404);
    const access = await h.request<{ grantable: { id: string }[] }>(
      "GET",
      `/api/cases/${id}/access`,
      undefined,
      alice.headers,
    );
    expect(access.json.grantable.map((g) => g.id)).not.toContain(bob.personId);
  });

  it("lets a grant open the case for a second handler, and a revoke close it again", async () => {
    const h = await setup();
    const { alice, bob } = await team(h);
    await submit(h, { whatHappened: "granted" });
    const id = (await caseIdOf(h, alice))!;
    // bob joined the channel before the report, so he holds it: give it up, then get it back by grant.
    expect((await h.request("DELETE", `/api/cases/${id}/grants/me`, undefined, bob.headers)).status).toBe(
      204,
    );
    expect((await openReport(h, bob, id)).status).toBe(404);
    const { caseIdentity } = await openReport(h, alice, id);
    const wrapped = toBase64(await wrapIdentityTo(bob.recipient, caseIdentity!));
    expect(
      (await h.request("POST", `/api/cases/${id}/grants`, { personId: bob.personId, wrapped }, alice.headers))
        .status,
    ).toBe(201);
    expect((await openReport(h, bob, id)).report?.whatHappened).toBe("granted");
    expect(
      (await h.request("DELETE", `/api/cases/${id}/grants/${bob.personId}`, undefined, alice.headers)).status,
    ).toBe(204);
    expect((await openReport(h, bob, id)).status).toBe(404);
  });

  it("refuses to let the last holder give a case up", async () => {
    const h = await setup();
    const alice = await enrol(h, h.firstCode, "alice");
    await submit(h, { whatHappened: "x" });
    const id = (await caseIdOf(h, alice))!;
    const res = await h.request<{ error: { code: string } }>(
      "DELETE",
      `/api/cases/${id}/grants/me`,
      undefined,
      alice.headers,
    );
    expect(res.status).toBe(409);
    expect(res.json.error.code).toBe("last_holder");
  });
});

describe("identity section (Art. 16)", () => {
  it("does not decrypt for a handler who is not a custodian", async () => {
    const h = await setup();
    const { bob } = await team(h);
    await submit(
      h,
      { whatHappened: "x" },
      { identity: { name: "SENTINEL Jane", contact: "jane@example.org" } },
    );
    const id = (await caseIdOf(h, bob))!;
    const view = await h.request<{ identity: { present: boolean; custodian: boolean } }>(
      "GET",
      `/api/cases/${id}`,
      undefined,
      bob.headers,
    );
    expect(view.json.identity).toEqual({ present: true, custodian: false });
    expect((await h.request("GET", `/api/cases/${id}/identity`, undefined, bob.headers)).status).toBe(403);
    // Even holding the ciphertext, bob's keys cannot open it: it is encrypted to a key he never had.
    const { caseIdentity } = await openReport(h, bob, id);
    const rows = await h.database.db.query.entries.findMany();
    const section = rows.find((e) => e.kind === "identity")!;
    await expect(
      decryptJson([bob.identity, caseIdentity!], fromBase64(section.ciphertext)),
    ).rejects.toBeInstanceOf(CryptoError);
  });

  it("opens for a custodian only after a recorded reason and, when required, a second person's approval", async () => {
    const h = await setup();
    const { alice, carol } = await team(h);
    await h.database.db
      .update((await import("../../db/schema")).settings)
      .set({ requireDisclosureApproval: true });
    const { reporter } = await submit(h, { whatHappened: "x" }, { identity: { name: "Jane" } });
    const id = (await caseIdOf(h, carol))!;
    expect((await h.request("GET", `/api/cases/${id}/identity`, undefined, carol.headers)).status).toBe(403);
    // The reason is encrypted to the case in the browser: plain text is refused.
    const plain = await h.request(
      "POST",
      `/api/cases/${id}/identity-requests`,
      { reason: "Needed to protect her from retaliation by her manager" },
      carol.headers,
    );
    expect(plain.status).toBe(400);
    const req = await h.request<{ id: string; state: string }>(
      "POST",
      `/api/cases/${id}/identity-requests`,
      {
        reason: await sealedText(
          reporter.caseRecipient,
          "Needed to protect her from retaliation by her manager",
        ),
      },
      carol.headers,
    );
    expect(req.json.state).toBe("pending");
    expect((await h.request("GET", `/api/cases/${id}/identity`, undefined, carol.headers)).status).toBe(403);
    const self = await h.request(
      "POST",
      `/api/cases/${id}/identity-requests/${req.json.id}/decision`,
      { approve: true },
      carol.headers,
    );
    expect(self.status).toBe(403);
    expect(
      (
        await h.request(
          "POST",
          `/api/cases/${id}/identity-requests/${req.json.id}/decision`,
          { approve: true },
          alice.headers,
        )
      ).status,
    ).toBe(200);
    const opened = await h.request<{ section: string; myKey: string }>(
      "GET",
      `/api/cases/${id}/identity`,
      undefined,
      carol.headers,
    );
    expect(opened.status).toBe(200);
    const idKey = await unwrapIdentity(carol.identity, fromBase64(opened.json.myKey));
    expect((await decryptJson<{ name: string }>([idKey], fromBase64(opened.json.section))).name).toBe("Jane");
    const audit = await h.request<{ entries: { action: string }[] }>(
      "GET",
      "/api/admin/audit",
      undefined,
      alice.headers,
    );
    expect(audit.json.entries.map((e) => e.action)).toEqual(
      expect.arrayContaining(["identity.requested", "identity.decided", "identity.opened"]),
    );
  });

  it("records a disclosure beyond the team only with a legal basis and reasons sent to the reporting person", async () => {
    const h = await setup();
    const { carol } = await team(h);
    const { reporter } = await submit(h, { whatHappened: "x" }, { identity: { name: "Jane" } });
    const id = (await caseIdOf(h, carol))!;
    const legalBasis = await sealedText(reporter.caseRecipient, "Court order 12/2026");
    const disclosedTo = await sealedText(reporter.caseRecipient, "Public prosecutor");
    const before = await h.counts();
    const plain = await h.request(
      "POST",
      `/api/cases/${id}/disclosures`,
      { legalBasis: "Court order 12/2026", disclosedTo: "Public prosecutor", jeopardises: true },
      carol.headers,
    );
    expect(plain.status).toBe(400);
    const noReasons = await h.request<{ error: { code: string } }>(
      "POST",
      `/api/cases/${id}/disclosures`,
      { legalBasis, disclosedTo, jeopardises: false },
      carol.headers,
    );
    expect(noReasons.json.error.code).toBe("reasons_required");
    expect(await h.counts()).toEqual(before);
    const message = toBase64(
      await encryptJson([reporter.caseRecipient], {
        v: 1,
        text: "We must disclose your identity because...",
      }),
    );
    const ok = await h.request(
      "POST",
      `/api/cases/${id}/disclosures`,
      { legalBasis, disclosedTo, jeopardises: false, message },
      carol.headers,
    );
    expect(ok.status).toBe(201);
    const inbox = await h.request<{ entries: { kind: string }[] }>("POST", "/api/inbox", {
      loginKey: reporter.loginKey,
    });
    expect(inbox.json.entries.map((e) => e.kind)).toContain("disclosure_notice");
  });
});

describe("offboarding", () => {
  it("keeps every case readable by someone and refuses to remove the last holder", async () => {
    const h = await setup();
    const { alice, bob, carol } = await team(h);
    await submit(h, { whatHappened: "shared" });
    const id = (await caseIdOf(h, alice))!;
    // carol and alice give up, bob is the last holder: removing him is refused.
    await h.request("DELETE", `/api/cases/${id}/grants/me`, undefined, carol.headers);
    await h.request("DELETE", `/api/cases/${id}/grants/me`, undefined, alice.headers);
    const refused = await h.request<{ error: { code: string } }>(
      "DELETE",
      `/api/admin/persons/${bob.personId}`,
      undefined,
      alice.headers,
    );
    expect(refused.status).toBe(409);
    expect(refused.json.error.code).toBe("last_holder");
    // bob grants carol; now bob can go, his keys and sessions with him.
    const { caseIdentity } = await openReport(h, bob, id);
    await h.request(
      "POST",
      `/api/cases/${id}/grants`,
      { personId: carol.personId, wrapped: toBase64(await wrapIdentityTo(carol.recipient, caseIdentity!)) },
      bob.headers,
    );
    expect(
      (await h.request("DELETE", `/api/admin/persons/${bob.personId}`, undefined, alice.headers)).status,
    ).toBe(204);
    expect((await h.request("GET", "/api/cases", undefined, bob.headers)).status).toBe(401);
    expect((await openReport(h, carol, id)).report?.whatHappened).toBe("shared");
    const recipients = await h.request<{ handlers: { id: string }[] }>(
      "GET",
      "/api/channels/default/recipients",
    );
    expect(recipients.json.handlers.map((p) => p.id)).not.toContain(bob.personId);
    const keys = await h.database.db.query.caseKeys.findMany();
    expect(keys.some((k) => k.personId === bob.personId)).toBe(false);
  });

  it("gives an admin without the handler role no way into a case", async () => {
    const h = await setup();
    const alice = await enrol(h, h.firstCode, "alice");
    const { code } = await createEnrolment(h.database, {
      roles: ["admin"],
      channelIds: ["default"],
      createdBy: alice.personId,
      now: h.clock(),
    });
    const dora = await enrol(h, code, "dora");
    await submit(h, { whatHappened: "x" });
    expect((await h.request("GET", "/api/cases", undefined, dora.headers)).status).toBe(403);
    const recipients = await h.request<{ handlers: { id: string }[] }>(
      "GET",
      "/api/channels/default/recipients",
    );
    expect(recipients.json.handlers.map((p) => p.id)).toEqual([alice.personId]);
  });
});
