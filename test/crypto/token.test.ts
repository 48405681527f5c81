import { bech32 } from "@scure/base";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CROCKFORD, group, luhn32 } from "../../crypto/base32";
import {
  CryptoError,
  deriveReporterKeys,
  generateCaseToken,
  isValidCaseToken,
  normalizeCaseToken,
  recipientOf,
  sha256Hex,
  toHex,
} from "../../crypto/index";
import { codeOfError } from "../helpers";

const crockfordChar = fc.constantFrom(...CROCKFORD.split(""));
const tokenData = fc.array(crockfordChar, { minLength: 24, maxLength: 24 }).map((a) => a.join(""));
const tokenFrom = (data: string) => group(data + luhn32(data), 5);
const codeOf = codeOfError(CryptoError);

describe("generateCaseToken", () => {
  it("writes five groups of five Crockford characters", () => {
    const t = generateCaseToken();
    expect(t).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}(?:-[0-9A-HJKMNP-TV-Z]{5}){4}$/);
  });

  it("makes tokens that are valid and already canonical", () => {
    for (let i = 0; i < 200; i++) {
      const t = generateCaseToken();
      expect(normalizeCaseToken(t)).toBe(t);
    }
  });

  it("uses every character of the alphabet and never repeats a token", () => {
    const tokens = new Set(Array.from({ length: 500 }, generateCaseToken));
    expect(tokens.size).toBe(500);
    const seen = new Set([...tokens].join("").replace(/-/g, ""));
    expect(seen.size).toBe(32);
  });
});

describe("normalizeCaseToken", () => {
  it("round-trips any token through the ways people retype it", () => {
    fc.assert(
      fc.property(tokenData, fc.constantFrom("", " ", "-", "  "), fc.boolean(), (data, sep, lower) => {
        const token = tokenFrom(data);
        let typed = token.replace(/-/g, sep).replace(/0/g, "O").replace(/1/g, "l");
        if (lower) typed = typed.toLowerCase();
        expect(normalizeCaseToken(typed)).toBe(token);
        expect(normalizeCaseToken(`  ${typed}\n`)).toBe(token);
      }),
    );
  });

  it("detects any single-character substitution", () => {
    fc.assert(
      fc.property(tokenData, fc.nat(24), crockfordChar, (data, pos, ch) => {
        const token = (data + luhn32(data)).split("");
        fc.pre(token[pos] !== ch);
        token[pos] = ch;
        expect(isValidCaseToken(token.join(""))).toBe(false);
      }),
    );
  });

  it("detects adjacent transpositions except of 0 and Z", () => {
    fc.assert(
      fc.property(tokenData, fc.nat(23), (data, pos) => {
        const s = data + luhn32(data);
        const a = s[pos]!;
        const b = s[pos + 1]!;
        fc.pre(a !== b && !(new Set([a, b]).has("0") && new Set([a, b]).has("Z")));
        expect(isValidCaseToken(s.slice(0, pos) + b + a + s.slice(pos + 2))).toBe(false);
      }),
    );
  });

  it("rejects a token of the wrong length", () => {
    const bare = generateCaseToken().replace(/-/g, "");
    expect(codeOf(() => normalizeCaseToken(bare.slice(0, 24)))).toBe("bad-token");
    expect(codeOf(() => normalizeCaseToken(`${bare}0`))).toBe("bad-token");
    expect(codeOf(() => normalizeCaseToken(""))).toBe("bad-token");
  });

  it("rejects characters outside the alphabet", () => {
    const bare = generateCaseToken().replace(/-/g, "");
    for (const bad of ["U", "u", "*", "_", ".", "é"]) {
      expect(codeOf(() => normalizeCaseToken(bad + bare.slice(1)))).toBe("bad-token");
    }
  });

  it("never puts the input in its error message", () => {
    const t = generateCaseToken();
    const typo = t.slice(0, 3) + (t[3] === "A" ? "B" : "A") + t.slice(4);
    try {
      normalizeCaseToken(typo);
      expect.unreachable();
    } catch (e) {
      expect((e as Error).message).not.toContain(typo.slice(0, 5));
    }
  });
});

describe("deriveReporterKeys", () => {
  it("derives the same keys from the same token however it is typed", async () => {
    const t = generateCaseToken();
    const a = await deriveReporterKeys(t);
    const b = await deriveReporterKeys(t.toLowerCase().replace(/-/g, " "));
    expect(toHex(b.loginKey)).toBe(toHex(a.loginKey));
    expect(b.identity).toBe(a.identity);
    expect(b.recipient).toBe(a.recipient);
  });

  it("yields a 32-byte login key and a hybrid age identity that match each other", async () => {
    const keys = await deriveReporterKeys(generateCaseToken());
    expect(keys.loginKey).toHaveLength(32);
    expect(keys.identity).toMatch(/^AGE-SECRET-KEY-PQ-1[0-9A-Z]{58}$/);
    expect(keys.recipient.startsWith("age1pq1")).toBe(true);
    expect(await recipientOf(keys.identity)).toBe(keys.recipient);
  });

  it("gives different tokens unrelated keys", async () => {
    const a = await deriveReporterKeys(generateCaseToken());
    const b = await deriveReporterKeys(generateCaseToken());
    expect(toHex(a.loginKey)).not.toBe(toHex(b.loginKey));
    expect(a.identity).not.toBe(b.identity);
  });

  it("derives the login key and the identity seed under different labels", async () => {
    const keys = await deriveReporterKeys(generateCaseToken());
    const seed = bech32.decodeToBytes(keys.identity).bytes;
    expect(seed).toHaveLength(32);
    expect(toHex(seed)).not.toBe(toHex(keys.loginKey));
    expect(sha256Hex(keys.loginKey)).not.toBe(toHex(seed));
  });

  it("refuses an invalid token", async () => {
    await expect(deriveReporterKeys("not-a-token")).rejects.toMatchObject({ code: "bad-token" });
  });
});
