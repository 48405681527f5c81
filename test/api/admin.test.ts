/**
 * The admin's routes (server/routes/admin.ts): offboarding keeps every case readable by someone, and
 * admin rights alone give no way into a case.
 */
import { describe, expect, it } from "vitest";
import { toBase64, wrapIdentityTo } from "../../crypto/index";
import { enrol, setup, submit } from "./harness";
import { caseIdOf, colleague, openReport, team } from "./team";

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
    const dora = await colleague(h, alice, "dora", ["admin"]);
    await submit(h, { whatHappened: "x" });
    expect((await h.request("GET", "/api/cases", undefined, dora.headers)).status).toBe(403);
    const recipients = await h.request<{ handlers: { id: string }[] }>(
      "GET",
      "/api/channels/default/recipients",
    );
    expect(recipients.json.handlers.map((p) => p.id)).toEqual([alice.personId]);
  });
});
