// C2SP's age test vectors (the `cctv-age` npm package) run against the two
// places this project parses age files: the server's structural envelope check
// (crypto/envelope.ts), and the age-encryption library the browsers decrypt
// with, through the handler's own decryption call (crypto/age.ts).

import { createHash } from "node:crypto";
import { x25519 } from "@noble/curves/ed25519.js";
import { Decrypter } from "age-encryption";
import * as cctv from "cctv-age";
import { unzlibSync } from "fflate";
import { describe, expect, it } from "vitest";
import { decryptWith } from "../../crypto/age";
import {
  checkEnvelope,
  HYBRID_STANZA,
  inspectEnvelope,
  isLowOrderShare,
  LOW_ORDER_U,
  X25519_STANZA,
} from "../../crypto/envelope";
import { isCryptoError } from "../../crypto/errors";

interface Vector {
  name: string;
  expect: string;
  armored: boolean;
  identities: string[];
  passphrases: string[];
  payload?: string;
  comment?: string;
  file: Uint8Array;
}

function parse(name: string, bytes: Uint8Array): Vector {
  let end = 0;
  while (!(bytes[end] === 0x0a && bytes[end + 1] === 0x0a)) end++;
  const fields = new Map<string, string[]>();
  for (const line of new TextDecoder().decode(bytes.subarray(0, end)).split("\n")) {
    const at = line.indexOf(": ");
    const key = line.slice(0, at);
    fields.set(key, [...(fields.get(key) ?? []), line.slice(at + 2)]);
  }
  let file = bytes.subarray(end + 2);
  if (fields.get("compressed")?.[0] === "zlib") file = unzlibSync(file);
  return {
    name,
    expect: fields.get("expect")![0]!,
    armored: fields.get("armored")?.[0] === "yes",
    identities: fields.get("identity") ?? [],
    passphrases: fields.get("passphrase") ?? [],
    payload: fields.get("payload")?.[0],
    comment: fields.get("comment")?.[0],
    file,
  };
}

const vectors = Object.entries(cctv as unknown as Record<string, Uint8Array>)
  .filter(([, v]) => v instanceof Uint8Array)
  .map(([name, bytes]) => parse(name, bytes));
const binary = vectors.filter((v) => !v.armored);
const of = (expectation: string) => binary.filter((v) => v.expect === expectation);

function refusal(file: Uint8Array): string | undefined {
  try {
    inspectEnvelope(file);
    return undefined;
  } catch (e) {
    expect(isCryptoError(e, "bad-envelope")).toBe(true);
    return (e as Error).message;
  }
}

describe("C2SP age vectors (cctv-age)", () => {
  it("loads the whole suite", () => {
    expect(vectors.length).toBeGreaterThanOrEqual(140);
    expect(of("header failure").length).toBe(60);
    expect(of("success").length).toBeGreaterThanOrEqual(19);
  });

  it("the server's envelope check refuses every header failure, all 60", () => {
    const accepted = of("header failure").filter((v) => refusal(v.file) === undefined);
    expect(accepted.map((v) => v.name)).toEqual([]);
  });

  it("the envelope check accepts every well-formed file: success, no match and HMAC failure", () => {
    for (const v of [...of("success"), ...of("no match"), ...of("HMAC failure")]) {
      expect(refusal(v.file), v.name).toBeUndefined();
    }
  });

  it("the envelope check refuses armored files, which no upload uses", () => {
    for (const v of vectors.filter((x) => x.armored)) expect(refusal(v.file), v.name).toBeDefined();
  });

  it("refuses the low-order shares in an upload's policy too, with a terse reason", () => {
    const lowOrder = binary.filter((v) => /low_order|_identity$/.test(v.name));
    expect(lowOrder.length).toBe(4);
    for (const v of lowOrder) {
      expect(() => checkEnvelope(v.file, { types: [X25519_STANZA, HYBRID_STANZA], padded: false })).toThrow(
        /invalid (x25519|mlkem768x25519) stanza/,
      );
    }
  });

  it("each listed low-order share is one @noble/curves refuses, whatever the top bit", () => {
    const secret = x25519.utils.randomSecretKey();
    expect(LOW_ORDER_U.length).toBe(7);
    for (const hex of LOW_ORDER_U) {
      const share = Uint8Array.from(Buffer.from(hex, "hex"));
      expect(() => x25519.getSharedSecret(secret, share), hex).toThrow();
      expect(isLowOrderShare(share)).toBe(true);
      share[31]! |= 0x80;
      expect(isLowOrderShare(share)).toBe(true);
    }
    for (let i = 0; i < 64; i++) {
      expect(isLowOrderShare(x25519.getPublicKey(x25519.utils.randomSecretKey()))).toBe(false);
    }
  });

  it("age-encryption, which the browsers use, meets every binary vector it has keys for", async () => {
    let ran = 0;
    for (const v of binary) {
      if (v.identities.length === 0 && v.passphrases.length === 0) continue;
      const d = new Decrypter();
      let setUp = true;
      try {
        for (const id of v.identities) d.addIdentity(id);
        for (const p of v.passphrases) d.addPassphrase(p);
      } catch {
        setUp = false; // an identity type the library does not implement (e.g. p256tag)
      }
      if (!setUp) continue;
      ran++;
      if (v.expect === "success") {
        const plain = await d.decrypt(v.file);
        expect(createHash("sha256").update(plain).digest("hex"), v.name).toBe(v.payload);
      } else {
        await expect(d.decrypt(v.file), v.name).rejects.toThrow();
      }
    }
    expect(ran).toBeGreaterThanOrEqual(100);
  }, 120_000);

  it("a handler gets a clear error, never a crash or a half-read text, for every failing vector", async () => {
    const failing = binary.filter((v) => v.expect !== "success" && v.identities.length > 0);
    expect(failing.length).toBeGreaterThan(50);
    for (const v of failing) {
      const identities = v.identities.filter((id) => id.startsWith("AGE-SECRET-KEY-"));
      if (identities.length === 0) continue;
      const error = await decryptWith(identities, v.file).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(isCryptoError(error, "decrypt-failed"), v.name).toBe(true);
      expect((error as Error).message).toBe("decryption failed");
    }
  }, 120_000);
});
