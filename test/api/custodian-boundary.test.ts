/**
 * The custodian boundary of Art. 16 (issue 11): only custodians revoke identity keys, the last
 * custodian key of a case can be neither revoked nor offboarded away, and a custodian who is not a
 * handler on the case still opens its identity section.
 */
import { describe, expect, it } from "vitest";
import { decryptJson, fromBase64, unwrapIdentity } from "../../crypto/index";
import { createEnrolment } from "../../server/bootstrap";
import { enrol, type Harness, sealedText, setup, submit } from "./harness";

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
  return {
    alice,
    bob: await mk("bob", ["handler"]),
    dora: await mk("dora", ["custodian"]),
    erin: await mk("erin", ["admin"]),
  };
}

describe("the custodian boundary", () => {
  it("lets a custodian without the case key open the identity section", async () => {
    const h = await setup();
    const { alice, dora } = await team(h);
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
    const { alice, bob, dora, erin } = await team(h);
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
