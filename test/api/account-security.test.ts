/**
 * A stolen session cookie, a stranger guessing passphrases and a TLS proxy in front: what the account
 * routes must still refuse or get right (issue 11).
 */
import { describe, expect, it } from "vitest";
import {
  deriveHandlerKeys,
  generateRecoveryKey,
  newKdfParams,
  sealIdentity,
  toBase64,
} from "../../crypto/index";
import { totpCode } from "../../server/auth/totp";
import { forwardedAddress } from "../../server/middleware/rate-limit";
import { enrol, proofOf, setup, TEST_KDF } from "./harness";

async function recoveryBody(identity: string, handle: string) {
  const kdf = newKdfParams(TEST_KDF);
  const rk = await deriveHandlerKeys(generateRecoveryKey(), kdf);
  return {
    kdf,
    authKey: toBase64(rk.authKey),
    sealedIdentity: toBase64(sealIdentity(identity, rk.wrapKey, handle)),
  };
}

describe("sensitive account changes", () => {
  it("refuses PUT /api/me/recovery with the cookie alone, or without the second factor", async () => {
    const h = await setup();
    const alice = await enrol(h, h.firstCode, "alice");
    const before = await h.counts();
    const cookieOnly = await h.request<{ error: { code: string } }>(
      "PUT",
      "/api/me/recovery",
      await recoveryBody(alice.identity, "alice"),
      alice.headers,
    );
    expect(cookieOnly.status).toBe(401);
    expect(cookieOnly.json.error.code).toBe("proof_required");
    const wrongKey = await h.request(
      "PUT",
      "/api/me/recovery",
      {
        ...(await recoveryBody(alice.identity, "alice")),
        proof: await proofOf(h, { ...alice, passphrase: "wrong guess here" }),
      },
      alice.headers,
    );
    expect(wrongKey.status).toBe(401);
    expect((await h.counts()).persons).toBe(before.persons);

    // With TOTP on, the passphrase key alone is not enough either.
    const setupRes = await h.request<{ secret: string }>(
      "POST",
      "/api/me/totp/setup",
      { proof: await proofOf(h, alice) },
      alice.headers,
    );
    const secret = setupRes.json.secret;
    await h.request("POST", "/api/me/totp/enable", { code: totpCode(secret, h.clock()) }, alice.headers);
    h.clock.set("2026-11-27T10:01:00Z");
    const noCode = await h.request<{ error: { code: string } }>(
      "PUT",
      "/api/me/recovery",
      { ...(await recoveryBody(alice.identity, "alice")), proof: await proofOf(h, alice) },
      alice.headers,
    );
    expect(noCode.status).toBe(401);
    expect(noCode.json.error.code).toBe("totp_required");
    const both = await h.request(
      "PUT",
      "/api/me/recovery",
      {
        ...(await recoveryBody(alice.identity, "alice")),
        proof: await proofOf(h, alice, totpCode(secret, h.clock())),
      },
      alice.headers,
    );
    expect(both.status).toBe(200);
  });

  it("refuses the notify address and TOTP setup from a cookie alone", async () => {
    const h = await setup();
    const alice = await enrol(h, h.firstCode, "alice");
    for (const [method, path, body] of [
      ["PUT", "/api/me/notify-email", { email: "mallory@example.test" }],
      ["POST", "/api/me/totp/setup", {}],
      ["PUT", "/api/me/passphrase", await recoveryBody(alice.identity, "alice")],
    ] as const) {
      const res = await h.request(method, path, body, alice.headers);
      expect(res.status, path).toBe(401);
    }
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
