import { describe, expect, it } from "vitest";
import {
  deriveHandlerKeys,
  fromBase64,
  generateRecoveryKey,
  newKdfParams,
  openIdentity,
  sealIdentity,
  toBase64,
} from "../../crypto/index";
import { settings } from "../../db/schema";
import { totpCode } from "../../server/auth/totp";
import { enrol, type Harness, proofOf, type Staff, setup, signIn, TEST_KDF } from "./harness";

async function authKeyFor(h: Harness, handle: string, passphrase: string) {
  const params = await h.request<{ kdf: Parameters<typeof deriveHandlerKeys>[1] }>(
    "POST",
    "/api/session/params",
    { handle },
  );
  return deriveHandlerKeys(passphrase, params.json.kdf);
}

async function turnOnTotp(h: Harness, s: Staff) {
  const setupRes = await h.request<{ secret: string; uri: string }>(
    "POST",
    "/api/me/totp/setup",
    { proof: await proofOf(h, s) },
    s.headers,
  );
  expect(setupRes.json.uri).toMatch(/^otpauth:\/\/totp\//);
  const enabled = await h.request(
    "POST",
    "/api/me/totp/enable",
    { code: totpCode(setupRes.json.secret, h.clock()) },
    s.headers,
  );
  expect(enabled.status).toBe(200);
  return setupRes.json.secret;
}

describe("second factor and sign-in limits", () => {
  it("demands TOTP once enabled, and accepts each code once", async () => {
    const h = await setup();
    const alice = await enrol(h, h.firstCode, "alice");
    const secret = await turnOnTotp(h, alice);
    h.clock.advanceDays(1);
    const { authKey } = await authKeyFor(h, "alice", alice.passphrase);
    const missing = await h.request<{ error: { code: string } }>("POST", "/api/session", {
      handle: "alice",
      authKey: toBase64(authKey),
    });
    expect(missing.status).toBe(401);
    expect(missing.json.error.code).toBe("totp_required");
    const wrong = await h.request<{ error: { code: string } }>("POST", "/api/session", {
      handle: "alice",
      authKey: toBase64(authKey),
      totp: "000000",
    });
    expect(wrong.json.error.code).toBe("bad_totp");
    const code = totpCode(secret, h.clock());
    expect(
      (await h.request("POST", "/api/session", { handle: "alice", authKey: toBase64(authKey), totp: code }))
        .status,
    ).toBe(200);
    const replay = await h.request<{ error: { code: string } }>("POST", "/api/session", {
      handle: "alice",
      authKey: toBase64(authKey),
      totp: code,
    });
    expect(replay.json.error.code).toBe("bad_totp");
  });

  it("refuses sign-in after repeated failures, even with the right passphrase", async () => {
    const h = await setup();
    const alice = await enrol(h, h.firstCode, "alice");
    const bad = await authKeyFor(h, "alice", "not the passphrase");
    for (let i = 0; i < 5; i++) {
      expect(
        (await h.request("POST", "/api/session", { handle: "alice", authKey: toBase64(bad.authKey) })).status,
      ).toBe(401);
    }
    const good = await authKeyFor(h, "alice", alice.passphrase);
    const blocked = await h.request<{ error: { code: string } }>("POST", "/api/session", {
      handle: "alice",
      authKey: toBase64(good.authKey),
    });
    expect(blocked.status).toBe(429);
    expect(blocked.json.error.code).toBe("rate_limited");
    h.clock.set("2026-11-27T10:16:00Z");
    expect(
      (await h.request("POST", "/api/session", { handle: "alice", authKey: toBase64(good.authKey) })).status,
    ).toBe(200);
  });

  it("lets the admin make TOTP mandatory: nothing but TOTP setup until it is on", async () => {
    const h = await setup();
    const alice = await enrol(h, h.firstCode, "alice");
    await h.database.db.update(settings).set({ requireTotp: true });
    const blocked = await h.request<{ error: { code: string } }>(
      "GET",
      "/api/cases",
      undefined,
      alice.headers,
    );
    expect(blocked.status).toBe(403);
    expect(blocked.json.error.code).toBe("totp_setup_required");
    await turnOnTotp(h, alice);
    expect((await h.request("GET", "/api/cases", undefined, alice.headers)).status).toBe(200);
  });
});

describe("passphrase, recovery key, sessions", () => {
  it("changes the passphrase by re-sealing the identity; the old passphrase stops working", async () => {
    const h = await setup();
    const alice = await enrol(h, h.firstCode, "alice");
    const current = await authKeyFor(h, "alice", alice.passphrase);
    const kdf = newKdfParams(TEST_KDF);
    const next = await deriveHandlerKeys("a brand new passphrase", kdf);
    const res = await h.request(
      "PUT",
      "/api/me/passphrase",
      {
        proof: { authKey: toBase64(current.authKey) },
        kdf,
        authKey: toBase64(next.authKey),
        sealedIdentity: toBase64(sealIdentity(alice.identity, next.wrapKey, "alice")),
      },
      alice.headers,
    );
    expect(res.status).toBe(200);
    expect(
      (await h.request("POST", "/api/session", { handle: "alice", authKey: toBase64(current.authKey) }))
        .status,
    ).toBe(401);
    const signedIn = await h.request<{ sealedIdentity: string }>("POST", "/api/session", {
      handle: "alice",
      authKey: toBase64((await authKeyFor(h, "alice", "a brand new passphrase")).authKey),
    });
    expect(openIdentity(fromBase64(signedIn.json.sealedIdentity), next.wrapKey, "alice")).toBe(
      alice.identity,
    );
  });

  it("recovers the identity with the printable recovery key", async () => {
    const h = await setup();
    const alice = await enrol(h, h.firstCode, "alice");
    const recoveryKey = generateRecoveryKey();
    const kdf = newKdfParams(TEST_KDF);
    const rk = await deriveHandlerKeys(recoveryKey, kdf);
    await h.request(
      "PUT",
      "/api/me/recovery",
      {
        proof: await proofOf(h, alice),
        kdf,
        authKey: toBase64(rk.authKey),
        sealedIdentity: toBase64(sealIdentity(alice.identity, rk.wrapKey, "alice")),
      },
      alice.headers,
    );
    const params = await h.request<{ kdf: typeof kdf }>("POST", "/api/session/recover/params", {
      handle: "alice",
    });
    const again = await deriveHandlerKeys(recoveryKey, params.json.kdf);
    const res = await h.request<{ sealedIdentity: string; recoveryGrant: string }>(
      "POST",
      "/api/session/recover",
      {
        handle: "alice",
        authKey: toBase64(again.authKey),
      },
    );
    expect(res.status).toBe(200);
    expect(openIdentity(fromBase64(res.json.sealedIdentity), again.wrapKey, "alice")).toBe(alice.identity);
    // After recovery, a new passphrase is set with the recovery key as proof.
    const kdf2 = newKdfParams(TEST_KDF);
    const fresh = await deriveHandlerKeys("passphrase after recovery", kdf2);
    const reset = await h.request(
      "PUT",
      "/api/me/passphrase",
      {
        recovery: { authKey: toBase64(again.authKey), grant: res.json.recoveryGrant },
        kdf: kdf2,
        authKey: toBase64(fresh.authKey),
        sealedIdentity: toBase64(sealIdentity(alice.identity, fresh.wrapKey, "alice")),
      },
      { cookie: (res.headers.get("set-cookie") ?? "").split(";")[0]!, "x-oc-csrf": "1" },
    );
    expect(reset.json).toEqual({ ok: true });
    expect(
      (
        await h.request("POST", "/api/session", {
          handle: "alice",
          authKey: toBase64((await authKeyFor(h, "alice", "passphrase after recovery")).authKey),
        })
      ).status,
    ).toBe(200);
    const wrong = await deriveHandlerKeys(generateRecoveryKey(), params.json.kdf);
    expect(
      (await h.request("POST", "/api/session/recover", { handle: "alice", authKey: toBase64(wrong.authKey) }))
        .status,
    ).toBe(401);
  });

  it("logs out everywhere", async () => {
    const h = await setup();
    const alice = await enrol(h, h.firstCode, "alice");
    const second = { ...alice };
    await signIn(h, second);
    expect((await h.request("GET", "/api/me", undefined, alice.headers)).status).toBe(200);
    expect((await h.request("DELETE", "/api/sessions", undefined, second.headers)).status).toBe(204);
    expect((await h.request("GET", "/api/me", undefined, alice.headers)).status).toBe(401);
    expect((await h.request("GET", "/api/me", undefined, second.headers)).status).toBe(401);
  });
});

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
