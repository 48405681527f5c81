/**
 * Who can open a case (server/routes/access.ts): access follows the keys, the identity section opens
 * for custodians only (Art. 16), and the custodian boundary: only custodians revoke identity keys, the
 * last custodian key of a case can be neither revoked nor offboarded away, and a custodian who is not
 * a handler on the case still opens its identity section.
 */
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
import { enrol, sealedText, setup, submit } from "./harness";
import { caseIdOf, custodianTeam, openReport, team } from "./team";

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

describe("the custodian boundary", () => {
  it("lets a custodian without the case key open the identity section", async () => {
    const h = await setup();
    const { alice, dora } = await custodianTeam(h);
    const { reporter } = await submit(
      h,
      { whatHappened: "boundary" },
      { identity: { name: "Rita Reporter" } },
    );
    const [heldCase] = await h.database.db.query.cases.findMany();
    const id = heldCase!.id;
    expect((await h.request("GET", `/api/cases/${id}`, undefined, dora.headers)).status).toBe(404);
    const asked = await h.request(
      "POST",
      `/api/cases/${id}/identity-requests`,
      { reason: await sealedText(reporter.caseRecipient, "Needed to protect her from retaliation.") },
      dora.headers,
    );
    expect(asked.status).toBe(201);
    const opened = await h.request<{ section: string; myKey: string }>(
      "GET",
      `/api/cases/${id}/identity`,
      undefined,
      dora.headers,
    );
    expect(opened.status).toBe(200);
    const key = await unwrapIdentity(dora.identity, fromBase64(opened.json.myKey));
    const section = await decryptJson<{ name: string }>([key], fromBase64(opened.json.section));
    expect(section.name).toBe("Rita Reporter");
    expect(alice.personId).toBeTruthy();
  });

  it("lets only custodians revoke identity keys, and never the last one", async () => {
    const h = await setup();
    const { alice, bob, dora, erin } = await custodianTeam(h);
    await submit(h, { whatHappened: "boundary" }, { identity: { name: "Rita Reporter" } });
    const [heldCase] = await h.database.db.query.cases.findMany();
    const id = heldCase!.id;
    const before = await h.counts();

    // A plain handler cannot take a custodian's key away.
    const byHandler = await h.request<{ error: { code: string } }>(
      "DELETE",
      `/api/cases/${id}/grants/${dora.personId}`,
      undefined,
      bob.headers,
    );
    expect(byHandler.status).toBe(403);
    expect(await h.counts()).toEqual(before);

    // A custodian can, while another custodian keeps a key ...
    expect(
      (await h.request("DELETE", `/api/cases/${id}/grants/${dora.personId}`, undefined, alice.headers))
        .status,
    ).toBe(204);
    // ... but not the last one: not by giving it up, and not by offboarding.
    const last = await h.request<{ error: { code: string } }>(
      "DELETE",
      `/api/cases/${id}/grants/me`,
      undefined,
      alice.headers,
    );
    expect(last.status).toBe(409);
    expect(last.json.error.code).toBe("last_custodian");
    const offboard = await h.request<{ error: { code: string } }>(
      "DELETE",
      `/api/admin/persons/${alice.personId}`,
      undefined,
      erin.headers,
    );
    expect(offboard.status).toBe(409);
    expect(offboard.json.error.code).toBe("last_custodian");
  });
});
