import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Encrypter, generateX25519Identity, identityToRecipient } from "age-encryption";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import {
  checkEnvelope,
  decryptJson,
  decryptText,
  decryptWith,
  encryptJson,
  encryptText,
  encryptTo,
  exportForAge,
  HYBRID_STANZA,
  inspectEnvelope,
  newCaseIdentity,
  recipientOf,
  unwrapIdentity,
  utf8,
  wrapIdentityTo,
  X25519_STANZA,
} from "../../crypto/index";

type Pair = { identity: string; recipient: string };
let a: Pair;
let b: Pair;
let x: Pair;

beforeAll(async () => {
  a = await newCaseIdentity();
  b = await newCaseIdentity();
  const xi = await generateX25519Identity();
  x = { identity: xi, recipient: await identityToRecipient(xi) };
});

describe("newCaseIdentity and recipientOf", () => {
  it("makes a hybrid post-quantum identity whose recipient recipientOf recomputes", async () => {
    expect(a.identity).toMatch(/^AGE-SECRET-KEY-PQ-1/);
    expect(a.recipient).toMatch(/^age1pq1/);
    expect(await recipientOf(a.identity)).toBe(a.recipient);
  });

  it("rejects a malformed identity", async () => {
    const typo = a.identity.slice(0, -1) + (a.identity.endsWith("Q") ? "P" : "Q");
    await expect(recipientOf(typo)).rejects.toMatchObject({ code: "bad-recipient" });
    await expect(recipientOf("")).rejects.toMatchObject({ code: "bad-recipient" });
  });
});

describe("encryptTo and decryptWith", () => {
  it("round-trips any content", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), async (content) => {
        expect(await decryptWith([a.identity], await encryptTo([a.recipient], content))).toEqual(content);
      }),
      { numRuns: 25 },
    );
  });

  it("writes a binary age v1 file with one hybrid stanza per recipient", async () => {
    const c = await encryptTo([a.recipient, b.recipient], "report");
    expect(new TextDecoder().decode(c.subarray(0, 22))).toBe("age-encryption.org/v1\n");
    expect(checkEnvelope(c, { types: [HYBRID_STANZA] }).stanzaTypes).toEqual([HYBRID_STANZA, HYBRID_STANZA]);
    expect(await decryptText([b.identity], c)).toBe("report");
  });

  it("hides the length of short reports", async () => {
    const short = await encryptText([a.recipient], "yes");
    const long = await encryptText([a.recipient], "y".repeat(1000));
    expect(short.length).toBe(long.length);
  });

  it("refuses an X25519 recipient unless exporting", async () => {
    await expect(encryptTo([x.recipient], "r")).rejects.toMatchObject({ code: "bad-recipient" });
    await expect(encryptTo([a.recipient, x.recipient], "r")).rejects.toMatchObject({ code: "bad-recipient" });
    const c = await encryptTo([x.recipient], "r", { allowX25519: true });
    expect(inspectEnvelope(c).stanzaTypes).toEqual([X25519_STANZA]);
    expect(await decryptText([x.identity], c)).toBe("r");
  });

  it("refuses no recipients, malformed ones and other recipient types", async () => {
    const typo = a.recipient.slice(0, -1) + (a.recipient.endsWith("q") ? "p" : "q");
    for (const r of [[], [typo], [a.recipient.toUpperCase()], ["age1tag1qqqq"], [a.identity], [" "]]) {
      await expect(encryptTo(r, "r", { allowX25519: true })).rejects.toMatchObject({ code: "bad-recipient" });
    }
  });

  it("fails with decrypt-failed for the wrong identity, tampering or garbage", async () => {
    const c = await encryptTo([a.recipient], "r");
    await expect(decryptWith([b.identity], c)).rejects.toMatchObject({ code: "decrypt-failed" });
    await expect(decryptWith([], c)).rejects.toMatchObject({ code: "decrypt-failed" });
    await expect(decryptWith(["AGE-SECRET-KEY-PQ-1NOPE"], c)).rejects.toMatchObject({
      code: "decrypt-failed",
    });
    await expect(decryptWith([a.identity], utf8("plain text"))).rejects.toMatchObject({
      code: "decrypt-failed",
    });
    for (const pos of [30, c.length - 100, c.length - 1]) {
      const t = c.slice();
      t[pos]! ^= 1;
      await expect(decryptWith([a.identity], t)).rejects.toMatchObject({ code: "decrypt-failed" });
    }
  });

  it("tries every identity it is given", async () => {
    const c = await encryptTo([b.recipient], "r");
    expect(await decryptText([a.identity, b.identity], c)).toBe("r");
  });

  it("reports bad-padding for a valid age file that was not padded", async () => {
    const e = new Encrypter();
    e.addRecipient(a.recipient);
    await expect(decryptWith([a.identity], await e.encrypt("raw"))).rejects.toMatchObject({
      code: "bad-padding",
    });
  });
});

