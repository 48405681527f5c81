import { base64nopad } from "@scure/base";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import {
  CryptoError,
  checkEnvelope,
  concatBytes,
  encryptJson,
  encryptTo,
  exportForAge,
  HYBRID_STANZA,
  inspectEnvelope,
  newCaseIdentity,
  utf8,
  X25519_STANZA,
} from "../../crypto/index";

const HYBRID = { types: [HYBRID_STANZA] } as const;

/** A syntactically valid age file with the given stanzas and payload size; the MAC and tags are fake. */
function ageFile(stanzas: { args: string[]; body: Uint8Array }[], payloadSize: number): Uint8Array {
  let header = "age-encryption.org/v1\n";
  for (const s of stanzas) {
    header += `-> ${s.args.join(" ")}\n`;
    const b64 = base64nopad.encode(s.body);
    for (let i = 0; i <= b64.length; i += 64) header += `${b64.slice(i, i + 64)}\n`;
  }
  header += `--- ${base64nopad.encode(new Uint8Array(32))}\n`;
  return concatBytes(utf8(header), new Uint8Array(payloadSize));
}
const b64 = (n: number) => base64nopad.encode(new Uint8Array(n).fill(7));
const hybridStanza = (share = 1120, body = 32) => ({
  args: [HYBRID_STANZA, b64(share)],
  body: new Uint8Array(body),
});
const x25519Stanza = (share = 32, body = 32) => ({
  args: [X25519_STANZA, b64(share)],
  body: new Uint8Array(body),
});

function reason(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof CryptoError && e.code === "bad-envelope") return e.message;
    throw e;
  }
  return "accepted";
}

let recipient: string;
let real: Uint8Array;
beforeAll(async () => {
  recipient = (await newCaseIdentity()).recipient;
  real = await encryptJson([recipient], { report: "the valve" });
});

describe("inspectEnvelope", () => {
  it("describes a real ciphertext", () => {
    const info = inspectEnvelope(real);
    expect(info.stanzaTypes).toEqual([HYBRID_STANZA]);
    expect(info.headerSize + info.payloadSize).toBe(real.length);
    expect(info.plaintextSize).toBe(1024);
  });

  it("sizes STREAM payloads chunk by chunk", () => {
    const size = (payload: number) => inspectEnvelope(ageFile([hybridStanza()], payload)).plaintextSize;
    expect(size(16 + 16)).toBe(0);
    expect(size(16 + 17)).toBe(1);
    expect(size(16 + 65552)).toBe(65536);
    expect(size(16 + 65552 + 17)).toBe(65537);
    expect(size(16 + 2 * 65552)).toBe(131072);
    for (const bad of [0, 15, 16, 16 + 15, 16 + 65552 + 16, 16 + 65552 + 3]) {
      expect(reason(() => size(bad))).toMatch(/^(truncated payload|invalid payload size)$/);
    }
  });

  it("checks the exact sizes of hybrid and X25519 stanzas", () => {
    expect(inspectEnvelope(ageFile([x25519Stanza()], 32)).stanzaTypes).toEqual([X25519_STANZA]);
    expect(reason(() => inspectEnvelope(ageFile([hybridStanza(1119)], 32)))).toBe(
      "invalid mlkem768x25519 stanza",
    );
    expect(reason(() => inspectEnvelope(ageFile([hybridStanza(1120, 48)], 32)))).toBe(
      "invalid mlkem768x25519 stanza",
    );
    expect(reason(() => inspectEnvelope(ageFile([x25519Stanza(33)], 32)))).toBe("invalid x25519 stanza");
    const extraArg = { args: [X25519_STANZA, b64(32), "x"], body: new Uint8Array(32) };
    expect(reason(() => inspectEnvelope(ageFile([extraArg], 32)))).toBe("invalid x25519 stanza");
  });

  it("accepts unknown stanzas with bodies of any length, including multiples of 48 bytes", () => {
    for (const n of [0, 1, 47, 48, 49, 96, 200]) {
      const file = ageFile(
        [hybridStanza(), { args: ["example.org/x", "a", "b"], body: new Uint8Array(n) }],
        32,
      );
      expect(inspectEnvelope(file).stanzaTypes).toEqual([HYBRID_STANZA, "example.org/x"]);
    }
  });

  it("rejects a body line longer than 64 columns and a missing final short line", () => {
    const file = (body: string) =>
      utf8(`age-encryption.org/v1\n-> x\n${body}--- ${b64(32)}\n${"\0".repeat(32)}`);
    expect(reason(() => inspectEnvelope(file(`${"A".repeat(68)}\n`)))).toBe("invalid stanza");
    expect(reason(() => inspectEnvelope(file(`${"A".repeat(64)}\n`)))).toBe("non-canonical base64");
  });

  it("rejects a header line longer than any real one without scanning the whole upload", () => {
    const huge = concatBytes(utf8("age-encryption.org/v1\n-> x "), new Uint8Array(10_000_000).fill(0x41));
    expect(reason(() => inspectEnvelope(huge))).toBe("invalid header");
    expect(reason(() => inspectEnvelope(huge.subarray(0, 5000)))).toBe("truncated header");
  });

  it("rejects empty arguments, a header without stanzas and non-ASCII header bytes", () => {
    const raw = (h: string) => concatBytes(utf8(h), new Uint8Array(32));
    expect(reason(() => inspectEnvelope(raw(`age-encryption.org/v1\n-> a  b\n\n--- ${b64(32)}\n`)))).toBe(
      "invalid stanza",
    );
    expect(reason(() => inspectEnvelope(raw(`age-encryption.org/v1\n--- ${b64(32)}\n`)))).toBe(
      "no recipient stanzas",
    );
    expect(reason(() => inspectEnvelope(raw(`age-encryption.org/v1\n-> é\n\n--- ${b64(32)}\n`)))).toBe(
      "invalid header",
    );
    expect(reason(() => inspectEnvelope(raw("age-encryption.org/v1\n-> a\n\nhello\n")))).toBe(
      "invalid header",
    );
  });

  it("never throws anything but bad-envelope, whatever the bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.boolean(), (bytes, prefixed) => {
        const input = prefixed ? concatBytes(utf8("age-encryption.org/v1\n-> "), bytes) : bytes;
        reason(() => inspectEnvelope(input));
      }),
    );
  });

  it("never throws anything but bad-envelope for a real file with one byte changed", () => {
    fc.assert(
      fc.property(fc.nat(), fc.integer({ min: 1, max: 255 }), (pos, delta) => {
        const bytes = real.slice();
        const i = pos % bytes.length;
        bytes[i] = (bytes[i]! + delta) & 0xff;
        reason(() => checkEnvelope(bytes, HYBRID));
      }),
    );
  });
});

