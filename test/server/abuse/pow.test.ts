/**
 * The proof of work of the anonymous write routes (server/abuse/pow.ts): a challenge lasts an hour, so
 * the page can solve it while the person writes; the difficulty rises under load, and a challenge
 * solved before it rose is refused ("weak") so the page solves a fresh one.
 */
import { describe, expect, it } from "vitest";
import { POW_TTL_MS, proofOfWork, solvePow } from "../../../server/abuse/pow";

const KEY = new Uint8Array(32).fill(3);
const T0 = Date.parse("2026-11-27T10:00:00Z");
const solved = (c: { challenge: string; salt: string; bits: number }) =>
  `${c.challenge}.${solvePow(c.salt, c.bits)}`;

describe("proof of work", () => {
  it("accepts a solved challenge for an hour, once, and says how long it lasts", () => {
    const pow = proofOfWork(KEY, 4);
    const c = pow.issue("report", T0);
    expect(c.validFor).toBe(3600);
    expect(Date.parse(c.expiresAt) - T0).toBe(POW_TTL_MS);
    const header = solved(c);
    expect(pow.check(header, "report", T0 + 59 * 60_000)).toBeNull();
    expect(pow.check(header, "report", T0 + 59 * 60_000)).toBe("reused");
    const late = pow.issue("report", T0);
    expect(pow.check(solved(late), "report", T0 + 60 * 60_000 + 1)).toBe("expired");
    expect(pow.check(solved(pow.issue("inbox", T0)), "report", T0)).toBe("scope");
    expect(pow.check(undefined, "report", T0)).toBe("missing");
  });

  it("raises the difficulty under load and refuses a challenge solved ahead at the old one", () => {
    const pow = proofOfWork(KEY, 4);
    const early = pow.issue("report", T0);
    expect(early.bits).toBe(4);
    // Solved while the person wrote; ten minutes later a flood of 500 challenges a minute begins.
    const header = solved(early);
    const later = T0 + 10 * 60_000;
    for (let i = 0; i < 500; i++) pow.issue("report", later);
    const now = pow.issue("report", later);
    expect(now.bits).toBeGreaterThan(4);
    expect(pow.check(header, "report", later + 1000)).toBe("weak");
    // A challenge issued just now keeps the difficulty it was given, and the fresh one goes through.
    expect(pow.check(solved(now), "report", later + 1000)).toBeNull();
  });

  it("accepts a challenge solved ahead when the difficulty did not rise", () => {
    const pow = proofOfWork(KEY, 4);
    const c = pow.issue("message", T0);
    expect(pow.check(solved(c), "message", T0 + 30 * 60_000)).toBeNull();
  });
});
