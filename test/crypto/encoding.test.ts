import fc from "fast-check";
import { describe, expect, it } from "vitest";
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