describe("text and JSON", () => {
  it("round-trips any text", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "grapheme", maxLength: 200 }), async (s) => {
        expect(await decryptText([a.identity], await encryptText([a.recipient], s))).toBe(s);
      }),
      { numRuns: 15 },
    );
  });

  it("round-trips any JSON value", async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (v) => {
        const back = await decryptJson([a.identity], await encryptJson([a.recipient], v));
        expect(back).toEqual(JSON.parse(JSON.stringify(v)));
      }),
      { numRuns: 15 },
    );
  });

  it("refuses invalid UTF-8 and non-JSON plaintext", async () => {
    const c = await encryptTo([a.recipient], new Uint8Array([0xff, 0xfe]));
    await expect(decryptText([a.identity], c)).rejects.toMatchObject({ code: "decrypt-failed" });
    const t = await encryptText([a.recipient], "{not json");
    await expect(decryptJson([a.identity], t)).rejects.toMatchObject({ code: "decrypt-failed" });
  });

  it("refuses a value with no JSON form", async () => {
    await expect(encryptJson([a.recipient], undefined)).rejects.toThrow(TypeError);
    await expect(encryptJson([a.recipient], { n: 1n })).rejects.toThrow(TypeError);
  });
});

describe("wrapIdentityTo and unwrapIdentity", () => {
  it("lets a handler unwrap a case key wrapped to them", async () => {
    const caseKey = await newCaseIdentity();
    const wrapped = await wrapIdentityTo(a.recipient, caseKey.identity);
    expect(checkEnvelope(wrapped, { types: [HYBRID_STANZA], maxStanzas: 1 }).stanzaTypes).toEqual([
      HYBRID_STANZA,
    ]);
    expect(await unwrapIdentity(a.identity, wrapped)).toBe(caseKey.identity);
  });

  it("does not let another handler unwrap it", async () => {
    const wrapped = await wrapIdentityTo(a.recipient, (await newCaseIdentity()).identity);
    await expect(unwrapIdentity(b.identity, wrapped)).rejects.toMatchObject({ code: "unwrap-failed" });
  });

  it("refuses to wrap to an X25519 recipient or to wrap something that is not an identity", async () => {
    await expect(wrapIdentityTo(x.recipient, a.identity)).rejects.toMatchObject({ code: "bad-recipient" });
    await expect(wrapIdentityTo(a.recipient, "secret notes")).rejects.toMatchObject({
      code: "bad-recipient",
    });
  });

  it("refuses an age file that does not hold an identity", async () => {
    const c = await encryptText([a.recipient], "hello");
    await expect(unwrapIdentity(a.identity, c)).rejects.toMatchObject({ code: "unwrap-failed" });
  });
});

describe("exportForAge", () => {
  it("is decrypted by Debian's age to exactly the content", async () => {
    const content = utf8("Case 42 export\nline two\n");
    const file = await exportForAge(x.recipient, content);
    const dir = mkdtempSync(join(tmpdir(), "oc-age-"));
    try {
      writeFileSync(join(dir, "key.txt"), `${x.identity}\n`);
      writeFileSync(join(dir, "export.age"), file);
      const r = spawnSync("age", ["-d", "-i", join(dir, "key.txt"), join(dir, "export.age")]);
      expect(r.stderr.toString()).toBe("");
      expect(new Uint8Array(r.stdout)).toEqual(content);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("does not pad, so the envelope is accepted only with padding off", async () => {
    const file = await exportForAge(x.recipient, utf8("abc"));
    expect(checkEnvelope(file, { types: [X25519_STANZA], padded: false }).plaintextSize).toBe(3);
    expect(() => checkEnvelope(file, { types: [X25519_STANZA] })).toThrow("unpadded plaintext size");
  });

  it("refuses hybrid and malformed recipients", async () => {
    await expect(exportForAge(a.recipient, utf8("x"))).rejects.toMatchObject({ code: "bad-recipient" });
    await expect(exportForAge("age1xyz", utf8("x"))).rejects.toMatchObject({ code: "bad-recipient" });
  });
});
