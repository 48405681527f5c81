import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CryptoError,
  DEFAULT_KDF,
  deriveHandlerKeys,
  fromBase64,
  generateRecoveryKey,
  type KdfParams,
  newHandlerIdentity,
  newKdfParams,
  normalizeRecoveryKey,
  openIdentity,
  randomBytes,
  recipientOf,
  sealIdentity,
  toHex,
} from "../../crypto/index";
import { codeOfError } from "../helpers";

const FAST = () => newKdfParams({ logN: 10 });
const codeOf = codeOfError(CryptoError);

describe("newKdfParams", () => {
  it("uses the default cost and a fresh 16-byte salt", () => {
    const p = newKdfParams();
    expect(p).toMatchObject({ version: "oc-kdf-1", logN: DEFAULT_KDF.logN, r: 8, p: 1 });
    expect(fromBase64(p.salt)).toHaveLength(16);
    expect(newKdfParams().salt).not.toBe(p.salt);
  });

  it("costs scrypt N = 2^17, r = 8, p = 1 by default", () => {
    expect(DEFAULT_KDF).toEqual({ version: "oc-kdf-1", logN: 17, r: 8, p: 1 });
  });

  it("refuses overrides out of range", () => {
    expect(codeOf(() => newKdfParams({ logN: 9 }))).toBe("bad-kdf");
    expect(codeOf(() => newKdfParams({ r: 0 }))).toBe("bad-kdf");
  });
});

describe("deriveHandlerKeys", () => {
  it("derives the same keys from the same passphrase and parameters", async () => {
    const params = FAST();
    const a = await deriveHandlerKeys("correct horse", params);
    const b = await deriveHandlerKeys("correct horse", { ...params });
    expect(toHex(a.authKey)).toBe(toHex(b.authKey));
    expect(toHex(a.wrapKey)).toBe(toHex(b.wrapKey));
    expect(a.authKey).toHaveLength(32);
    expect(toHex(a.authKey)).not.toBe(toHex(a.wrapKey));
  });

  it("derives different keys for another salt or passphrase", async () => {
    const params = FAST();
    const a = await deriveHandlerKeys("correct horse", params);
    const b = await deriveHandlerKeys("correct horse", FAST());
    const c = await deriveHandlerKeys("correct horsE", params);
    expect(new Set([a, b, c].map((k) => toHex(k.authKey))).size).toBe(3);
  });

  it("treats composed and decomposed accents as the same passphrase", async () => {
    const params = FAST();
    const nfc = await deriveHandlerKeys("Grüße", params);
    const nfd = await deriveHandlerKeys("Grüße".normalize("NFD"), params);
    expect(toHex(nfd.wrapKey)).toBe(toHex(nfc.wrapKey));
  });

  it("rejects unknown versions and absurd parameters", async () => {
    const ok = FAST();
    const bad: unknown[] = [
      { ...ok, version: "oc-kdf-2" },
      { ...ok, logN: 9 },
      { ...ok, logN: 21 },
      { ...ok, logN: 12.5 },
      { ...ok, logN: "12" },
      { ...ok, r: 0 },
      { ...ok, r: 64 },
      { ...ok, p: 0 },
      { ...ok, logN: 20, r: 16 },
      { ...ok, salt: "AAAA" },
      { ...ok, salt: "not base64!" },
      { ...ok, salt: undefined },
      null,
    ];
    for (const params of bad) {
      await expect(deriveHandlerKeys("pw", params as KdfParams)).rejects.toMatchObject({ code: "bad-kdf" });
    }
  });

  it("refuses parameters cheaper than the caller's minimum", async () => {
    await expect(deriveHandlerKeys("pw", FAST(), { minLogN: DEFAULT_KDF.logN })).rejects.toThrow(
      "kdf cost below minimum",
    );
    await expect(deriveHandlerKeys("pw", FAST(), { minLogN: 10 })).resolves.toHaveProperty("authKey");
  });

  it("rejects an empty passphrase", async () => {
    await expect(deriveHandlerKeys("", FAST())).rejects.toMatchObject({ code: "bad-kdf" });
  });

  it("takes noticeable time at the default cost", async () => {
    const start = performance.now();
    await deriveHandlerKeys("correct horse battery staple", newKdfParams());
    const ms = Math.round(performance.now() - start);
    console.log(`deriveHandlerKeys with DEFAULT_KDF (logN ${DEFAULT_KDF.logN}) in Node: ${ms} ms`);
    expect(ms).toBeGreaterThan(0);
  });
});

