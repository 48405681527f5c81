import { describe, expect, it } from "vitest";
import {
  caseRefHash,
  fingerprintOf,
  isCryptoError,
  newSigningKey,
  type ReceiptFacts,
  signReceipt,
  verifyReceipt,
} from "../../crypto/index";

const facts: ReceiptFacts = {
  caseRefHash: caseRefHash("case-1"),
  organisation: "Test org",
  jurisdiction: "DE",
  timeZone: "Europe/Berlin",
  receivedOn: "2027-02-28",
  acknowledgedOn: "2027-03-07",
  deadlines: { acknowledgeBy: "2027-03-07", feedbackBy: "2027-06-07", publicDisclosureFrom: "2027-06-08" },
  issuedOn: "2027-03-07",
};

function reason(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (isCryptoError(e, "bad-signature")) return e.message;
    throw e;
  }
  return "verified";
}

/** `reason` of a signing, which is asynchronous. */
async function signingReason(f: () => Promise<unknown>): Promise<string> {
  try {
    await f();
  } catch (e) {
    if (isCryptoError(e, "bad-signature")) return e.message;
    throw e;
  }
  return "verified";
}

describe("signed receipt (oc-receipt-1)", () => {
  it("verifies with the file's own key, with the pinned key and with its fingerprint", async () => {
    const key = newSigningKey();
    const file = await signReceipt(key, facts);
    const own = verifyReceipt(file);
    expect(own.facts).toEqual(facts);
    expect(own.pinned).toBe(false);
    expect(own.fingerprint).toBe(fingerprintOf(key.publicKey));
    expect(verifyReceipt(file, key.publicKey).pinned).toBe(true);
    expect(verifyReceipt(file, fingerprintOf(key.publicKey).toLowerCase().replaceAll("-", " ")).pinned).toBe(
      true,
    );
  });

  it("fails after any one byte of the file changes", async () => {
    const file = await signReceipt(newSigningKey(), facts);
    const bytes = new TextEncoder().encode(file);
    for (let i = 0; i < bytes.length; i++) {
      const changed = bytes.slice();
      changed[i] = changed[i] === 0x20 ? 0x09 : changed[i]! ^ 0x01;
      const text = new TextDecoder().decode(changed);
      expect(
        reason(() => verifyReceipt(text)),
        `byte ${i}`,
      ).not.toBe("verified");
    }
  });

  it("fails under another pinned key, even when the file carries a valid signature of its own", async () => {
    const file = await signReceipt(newSigningKey(), facts);
    const other = newSigningKey();
    expect(reason(() => verifyReceipt(file, other.publicKey))).toBe("not the pinned key");
    expect(reason(() => verifyReceipt(file, fingerprintOf(other.publicKey)))).toBe("not the pinned key");
  });

  it("fails when the statement is re-signed with different facts but the old signature is kept", async () => {
    const key = newSigningKey();
    const a = JSON.parse(await signReceipt(key, facts));
    const b = JSON.parse(await signReceipt(key, { ...facts, receivedOn: "2027-02-27" }));
    const forged = `${JSON.stringify({ ...b, signature: a.signature }, null, 2)}\n`;
    expect(reason(() => verifyReceipt(forged))).toBe("signature does not verify");
  });

  it("rejects malformed facts when signing and unknown versions when verifying", async () => {
    const key = newSigningKey();
    expect(await signingReason(() => signReceipt(key, { ...facts, receivedOn: "28.02.2027" }))).toBe(
      "not a receipt",
    );
    expect(await signingReason(() => signReceipt(key, { ...facts, caseRefHash: "case-1" }))).toBe(
      "not a receipt",
    );
    const file = JSON.parse(await signReceipt(key, facts));
    expect(
      reason(() => verifyReceipt(`${JSON.stringify({ ...file, format: "oc-receipt-2" }, null, 2)}\n`)),
    ).toBe("unknown receipt version");
    expect(reason(() => verifyReceipt("not json"))).toBe("not a receipt");
  });

  it("hashes the case reference with its own label, so the receipt does not name the case", async () => {
    expect(caseRefHash("case-1")).toMatch(/^[0-9a-f]{64}$/);
    expect(caseRefHash("case-1")).not.toBe(caseRefHash("case-2"));
    expect(await signReceipt(newSigningKey(), facts)).not.toContain("case-1");
  });
});
