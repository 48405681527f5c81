import { describe, expect, it } from "vitest";
import { handlerSigningKey, newSigningKey, type RosterContent, signRoster } from "../../crypto/index";
import { createEnrolment } from "../../server/bootstrap";
import { buildSubmission, enrol, setup } from "./harness";

describe("a signed roster that lags the live membership", () => {
  it("still takes a report wrapped to the signed roster while a new handler waits to be signed in", async () => {
    const h = await setup();
    const alice = await enrol(h, h.firstCode, "alice");
    await h.request(
      "PUT",
      "/api/trust/signing-key",
      { signingKey: handlerSigningKey(alice.identity).publicKey },
      alice.headers,
    );
    const { json } = await h.request<{ draft: RosterContent }>("GET", "/api/trust", undefined, alice.headers);
    const signed = signRoster(
      newSigningKey(),
      { people: json.draft.people, channels: json.draft.channels },
      null,
      new Date(h.clock()),
    );
    expect((await h.request("POST", "/api/trust/roster", signed, alice.headers)).status).toBeLessThan(300);

    // Bob joins the channel; no admin has signed him into the roster yet. The report page, which wraps only
    // to the signed roster, sends keys for alice alone.
    const { code } = await createEnrolment(h.database, {
      roles: ["handler"],
      channelIds: ["default"],
      createdBy: alice.personId,
      now: h.clock(),
    });
    const bob = await enrol(h, code, "bob");
    const { body } = await buildSubmission(h, { what: "lagging roster" });
    const wrapped = body.handlerKeys as { personId: string }[];
    expect(wrapped.map((k) => k.personId).sort()).toEqual([alice.personId, bob.personId].sort());
    body.handlerKeys = wrapped.filter((k) => k.personId === alice.personId);
    const res = await h.request<{ caseId?: string }>("POST", "/api/reports", body);
    expect(res.status).toBe(201);
    // A set that matches neither the live channel nor the signed roster is still refused.
    const other = await buildSubmission(h, { what: "nobody" });
    other.body.handlerKeys = (other.body.handlerKeys as { personId: string }[]).filter(
      (k) => k.personId === bob.personId,
    );
    const refused = await h.request<{ error: { code: string } }>("POST", "/api/reports", other.body);
    expect(refused.status).toBe(409);
    expect(refused.json.error.code).toBe("recipients_changed");
  });
});
