import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CryptoError, isPaddedSize, pad, paddedSize, unpad } from "../../crypto/index";
import { codeOfError } from "../helpers";

const codeOf = codeOfError(CryptoError);

describe("pad", () => {
  it("round-trips any content", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 6000 }), (content) => {
        expect(unpad(pad(content))).toEqual(content);
      }),
    );
  });

  it("always produces a bucket size", () => {
    fc.assert(
      fc.property(fc.nat(50_000_000), (n) => {
        expect(isPaddedSize(paddedSize(n))).toBe(true);
        expect(paddedSize(n)).toBeGreaterThanOrEqual(n + 12);
      }),
    );
  });

  it("puts every short report in the same 1024-byte bucket", () => {
    expect(pad(new Uint8Array(0))).toHaveLength(1024);
    expect(pad(new Uint8Array(1012))).toHaveLength(1024);
    expect(pad(new Uint8Array(1013))).toHaveLength(1088);
  });

  it("costs at most 12% above the container size beyond the first bucket", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1013, max: 2 ** 31 }), (n) => {
        expect(paddedSize(n) / (n + 12)).toBeLessThanOrEqual(1.12);
      }),
    );
  });

  it("never shrinks the bucket when the content grows", () => {
    fc.assert(
      fc.property(fc.nat(10_000_000), fc.nat(100_000), (n, d) => {
        expect(paddedSize(n + d)).toBeGreaterThanOrEqual(paddedSize(n));
      }),
    );
  });

  it("leaves under 500 distinct sizes (about 9 bits) up to 100 MiB", () => {
    let buckets = 0;
    for (let size = 1024; size <= 100 * 2 ** 20; size = paddedSize(size - 12 + 1)) buckets++;
    expect(buckets).toBeLessThan(500);
  });

  it("writes the version magic and the big-endian length", () => {
    const p = pad(new Uint8Array([0xaa, 0xbb]));
    expect(new TextDecoder().decode(p.subarray(0, 8))).toBe("oc-pad-1");
    expect([...p.subarray(8, 14)]).toEqual([0, 0, 0, 2, 0xaa, 0xbb]);
    expect(p.subarray(14).every((b) => b === 0)).toBe(true);
  });
});

describe("isPaddedSize", () => {
  it("accepts bucket sizes and nothing else", () => {
    for (const n of [1024, 1088, 2048, 65536, 73728]) expect(isPaddedSize(n)).toBe(true);
    for (const n of [
      0,
      12,
      512,
      1023,
      1025,
      1087,
      65537,
      -1024,
      1024.5,
      Number.NaN,
      Number.POSITIVE_INFINITY,
    ]) {
      expect(isPaddedSize(n)).toBe(false);
    }
  });
});

describe("unpad", () => {
  const good = pad(new Uint8Array([1, 2, 3]));

  it("rejects a non-zero padding byte anywhere", () => {
    fc.assert(
      fc.property(fc.integer({ min: 15, max: 1023 }), fc.integer({ min: 1, max: 255 }), (pos, value) => {
        const p = good.slice();
        p[pos] = value;
        expect(codeOf(() => unpad(p))).toBe("bad-padding");
      }),
    );
  });

  it("rejects an unknown version instead of guessing", () => {
    const p = good.slice();
    p[7] = 0x32;
    expect(() => unpad(p)).toThrow("unknown padding version");
  });

  it("rejects a size that is not a bucket", () => {
    expect(codeOf(() => unpad(good.subarray(0, 1000)))).toBe("bad-padding");
    expect(codeOf(() => unpad(new Uint8Array(0)))).toBe("bad-padding");
  });

  it("rejects a length field that does not fit the bucket", () => {
    const p = good.slice();
    new DataView(p.buffer).setUint32(8, 1013);
    expect(() => unpad(p)).toThrow("length does not match size");
    new DataView(p.buffer).setUint32(8, 0xffffffff);
    expect(() => unpad(p)).toThrow("length does not match size");
  });

  it("rejects content put in a larger bucket than its own", () => {
    const p = new Uint8Array(1088);
    p.set(good);
    expect(codeOf(() => unpad(p))).toBe("bad-padding");
  });

  it("reads the container through a subarray view", () => {
    const outer = new Uint8Array(2000);
    outer.set(good, 100);
    expect([...unpad(outer.subarray(100, 1124))]).toEqual([1, 2, 3]);
  });
});
