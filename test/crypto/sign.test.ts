import { ed25519 } from "@noble/curves/ed25519.js";
import { hexToBytes } from "@noble/hashes/utils.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  fromBase64,
  type SigningKey,
  type StatementLabel,
  signingKeyFromSeed,
  signStatement,
  signStatementAsync,
  toBase64,
  utf8,
  verifyStatement,
} from "../../crypto/index";

const labels: StatementLabel[] = ["oc-receipt-1", "oc-entry-1", "oc-roster-1", "oc-note-2"];
/** What noble's own `ed25519.sign` makes of the same statement. */
const nobleSignature = (label: StatementLabel, seed: Uint8Array, body: string) =>
  toBase64(ed25519.sign(utf8(`${label}\n${body}`), seed));

describe("signed statements (Ed25519, RFC 8032)", () => {
  it("sign byte for byte as noble's ed25519.sign does, for any seed and body", () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        fc.string({ maxLength: 300 }),
        fc.constantFrom(...labels),
        (seed, body, label) => {
          const key = signingKeyFromSeed(seed);
          const signed = signStatement(label, key, body);
          expect(signed.signature).toBe(nobleSignature(label, seed, body));
          expect(key.publicKey).toBe(toBase64(ed25519.getPublicKey(seed)));
          verifyStatement(label, key.publicKey, signed);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("match RFC 8032 test 2 (section 7.1) for the key pair", () => {
    const key = signingKeyFromSeed(
      hexToBytes("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb"),
    );
    expect(key.publicKey).toBe(
      toBase64(hexToBytes("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c")),
    );
  });

  it("sign with a key written as a plain object, as with one made by signingKeyFromSeed", () => {
    const seed = crypto.getRandomValues(new Uint8Array(32));
    const made = signingKeyFromSeed(seed);
    const plain: SigningKey = { seed: seed.slice(), publicKey: made.publicKey };
    expect(signStatement("oc-entry-1", plain, "{}")).toEqual(signStatement("oc-entry-1", made, "{}"));
  });

  it("sign with the seed a key holds now, not the one it was made with", () => {
    const key = signingKeyFromSeed(new Uint8Array(32).fill(1));
    signStatement("oc-entry-1", key, "{}");
    key.seed.fill(2);
    const signed = signStatement("oc-entry-1", key, "{}");
    expect(signed.signature).toBe(nobleSignature("oc-entry-1", new Uint8Array(32).fill(2), "{}"));
    expect(fromBase64(signed.signature)).toHaveLength(64);
  });

  it("refuse a seed that is not 32 bytes", async () => {
    expect(() => signStatement("oc-entry-1", { seed: new Uint8Array(31), publicKey: "" }, "{}")).toThrow(
      RangeError,
    );
    await expect(
      signStatementAsync("oc-entry-1", { seed: new Uint8Array(31), publicKey: "" }, "{}"),
    ).rejects.toThrow(RangeError);
  });
});

describe("signed statements through Web Crypto (signStatementAsync)", () => {
  it("can use the platform's Ed25519 here, so the comparisons below compare two implementations", async () => {
    const seed = crypto.getRandomValues(new Uint8Array(32));
    const pkcs8 = new Uint8Array([...hexToBytes("302e020100300506032b657004220420"), ...seed]);
    const key = await crypto.subtle.importKey("pkcs8", pkcs8, { name: "Ed25519" }, false, ["sign"]);
    const signature = new Uint8Array(await crypto.subtle.sign("Ed25519", key, new TextEncoder().encode("x")));
    expect(toBase64(signature)).toBe(toBase64(ed25519.sign(utf8("x"), seed)));
  });

  it("sign byte for byte as signStatement and noble do, for any seed and body", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        fc.string({ maxLength: 600 }),
        fc.constantFrom(...labels),
        async (seed, body, label) => {
          const key = signingKeyFromSeed(seed);
          const signed = await signStatementAsync(label, key, body);
          expect(signed).toEqual(signStatement(label, key, body));
          expect(signed.signature).toBe(nobleSignature(label, seed, body));
          // A second signature comes from the key imported once for this seed.
          expect(await signStatementAsync(label, key, body)).toEqual(signed);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("sign with the seed a key holds now, not the one imported first", async () => {
    const key = signingKeyFromSeed(new Uint8Array(32).fill(3));
    await signStatementAsync("oc-entry-1", key, "{}");
    key.seed.fill(4);
    const signed = await signStatementAsync("oc-entry-1", key, "{}");
    expect(signed.signature).toBe(nobleSignature("oc-entry-1", new Uint8Array(32).fill(4), "{}"));
  });
});