describe("sealIdentity and openIdentity", () => {
  it("round-trips any identity and associated data", () => {
    const key = randomBytes(32);
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.string({ maxLength: 50 }), (identity, aad) => {
        expect(openIdentity(sealIdentity(identity, key, aad), key, aad)).toBe(identity);
      }),
    );
  });

  it("a wrong passphrase does not unwrap a handler's identity", async () => {
    const params = FAST();
    const { identity } = await newHandlerIdentity();
    const right = await deriveHandlerKeys("correct horse battery staple", params);
    const wrong = await deriveHandlerKeys("correct horse battery stapler", params);
    const sealed = sealIdentity(identity, right.wrapKey, "alice");
    expect(codeOf(() => openIdentity(sealed, wrong.wrapKey, "alice"))).toBe("unwrap-failed");
    expect(openIdentity(sealed, right.wrapKey, "alice")).toBe(identity);
  });

  it("binds the sealed identity to its handler", () => {
    const key = randomBytes(32);
    const sealed = sealIdentity("AGE-SECRET-KEY-PQ-1X", key, "alice");
    expect(codeOf(() => openIdentity(sealed, key, "mallory"))).toBe("unwrap-failed");
  });

  it("detects any change to the sealed bytes", () => {
    const key = randomBytes(32);
    const sealed = sealIdentity("AGE-SECRET-KEY-PQ-1X", key, "alice");
    fc.assert(
      fc.property(fc.nat(sealed.length - 1), fc.integer({ min: 1, max: 255 }), (pos, delta) => {
        const t = sealed.slice();
        t[pos] = (t[pos]! + delta) & 0xff;
        expect(codeOf(() => openIdentity(t, key, "alice"))).toBe("unwrap-failed");
      }),
    );
    for (let n = 0; n < sealed.length; n++) {
      expect(codeOf(() => openIdentity(sealed.subarray(0, n), key, "alice"))).toBe("unwrap-failed");
    }
  });

  it("rejects an unknown container version instead of trying it", () => {
    const key = randomBytes(32);
    const sealed = sealIdentity("id", key, "a");
    sealed[8] = 0x32;
    expect(() => openIdentity(sealed, key, "a")).toThrow("unknown sealed identity version");
  });

  it("starts with the literal version and uses a fresh nonce each time", () => {
    const key = randomBytes(32);
    const a = sealIdentity("id", key, "a");
    const b = sealIdentity("id", key, "a");
    expect(new TextDecoder().decode(a.subarray(0, 9))).toBe("oc-seal-1");
    expect(a).toHaveLength(9 + 24 + 2 + 16);
    expect(toHex(a)).not.toBe(toHex(b));
  });

  it("refuses a wrap key that is not 32 bytes", () => {
    expect(codeOf(() => sealIdentity("id", new Uint8Array(16), "a"))).toBe("bad-kdf");
    const sealed = sealIdentity("id", randomBytes(32), "a");
    expect(codeOf(() => openIdentity(sealed, new Uint8Array(16), "a"))).toBe("unwrap-failed");
  });
});

describe("recovery keys", () => {
  it("prints seven groups of four Crockford characters", () => {
    expect(generateRecoveryKey()).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(?:-[0-9A-HJKMNP-TV-Z]{4}){6}$/);
  });

  it("normalises what people type back to the printed key", () => {
    fc.assert(
      fc.property(fc.constant(null), () => {
        const k = generateRecoveryKey();
        expect(normalizeRecoveryKey(k.toLowerCase().replace(/-/g, " ").replace(/0/g, "o"))).toBe(k);
      }),
      { numRuns: 50 },
    );
  });

  it("detects any single-character substitution", () => {
    const alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    fc.assert(
      fc.property(fc.nat(27), fc.constantFrom(...alphabet.split("")), (pos, ch) => {
        const bare = generateRecoveryKey().replace(/-/g, "").split("");
        fc.pre(bare[pos] !== ch);
        bare[pos] = ch;
        expect(codeOf(() => normalizeRecoveryKey(bare.join("")))).toBe("bad-token");
      }),
    );
  });

  it("opens a second sealed copy of the identity", async () => {
    const { identity } = await newHandlerIdentity();
    const recovery = generateRecoveryKey();
    const params = FAST();
    const { wrapKey } = await deriveHandlerKeys(recovery, params);
    const sealed = sealIdentity(identity, wrapKey, "alice");
    const typed = recovery.toLowerCase().replace(/-/g, "");
    const again = await deriveHandlerKeys(normalizeRecoveryKey(typed), params);
    expect(openIdentity(sealed, again.wrapKey, "alice")).toBe(identity);
  });
});

describe("newHandlerIdentity", () => {
  it("makes a hybrid post-quantum identity", async () => {
    const h = await newHandlerIdentity();
    expect(h.identity).toMatch(/^AGE-SECRET-KEY-PQ-1/);
    expect(await recipientOf(h.identity)).toBe(h.recipient);
  });
});
