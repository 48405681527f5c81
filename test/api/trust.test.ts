/**
 * Trust that does not rest on the server's word (server/routes/trust.ts): the server keeps the roster
 * an admin's browser signed in serial order under the pinned channel key, the channel key sealed to
 * admins only, and audit checkpoints each signed by the person who sends them; it refuses anything
 * else and changes nothing. A report wrapped to the signed roster still goes through while the live
 * membership is ahead of it.
 */
import { describe, expect, it } from "vitest";
import {
  channelKeyText,
  encryptText,
  handlerSigningKey,
  newSigningKey,
  openRoster,
  type RosterContent,
  signCheckpoint,
  signRoster,
  toBase64,
} from "../../crypto/index";
import { createEnrolment } from "../../server/bootstrap";
import { buildSubmission, enrol, type Harness, type Staff, setup } from "./harness";
import { colleague } from "./team";

async function registerKey(h: Harness, s: Staff) {
  const key = handlerSigningKey(s.identity);
  await h.request("PUT", "/api/trust/signing-key", { signingKey: key.publicKey }, s.headers);
  return key;
}

async function draftOf(h: Harness, s: Staff): Promise<RosterContent> {
  const { json } = await h.request<{ draft: RosterContent }>("GET", "/api/trust", undefined, s.headers);
  return { people: json.draft.people, channels: json.draft.channels };
}

type Refusal = { error: { code: string } };

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

describe("the trust routes", () => {
  it("keep the roster in serial order under the pinned channel key and refuse anything else", async () => {
    const h = await setup();
    const alice = await enrol(h, h.firstCode, "alice");
    const bob = await colleague(h, alice, "bob", ["handler"]);
    await registerKey(h, alice);
    expect((await h.request("GET", "/api/roster")).status).toBe(404);
    const channelKey = newSigningKey();
    const first = signRoster(channelKey, await draftOf(h, alice), null, new Date(h.clock()));
    expect((await h.request("POST", "/api/trust/roster", first, bob.headers)).status).toBe(403);
    const stored = await h.request<{ serial: number }>("POST", "/api/trust/roster", first, alice.headers);
    expect(stored).toMatchObject({ status: 201, json: { serial: 1 } });
    expect((await h.request("GET", "/api/roster")).json).toEqual({ serial: 1, ...first });

    const before = await h.counts();
    const again = await h.request<Refusal>("POST", "/api/trust/roster", first, alice.headers);
    expect(again.status).toBe(409);
    expect(again.json.error.code).toBe("roster_stale");
    const previous = openRoster(first, { now: new Date(h.clock()) });
    const otherKey = signRoster(newSigningKey(), await draftOf(h, alice), previous, new Date(h.clock()));
    const foreign = await h.request<Refusal>("POST", "/api/trust/roster", otherKey, alice.headers);
    expect(foreign.status).toBe(400);
    expect(foreign.json.error.code).toBe("bad_roster");
    const forged = { ...signRoster(channelKey, await draftOf(h, alice), previous, new Date(h.clock())) };
    forged.signature = first.signature;
    expect(
      (await h.request<Refusal>("POST", "/api/trust/roster", forged, alice.headers)).json.error.code,
    ).toBe("bad_roster");
    expect(await h.counts()).toEqual(before);

    const second = signRoster(channelKey, await draftOf(h, alice), previous, new Date(h.clock()));
    expect((await h.request("POST", "/api/trust/roster", second, alice.headers)).json).toEqual({ serial: 2 });
  });

  it("seal the channel key to admins only, and show each admin their own copy", async () => {
    const h = await setup();
    const alice = await enrol(h, h.firstCode, "alice");
    const bob = await colleague(h, alice, "bob", ["handler"]);
    const channelKey = newSigningKey();
    const sealTo = async (recipient: string) =>
      toBase64(await encryptText([recipient], channelKeyText(channelKey)));
    const before = await h.counts();
    const toHandler = await h.request<Refusal>(
      "POST",
      "/api/trust/seals",
      { seals: [{ personId: bob.personId, sealed: await sealTo(bob.recipient) }] },
      alice.headers,
    );
    expect(toHandler.status).toBe(400);
    expect(toHandler.json.error.code).toBe("not_admin");
    const notSealed = await h.request(
      "POST",
      "/api/trust/seals",
      { seals: [{ personId: alice.personId, sealed: toBase64(new TextEncoder().encode("plain key")) }] },
      alice.headers,
    );
    expect(notSealed.status).toBe(400);
    expect(await h.counts()).toEqual(before);

    const sealed = await sealTo(alice.recipient);
    const stored = await h.request(
      "POST",
      "/api/trust/seals",
      { seals: [{ personId: alice.personId, sealed }] },
      alice.headers,
    );
    expect(stored).toMatchObject({ status: 201, json: { sealed: 1 } });
    const mine = await h.request<{ mySeal: string | null; anySeal: boolean }>(
      "GET",
      "/api/trust",
      undefined,
      alice.headers,
    );
    expect(mine.json).toMatchObject({ mySeal: sealed, anySeal: true });
    const theirs = await h.request<{ mySeal: string | null }>("GET", "/api/trust", undefined, bob.headers);
    expect(theirs.json.mySeal).toBeNull();
  });

  it("store an audit checkpoint only when the sender signed it for themselves", async () => {
    const h = await setup();
    const alice = await enrol(h, h.firstCode, "alice");
    const bob = await colleague(h, alice, "bob", ["handler"]);
    const head = { seq: 1, hash: "ab".repeat(32), at: h.clock().toISOString() };
    const aliceKey = handlerSigningKey(alice.identity);
    const forAlice = signCheckpoint(aliceKey, { ...head, personId: alice.personId });
    const before = await h.counts();
    const unregistered = await h.request<Refusal>("POST", "/api/trust/checkpoints", forAlice, alice.headers);
    expect(unregistered.json.error.code).toBe("no_signing_key");
    await registerKey(h, alice);
    await registerKey(h, bob);
    const bobsKey = await h.request<Refusal>(
      "POST",
      "/api/trust/checkpoints",
      signCheckpoint(handlerSigningKey(bob.identity), { ...head, personId: alice.personId }),
      alice.headers,
    );
    expect(bobsKey.json.error.code).toBe("bad_checkpoint");
    const forBob = await h.request<Refusal>(
      "POST",
      "/api/trust/checkpoints",
      signCheckpoint(aliceKey, { ...head, personId: bob.personId }),
      alice.headers,
    );
    expect(forBob.json.error.code).toBe("bad_checkpoint");
    expect((await h.counts()).auditCheckpoints).toBe(before.auditCheckpoints);

    expect((await h.request("POST", "/api/trust/checkpoints", forAlice, alice.headers)).json).toEqual({
      seq: 1,
    });
    const listed = await h.request<{ seq: number; personId: string }[]>(
      "GET",
      "/api/trust/checkpoints",
      undefined,
      bob.headers,
    );
    expect(listed.json.map(({ seq, personId }) => ({ seq, personId }))).toEqual([
      { seq: 1, personId: alice.personId },
    ]);
  });
});
