/**
 * Proof of work for the anonymous write routes (DESIGN.md "Abuse without shutting anyone out"). A
 * challenge is stateless: its salt, difficulty, expiry and route scope under an HMAC with a stored
 * secret, so any process or Worker isolate can check it. The browser finds a number `n` such that
 * SHA-256("oc-pow-1:" + salt + ":" + n) starts with `bits` zero bits, in a Web Worker. Each solved
 * challenge is accepted once per process (a memory of used salts until they expire). Difficulty rises
 * with the number of challenges handed out in the last minute, so a flood costs the flooder more.
 * Pure apart from Web Crypto randomness: no database, no clock of its own.
 */
import { hmac } from "@noble/hashes/hmac.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import { constantTimeEqual, leadingZeroBits, powHash, solvePowSlice } from "../../crypto/index";

/** The routes that take a proof of work, by scope. */
export type PowScope = "report" | "inbox" | "message";
export const POW_SCOPES: readonly PowScope[] = ["report", "inbox", "message"];
/** Header carrying the solved challenge: `<challenge>.<n>`. */
export const POW_HEADER = "x-oc-pow";

/** About 2^17 hashes on average: about 1 s in Chromium's Worker on a loaded 2-core server, 1-2 s on a mid-range phone. */
export const DEFAULT_POW_BITS = 17;
/** Never more than this, however heavy the load: a phone must still finish within a minute. */
export const MAX_EXTRA_BITS = 4;
/**
 * Long enough to write a report: the page solves its challenge in the background as soon as the form
 * is in use, so the submission rarely waits (client/src/lib/pow.ts). A challenge solved before the
 * difficulty rose is refused ("weak") and the page solves a fresh one.
 */
export const POW_TTL_MS = 60 * 60_000;
/** Challenges per minute that count as normal traffic; each doubling beyond adds a bit. */
const NORMAL_PER_MINUTE = 60;

export interface PowChallenge {
  /** `pow1.<scope>.<salt>.<bits>.<expires ms>.<mac>`: opaque to the browser except `bits`. */
  challenge: string;
  /** The salt the browser hashes with its numbers. */
  salt: string;
  bits: number;
  expiresAt: string;
  /** Seconds the challenge stays valid, so the browser needs no clock of its own to know. */
  validFor: number;
}

/** Solves a challenge by counting up (tests and the bench; the browser does the same in a Worker). */
export function solvePow(salt: string, bits: number): number {
  for (let from = 0; ; from += 1 << 16) {
    const n = solvePowSlice(salt, bits, from, 1 << 16);
    if (n !== null) return n;
  }
}

export type PowFailure =
  | "missing"
  | "malformed"
  | "forged"
  | "expired"
  | "scope"
  | "unsolved"
  | "reused"
  | "weak";

export interface Pow {
  /** A fresh challenge for `scope`; counts towards the load that sets the difficulty. */
  issue(scope: PowScope, now: number): PowChallenge;
  /** Checks a header value for `scope`; null when it is a fresh, solved challenge (then spent). */
  check(header: string | undefined, scope: PowScope, now: number): PowFailure | null;
  /** The difficulty a challenge issued now would get. */
  bitsNow(now: number): number;
}

/** `key` must be a stored secret, the same in every process (db/queries/secrets.ts). */
export function proofOfWork(key: Uint8Array, bits?: number): Pow {
  const baseBits =
    bits !== undefined && Number.isInteger(bits) && bits >= 0 && bits <= 28 ? bits : DEFAULT_POW_BITS;
  const issued: number[] = [];
  const used = new Map<string, number>();
  const macOf = (body: string) => bytesToHex(hmac(sha256, key, utf8ToBytes(body))).slice(0, 32);
  const bitsNow = (now: number): number => {
    while (issued.length > 0 && (issued[0] ?? 0) <= now - 60_000) issued.shift();
    const load = issued.length / NORMAL_PER_MINUTE;
    return baseBits + (load <= 1 ? 0 : Math.min(MAX_EXTRA_BITS, Math.floor(Math.log2(load))));
  };
  return {
    bitsNow,
    issue(scope, now) {
      const bits = bitsNow(now);
      if (issued.length < 100_000) issued.push(now);
      const salt = bytesToHex(crypto.getRandomValues(new Uint8Array(16)));
      const expires = now + POW_TTL_MS;
      const body = `pow1.${scope}.${salt}.${bits}.${expires}`;
      return {
        challenge: `${body}.${macOf(body)}`,
        salt,
        bits,
        expiresAt: new Date(expires).toISOString(),
        validFor: POW_TTL_MS / 1000,
      };
    },
    check(header, scope, now) {
      if (!header) return "missing";
      const parts = header.split(".");
      if (parts.length !== 7 || parts[0] !== "pow1") return "malformed";
      const [, claimed, salt = "", bitsText = "", expiresText = "", mac = "", nText = ""] = parts;
      if (!/^[0-9a-f]{32}$/.test(salt) || !/^\d{1,2}$/.test(bitsText) || !/^\d{1,15}$/.test(expiresText))
        return "malformed";
      if (!/^\d{1,12}$/.test(nText) || !/^[0-9a-f]{32}$/.test(mac)) return "malformed";
      const body = `pow1.${claimed}.${salt}.${bitsText}.${expiresText}`;
      if (!constantTimeEqual(utf8ToBytes(macOf(body)), utf8ToBytes(mac))) return "forged";
      if (claimed !== scope) return "scope";
      const expires = Number(expiresText);
      if (expires <= now) return "expired";
      if (leadingZeroBits(powHash(salt, Number(nText))) < Number(bitsText)) return "unsolved";
      // Solved ahead while the person wrote (issued over a minute ago), but the load has since raised
      // the difficulty: the page solves a fresh one. A fresh challenge keeps the difficulty it was given.
      if (expires - POW_TTL_MS < now - 60_000 && Number(bitsText) < bitsNow(now)) return "weak";
      if (used.has(salt)) return "reused";
      if (used.size > 200_000) for (const [s, e] of used) if (e <= now) used.delete(s);
      used.set(salt, expires);
      return null;
    },
  };
}
