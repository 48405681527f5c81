import { base64, base64nopad } from "@scure/base";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeBase64 } from "../../crypto/encoding";
import {
  CryptoError,
  constantTimeEqual,
  fromBase64,
  fromUtf8,
  randomBytes,
  sha256,
  sha256Hex,
  toBase64,
  toHex,
  utf8,
} from "../../crypto/index";

describe("base64", () => {
  it("round-trips any bytes and matches the standard encoding", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (b) => {
        expect(toBase64(b)).toBe(Buffer.from(b).toString("base64"));
        expect(fromBase64(toBase64(b))).toEqual(b);
      }),
    );
  });

  it("rejects whitespace, missing padding, the URL alphabet and non-canonical bits", () => {
    for (const s of [
      "QQ",
      "QQ=",
      "Q Q==",
      "QQ==\n",
      " QQ==",
      "-_8=",
      "QR==",
      "QUJ=",
      "A===",
      "====",
      "QQ==QQ==",
    ]) {
      expect(() => fromBase64(s), s).toThrow(CryptoError);
    }
    expect(fromBase64("")).toEqual(new Uint8Array(0));
  });

  it("accepts exactly the texts of the earlier pattern-and-decoder, with the same bytes", () => {
    // The decoder this one replaced: a pattern for the shape, then @scure/base (which checks the bits).
    const shape = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
    const earlier = (s: string) => {
      if (!shape.test(s)) return null;
      try {
        return base64.decode(s);
      } catch {
        return null;
      }
    };
    const current = (s: string) => {
      try {
        return fromBase64(s);
      } catch (e) {
        expect(e).toBeInstanceOf(CryptoError);
        return null;
      }
    };
    const base64ish = fc.string({
      unit: fc.constantFrom(..."AQRgw/+09z=", "=", "=", " ", "\n", "-", "_", "é", "\u0100", "\u2028"),
      maxLength: 24,
    });
    const nearlyCanonical = fc
      .tuple(fc.uint8Array({ maxLength: 30 }), fc.nat(), fc.constantFrom(..."AB=+/-_ \né\u0141"))
      .map(([bytes, at, char]) => {
        const text = toBase64(bytes);
        const i = text.length === 0 ? 0 : at % text.length;
        return text.slice(0, i) + char + text.slice(i + 1);
      });
    fc.assert(
      fc.property(
        fc.oneof(base64ish, nearlyCanonical, fc.uint8Array({ maxLength: 40 }).map(toBase64)),
        (s) => {
          expect(current(s)).toEqual(earlier(s));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it("accepts as unpadded base64 (age's headers) exactly what the earlier pattern and decoder did", () => {
    const earlier = (s: string) => {
      if (!/^[A-Za-z0-9+/]*$/.test(s)) return null;
      try {
        return base64nopad.decode(s);
      } catch {
        return null;
      }
    };
    const texts = fc.oneof(
      fc.string({ unit: fc.constantFrom(..."AQRgw/+09z=", " ", "-", "é"), maxLength: 24 }),
      fc.uint8Array({ maxLength: 40 }).map((b) => base64nopad.encode(b)),
      fc
        .tuple(fc.uint8Array({ minLength: 1, maxLength: 30 }), fc.nat(), fc.constantFrom(..."ABgw=+/-_ "))
        .map(([bytes, at, char]) => {
          const text = base64nopad.encode(bytes);
          const i = at % text.length;
          return text.slice(0, i) + char + text.slice(i + 1);
        }),
    );
    fc.assert(
      fc.property(texts, (s) => {
        expect(decodeBase64(s, false)).toEqual(earlier(s));
      }),
      { numRuns: 5000 },
    );
  });

  it("decodes 4 MiB without running out of stack", () => {
    const bytes = new Uint8Array((4 << 20) + 2); // a multiple of 3: no padding
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 131) ^ (i >> 8);
    const text = Buffer.from(bytes).toString("base64");
    // Compared as one Buffer: toEqual walks 4 million elements for seconds.
    expect(Buffer.from(fromBase64(text)).equals(bytes)).toBe(true);
    expect(fromBase64(`${text.slice(0, -4)}QQ==`)).toHaveLength(bytes.length - 2);
    expect(() => fromBase64(`${text.slice(0, 3 << 20)}-${text.slice((3 << 20) + 1)}`)).toThrow(CryptoError);
  });
});

describe("utf8", () => {
  it("round-trips any string of scalar values", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => {
        expect(fromUtf8(utf8(s))).toBe(s);
      }),
    );
  });

  it("rejects invalid UTF-8 instead of replacing it", () => {
    expect(() => fromUtf8(new Uint8Array([0xc3]))).toThrow(CryptoError);
    expect(() => fromUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toThrow(CryptoError);
  });
});

describe("hashing and comparison", () => {
  it("computes SHA-256 of bytes and of strings", () => {
    const abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    expect(sha256Hex("abc")).toBe(abc);
    expect(toHex(sha256(utf8("abc")))).toBe(abc);
  });

  it("compares bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array(), fc.uint8Array(), (a, b) => {
        expect(constantTimeEqual(a, b)).toBe(toHex(a) === toHex(b));
        expect(constantTimeEqual(a, a.slice())).toBe(true);
      }),
    );
  });
});

describe("randomBytes", () => {
  it("returns the requested number of bytes, beyond the 64 KiB getRandomValues limit", () => {
    expect(randomBytes(0)).toHaveLength(0);
    const big = randomBytes(200_000);
    expect(big).toHaveLength(200_000);
    expect(big.subarray(150_000).some((b) => b !== 0)).toBe(true);
  });
});
