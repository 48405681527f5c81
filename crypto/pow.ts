/**
 * The proof-of-work puzzle of the anonymous write routes (SPEC.md, "Proof of work"): find a number `n`
 * such that SHA-256("oc-pow-1:" + salt + ":" + n), with `n` in decimal, starts with `bits` zero bits.
 * The server checks one hash; the browser tries about 2^bits numbers in a Web Worker.
 */
import { sha256 } from "@noble/hashes/sha2.js";

const encoder = new TextEncoder();

/** SHA-256("oc-pow-1:" + salt + ":" + n). */
export function powHash(salt: string, n: number): Uint8Array {
  return sha256(encoder.encode(`oc-pow-1:${salt}:${n}`));
}

/** The number of leading zero bits of `hash`. */
export function leadingZeroBits(hash: Uint8Array): number {
  let bits = 0;
  for (const byte of hash) {
    if (byte !== 0) return bits + Math.clz32(byte) - 24;
    bits += 8;
  }
  return bits;
}

/**
 * Counts `n` up from `from` for at most `count` tries; returns the first that solves the puzzle, or
 * null (so that a caller can yield between slices).
 */
export function solvePowSlice(salt: string, bits: number, from: number, count: number): number | null {
  for (let n = from; n < from + count; n++) if (leadingZeroBits(powHash(salt, n)) >= bits) return n;
  return null;
}
