/**
 * The signed client release (server/routes/trust.ts): stored only when it verifies under the channel
 * key of the roster in force, published only by an admin, served to anyone.
 */
import { describe, expect, it } from "vitest";
import {
  handlerSigningKey,
  newSigningKey,
  openRelease,
  type RosterContent,
  type SigningKey,
  signRelease,
  signRoster,
} from "../../crypto/index";
import { createEnrolment } from "../../server/bootstrap";
import { enrol, type Harness, type Staff, setup } from "./harness";

const MANIFEST = `{\n  "version": "oc-files-1",\n  "files": {\n    "/report.html": "${"ab".repeat(32)}"\n  }\n}\n`;

async function signedRoster(h: Harness, admin: Staff, key: SigningKey): Promise<void> {
  await h.request(
    "PUT",
    "/api/trust/signing-key",
    { signingKey: handlerSigningKey(admin.identity).publicKey },
    admin.headers,
  );
  const { json } = await h.request<{ draft: RosterContent }>("GET", "/api/trust", undefined, admin.headers);
  const signed = signRoster(key, json.draft, null, new Date(h.clock()));
  expect((await h.request("POST", "/api/trust/roster", signed, admin.headers)).status).toBe(201);
}

describe("the signed client release", () => {
  it("serves nothing before an admin publishes, then the release the admin's key signed", async () => {
    const h = await setup();
    const alice = await enrol(h, h.firstCode, "alice");
    const channelKey = newSigningKey();
    await signedRoster(h, alice, channelKey);
    expect((await h.request("GET", "/api/release")).status).toBe(404);

    const release = signRelease(channelKey, MANIFEST, new Date(h.clock()));
    const stored = await h.request("POST", "/api/trust/release", release, alice.headers);
    expect(stored.status).toBe(201);
    const served = await h.request<{ body: string; signature: string }>("GET", "/api/release");
    expect(served.status).toBe(200);
    expect(openRelease(served.json, channelKey.publicKey).files).toBe(1);
  });

  it("refuses a release signed with any key but the roster's channel key, and changes nothing", async () => {
    const h = await setup();
    const alice = await enrol(h, h.firstCode, "alice");
    await signedRoster(h, alice, newSigningKey());
    const forged = signRelease(newSigningKey(), MANIFEST, new Date(h.clock()));
    const res = await h.request<{ error: { code: string } }>(
      "POST",
      "/api/trust/release",
      forged,
      alice.headers,
    );
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe("bad_release");
    expect((await h.request("GET", "/api/release")).status).toBe(404);
  });

  it("lets only an admin publish", async () => {
    const h = await setup();
    const alice = await enrol(h, h.firstCode, "alice");
    const channelKey = newSigningKey();
    await signedRoster(h, alice, channelKey);
    const { code } = await createEnrolment(h.database, {
      roles: ["handler"],
      channelIds: ["default"],
      createdBy: alice.personId,
      now: h.clock(),
    });
    const bob = await enrol(h, code, "bob");
    const release = signRelease(channelKey, MANIFEST, new Date(h.clock()));
    expect((await h.request("POST", "/api/trust/release", release, bob.headers)).status).toBe(403);
    expect((await h.request("POST", "/api/trust/release", release)).status).toBe(401);
  });
});
