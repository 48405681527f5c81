import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { encryptJson, fromBase64, newCaseIdentity, toBase64 } from "../../crypto/index";
import { AppError } from "../../server/errors";
import { CONTENT, ciphertext } from "../../server/validate";

/** What `ciphertext` says of `text`: accepted, or the reason of its 400. */
function verdict(text: string): string {
  try {
    ciphertext(text, CONTENT, "report");
    return "accepted";
  } catch (e) {
    if (!(e instanceof AppError) || e.code !== "bad_ciphertext") throw e;
    return e.message.includes("invalid base64") ? "invalid base64" : "not ciphertext";
  }
}

const base64ish = fc.string({
  unit: fc.constantFrom(..."ABCDQRSTUVWXYZabcwxyz0189+/=", " ", "\n", "-", "_", "é"),
  maxLength: 40,
});

describe("ciphertext fields", () => {
  it("take as base64 exactly what crypto's fromBase64 takes", () => {
    fc.assert(
      fc.property(fc.oneof(base64ish, fc.uint8Array({ maxLength: 40 }).map(toBase64)), (text) => {
        let strict = true;
        try {
          fromBase64(text);
        } catch {
          strict = false;
        }
        expect(verdict(text) !== "invalid base64").toBe(strict);
      }),
      { numRuns: 2000 },
    );
  });

  it("refuse base64 that is not the one canonical text of its bytes", async () => {
    const good = toBase64(
      await encryptJson([(await newCaseIdentity()).recipient], { v: 1, whatHappened: "x" }),
    );
    expect(verdict(good)).toBe("accepted");
    expect(verdict("QR==")).toBe("invalid base64"); // non-zero trailing bits
    expect(verdict("QQ")).toBe("invalid base64"); // no padding
    expect(verdict("QQ==")).toBe("not ciphertext");
    expect(verdict(`${good.slice(0, 8)}\n${good.slice(8)}`)).toBe("invalid base64");
    expect(verdict(` ${good}`)).toBe("invalid base64");
    expect(verdict(good.replaceAll("+", "-").replaceAll("/", "_"))).toBe("invalid base64");
  });

  it("check a ciphertext of almost 4 MiB, the bound of content, without running out of stack", () => {
    // fromBase64's pattern overflowed V8's stack from about 3.2 MiB of bytes.
    const text = toBase64(new Uint8Array((4 << 20) - 1024));
    expect(text.length).toBeLessThanOrEqual(6 << 20);
    expect(verdict(text)).toBe("not ciphertext");
  });
});
