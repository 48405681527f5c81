/** GET /api/version, the admin's backup recipient and the Onion-Location header, on the real app. */
import { generateHybridIdentity, generateX25519Identity, identityToRecipient } from "age-encryption";
import { describe, expect, it } from "vitest";
import journal from "../../db/migrations/meta/_journal.json";
import pkg from "../../package.json";
import { createApp } from "../../server/app";
import { recipientFingerprint } from "../../server/backup/recipient";
import { enrol, setup } from "../api/harness";

describe("GET /api/version", () => {
  it("names the app version and the schema it migrates to, and nothing else", async () => {
    const h = await setup();
    const res = await h.request("GET", "/api/version");
    expect(res.status).toBe(200);
    expect(res.json).toEqual({
      app: pkg.version,
      schema: { migrations: journal.entries.length, latest: journal.entries.at(-1)!.tag },
    });
  });
});

describe("backup recipient in the console", () => {
  it("lets an admin set a hybrid recipient, shows its fingerprint and audits the change", async () => {
    const h = await setup();
    const alice = await enrol(h, h.firstCode, "alice");
    expect((await h.request("GET", "/api/admin/backup", undefined, alice.headers)).json).toMatchObject({
      recipient: null,
      fingerprint: null,
    });
    const recipient = await identityToRecipient(await generateHybridIdentity());
    const set = await h.request("PUT", "/api/admin/backup", { recipient }, alice.headers);
    expect(set.status).toBe(200);
    expect(set.json.fingerprint).toBe(recipientFingerprint(recipient));
    expect(set.json.fingerprint).toMatch(/^([0-9a-f]{4} ){7}[0-9a-f]{4}$/);
    expect((await h.request("GET", "/api/admin/backup", undefined, alice.headers)).json).toMatchObject({
      recipient,
    });
    const audit = await h.database.db.query.auditLog.findMany();
    expect(audit.at(-1)).toMatchObject({ action: "backup.recipient_set", actor: alice.personId });
    expect(audit.at(-1)?.detail).toContain(recipientFingerprint(recipient));
  });

  it("refuses plain X25519 and malformed recipients and changes nothing", async () => {
    const h = await setup();
    const alice = await enrol(h, h.firstCode, "alice");
    const before = await h.counts();
    const x25519 = await identityToRecipient(await generateX25519Identity());
    for (const recipient of [x25519, "age1pq1notarecipient", "", 42]) {
      const res = await h.request("PUT", "/api/admin/backup", { recipient }, alice.headers);
      expect(res.status).toBe(400);
      expect(res.json).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
    }
    expect(await h.counts()).toEqual(before);
  });

  it("is for admins only", async () => {
    const h = await setup();
    expect((await h.request("GET", "/api/admin/backup")).status).toBe(401);
  });
});

describe("Onion-Location", () => {
  const onion = `http://${"a".repeat(56)}.onion`;
  it("names the same path on the onion service when ONION_LOCATION is set, and only then", async () => {
    const h = await setup();
    const app = createApp({
      database: h.database,
      clock: h.clock,
      secret: new Uint8Array(32),
      onionLocation: onion,
    });
    const res = await app.request("http://localhost/api/version?x=1");
    expect(res.headers.get("onion-location")).toBe(`${onion}/api/version?x=1`);
    expect((await h.request("GET", "/api/version")).headers.get("onion-location")).toBeNull();
  });

  it("refuses an ONION_LOCATION that is not an onion origin at start", async () => {
    const h = await setup();
    expect(() =>
      createApp({
        database: h.database,
        clock: h.clock,
        secret: new Uint8Array(32),
        onionLocation: "https://example.org",
      }),
    ).toThrow(/ONION_LOCATION/);
  });
});
