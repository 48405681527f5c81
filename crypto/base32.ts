// Crockford base32 codes with a Luhn mod 32 check character: the shared
// machinery behind case tokens and handler recovery keys (see SPEC.md).

import { randomBytes } from "./encoding";

/** Crockford's base32 alphabet: digits and capitals without I, L, O, U. */
export const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** Value of an already-canonical character, or -1. */
export function charValue(c: string): number {
  return CROCKFORD.indexOf(c);
}

/** Random Crockford characters, each from 5 uniform CSPRNG bits. */
export function randomChars(n: number): string {
  const bytes = randomBytes(n);
  let s = "";
  // 256 is a multiple of 32, so the low 5 bits of a uniform byte are uniform.
  for (const b of bytes) s += CROCKFORD[b & 31];
  return s;
}

/**
 * Luhn mod N (N = 32) check character over canonical characters: from the
 * right, every second value (starting with the rightmost) is doubled and its
 * base-32 digits summed. Detects every single-character substitution and
 * every adjacent transposition except of "0" with "Z".
 */
export function luhn32(chars: string): string {
  let factor = 2;
  let sum = 0;
  for (let i = chars.length - 1; i >= 0; i--) {
    const v = charValue(chars[i]!);
    if (v < 0) throw new RangeError("not a crockford character");
    const addend = factor * v;
    sum += Math.floor(addend / 32) + (addend % 32);
    factor = factor === 2 ? 1 : 2;
  }
  return CROCKFORD[(32 - (sum % 32)) % 32]!;
}

/**
 * Canonicalises typed input: uppercase, drops spaces and hyphens, reads O as
 * 0 and I, L as 1. Returns null if anything outside the alphabet remains.
 */
export function canonicalChars(input: string): string | null {
  if (typeof input !== "string" || input.length > 256) return null;
  const s = input.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
  for (const c of s) if (charValue(c) < 0) return null;
  return s;
}

/** Splits a string into groups of `size` joined by "-". */
export function group(s: string, size: number): string {
  const parts: string[] = [];
  for (let i = 0; i < s.length; i += size) parts.push(s.slice(i, i + size));
  return parts.join("-");
}

/** Packs 5-bit character values, most significant bit first, into bytes. */
export function charsToBytes(chars: string): Uint8Array {
  const out = new Uint8Array(Math.ceil((chars.length * 5) / 8));
  let acc = 0;
  let bits = 0;
  let j = 0;
  for (const c of chars) {
    acc = (acc << 5) | charValue(c);
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out[j++] = (acc >>> bits) & 0xff;
    }
    acc &= (1 << bits) - 1;
  }
  if (bits > 0) out[j] = (acc << (8 - bits)) & 0xff;
  return out;
}
