/**
 * Sign-in and enrolment (server/routes/staff.ts). No answer tells which handles exist: the same shape
 * and key order for real and unknown names, fake salts that survive a restart, and no audit write on
 * only one failure path (issue 11). Session cookies and HSTS follow the public URL, not the proxy; a
 * stranger guessing passphrases waits, the person elsewhere does not.
 */
import { describe, expect, it } from "vitest";
import { toBase64 } from "../../crypto/index";
import { auditLog } from "../../db/schema";
import { forwardedAddress } from "../../server/middleware/rate-limit";
import { enrol, proofOf, setup } from "./harness";

/** The answer's structure: keys in order, with the type and length of every leaf. */
function shapeOf(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(shapeOf);
  if (x && typeof x === "object") return Object.entries(x).map(([k, v]) => [k, shapeOf(v)]);
  return typeof x === "string" ? `string(${x.length})` : typeof x;
}

describe("handle enumeration", () => {
  it("answers /api/session/params alike for a real and an unknown handle, stable across a restart", async () => {
    const h = await setup();
    await enrol(h, h.firstCode, "alice");
    const real = await h.request("POST", "/api/session/params", { handle: "alice" });
    const unknown = await h.request<{ kdf: { salt: string } }>("POST", "/api/session/params", {
      handle: "bob",
    });
    expect(real.status).toBe(200);
    expect(unknown.status).toBe(200);
    expect(JSON.stringify(shapeOf(unknown.json))).toBe(JSON.stringify(shapeOf(real.json)));
    expect(Object.keys((real.json as { kdf: object }).kdf)).toEqual(Object.keys(unknown.json.kdf));

    // A restart: a new app with a new start-up secret over the same database.
    const again = await setup({ database: h.database, secret: new Uint8Array(32).fill(9) });
    const after = await again.request<{ kdf: { salt: string } }>("POST", "/api/session/params", {
      handle: "bob",
    });
    expect(after.json.kdf.salt).toBe(unknown.json.kdf.salt);
    const recoverBefore = await h.request<{ kdf: { salt: string } }>("POST", "/api/session/recover/params", {
      handle: "bob",
    });
    const recoverAfter = await again.request<{ kdf: { salt: string } }>(
      "POST",
      "/api/session/recover/params",
      {
        handle: "bob",
      },
    );
    expect(recoverAfter.json.kdf.salt).toBe(recoverBefore.json.kdf.salt);
  });

  it("gives passkey options of one shape for a real and an unknown handle", async () => {
    const h = await setup();
    await enrol(h, h.firstCode, "alice");
    const real = await h.request("POST", "/api/session/passkey/options", { handle: "alice" });
    const unknown = await h.request("POST", "/api/session/passkey/options", { handle: "bob" });
    expect(real.status).toBe(200);
    expect(JSON.stringify(shapeOf(unknown.json))).toBe(JSON.stringify(shapeOf(real.json)));
    const again = await setup({ database: h.database, secret: new Uint8Array(32).fill(9) });
    const later = await again.request<{ options: { allowCredentials: { id: string }[] } }>(
      "POST",
      "/api/session/passkey/options",
      { handle: "bob" },
    );
    expect(later.json.options.allowCredentials).toEqual(
      (unknown.json as typeof later.json).options.allowCredentials,
    );
  });

  it("writes no audit entry for a wrong passphrase, real handle or not", async () => {
    const h = await setup();
    await enrol(h, h.firstCode, "alice");
    const auditRows = async () => (await h.database.db.select().from(auditLog)).length;
    const before = await auditRows();
    const junk = toBase64(new Uint8Array(32).fill(1));
    const real = await h.request("POST", "/api/session", { handle: "alice", authKey: junk });
    const unknown = await h.request("POST", "/api/session", { handle: "bob", authKey: junk });
    expect(real.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(unknown.json).toEqual(real.json);
    expect(await auditRows()).toBe(before);
  });
});

describe("cookies and transport", () => {
  it("sets Secure and HSTS from an https PUBLIC_URL, though the proxy speaks plain http", async () => {
    const h = await setup({ publicUrl: "https://channel.example.org" });
    const res = await h.request("POST", "/api/enrolment", {});
    expect(res.headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
    const alice = await h.app.request("http://localhost/api/session/params", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ handle: "alice" }),
    });
    expect(alice.headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
    const staff = await enrol(h, h.firstCode, "alice");
    const signedIn = await h.request("POST", "/api/session", {
      handle: "alice",
      authKey: (await proofOf(h, staff)).authKey,
    });
    const cookie = signedIn.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/oc_session=/);
    expect(cookie).toMatch(/;\s*Secure/i);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    // A session cookie: it goes when the browser closes.
    expect(cookie).not.toMatch(/Max-Age|Expires/i);
  });

  it("sets neither Secure nor HSTS for a plain-http channel", async () => {
    const h = await setup({ publicUrl: "http://127.0.0.1:8787" });
    const res = await h.request("POST", "/api/enrolment", {});
    expect(res.headers.get("strict-transport-security")).toBeNull();
  });
});

describe("sign-in back-off", () => {
  it("lets the right passphrase in from another address prefix after 10 failures from one", async () => {
    const h = await setup({ addressOf: forwardedAddress });
    const alice = await enrol(h, h.firstCode, "alice");
    const bad = await proofOf(h, { ...alice, passphrase: "not the passphrase" });
    const good = await proofOf(h, alice);
    const from = (address: string) => ({ "x-forwarded-for": `10.9.9.9, ${address}` });
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) {
      const res = await h.request(
        "POST",
        "/api/session",
        { handle: "alice", authKey: bad.authKey },
        from(`203.0.113.${i}`),
      );
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5).every((s) => s === 429)).toBe(true);
    // The guesser's own prefix waits, even with the right key ...
    const same = await h.request(
      "POST",
      "/api/session",
      { handle: "alice", authKey: good.authKey },
      from("203.0.113.99"),
    );
    expect(same.status).toBe(429);
    // ... the person, elsewhere, signs in.
    const elsewhere = await h.request(
      "POST",
      "/api/session",
      { handle: "alice", authKey: good.authKey },
      from("198.51.100.7"),
    );
    expect(elsewhere.status).toBe(200);
  });
});
