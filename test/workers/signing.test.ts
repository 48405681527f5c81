/**
 * Receipts are signed through Web Crypto's Ed25519 where the platform has it (crypto/sign.ts
 * `signStatementAsync`): in workerd, as on Node and in Chromium, the signatures must be the JavaScript
 * curve's byte for byte.
 */
import { describe, expect, it } from "vitest";
import { signingKeyFromSeed, signStatement, signStatementAsync } from "../../crypto/index";

describe("signing in workerd", () => {
  it("imports an Ed25519 seed into Web Crypto, so the comparison below compares two implementations", async () => {
    const pkcs8 = new Uint8Array(48);
    pkcs8.set([
      0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20,
    ]);
    pkcs8.set(crypto.getRandomValues(new Uint8Array(32)), 16);
    const key = await crypto.subtle.importKey("pkcs8", pkcs8, { name: "Ed25519" }, false, ["sign"]);
    expect(key.algorithm.name).toBe("Ed25519");
  });

  it("signs byte for byte as the JavaScript curve does, for many seeds", async () => {
    for (let i = 0; i < 200; i++) {
      const key = signingKeyFromSeed(crypto.getRandomValues(new Uint8Array(32)));
      const body = JSON.stringify({ i, text: "é".repeat(i) });
      expect(await signStatementAsync("oc-receipt-1", key, body)).toEqual(
        signStatement("oc-receipt-1", key, body),
      );
    }
  });
});