describe("checkEnvelope", () => {
  it("accepts a padded hybrid ciphertext", () => {
    expect(checkEnvelope(real, HYBRID).stanzaTypes).toEqual([HYBRID_STANZA]);
  });

  it("rejects a plaintext upload", () => {
    for (const text of ['{"report":"the valve"}', "", "age-encryption.org/v1", "AGE-ENCRYPTION.ORG/V1\n"]) {
      expect(reason(() => checkEnvelope(utf8(text), HYBRID))).toBe("not an age file");
    }
  });

  it("rejects random bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        expect(reason(() => checkEnvelope(bytes, HYBRID))).not.toBe("accepted");
      }),
    );
  });

  it("rejects every truncation of a one-chunk ciphertext", () => {
    for (let n = 0; n < real.length; n++) {
      expect(reason(() => checkEnvelope(real.subarray(0, n), HYBRID))).not.toBe("accepted");
    }
  });

  it("rejects an armored file", async () => {
    const { armor } = await import("age-encryption");
    expect(reason(() => checkEnvelope(utf8(armor.encode(real)), HYBRID))).toBe("armored age file");
  });

  it("rejects an X25519 stanza where only hybrid recipients are allowed", async () => {
    const x = ageFile([hybridStanza(), x25519Stanza()], 16 + 1040);
    expect(reason(() => checkEnvelope(x, HYBRID))).toBe("unexpected recipient type x25519");
    expect(checkEnvelope(x, { types: [HYBRID_STANZA, X25519_STANZA] }).plaintextSize).toBe(1024);
  });

  it("names only recipient types it knows", () => {
    const odd = ageFile([{ args: ["<script>"], body: new Uint8Array(0) }], 16 + 1040);
    expect(reason(() => checkEnvelope(odd, HYBRID))).toBe("unexpected recipient type");
  });

  it("enforces the stanza count", () => {
    const two = ageFile([hybridStanza(), hybridStanza()], 16 + 1040);
    expect(reason(() => checkEnvelope(two, { ...HYBRID, maxStanzas: 1 }))).toBe("too many recipients");
    expect(reason(() => checkEnvelope(real, { ...HYBRID, minStanzas: 2 }))).toBe("too few recipients");
    expect(checkEnvelope(two, { ...HYBRID, minStanzas: 2, maxStanzas: 2 }).stanzaTypes).toHaveLength(2);
  });

  it("enforces the size limit before parsing", () => {
    expect(reason(() => checkEnvelope(real, { ...HYBRID, maxBytes: real.length - 1 }))).toBe("too large");
    expect(checkEnvelope(real, { ...HYBRID, maxBytes: real.length }).headerSize).toBeGreaterThan(0);
    expect(reason(() => checkEnvelope(utf8("plain"), { ...HYBRID, maxBytes: 1 }))).toBe("too large");
  });

  it("rejects an unpadded plaintext size unless padding is off", async () => {
    const x = ageFile([hybridStanza()], 16 + 16 + 100);
    expect(reason(() => checkEnvelope(x, HYBRID))).toBe("unpadded plaintext size");
    expect(checkEnvelope(x, { ...HYBRID, padded: false }).plaintextSize).toBe(100);
  });

  it("accepts every padded ciphertext encryptTo makes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(70_000), async (n) => {
        const c = await encryptTo([recipient], new Uint8Array(n));
        expect(checkEnvelope(c, HYBRID).stanzaTypes).toEqual([HYBRID_STANZA]);
      }),
      { numRuns: 10 },
    );
  });

  it("accepts an export only under an X25519 export policy", async () => {
    const { generateX25519Identity, identityToRecipient } = await import("age-encryption");
    const r = await identityToRecipient(await generateX25519Identity());
    const file = await exportForAge(r, utf8("export"));
    expect(checkEnvelope(file, { types: [X25519_STANZA], padded: false }).plaintextSize).toBe(6);
    expect(reason(() => checkEnvelope(file, { types: [HYBRID_STANZA], padded: false }))).toBe(
      "unexpected recipient type x25519",
    );
  });
});
