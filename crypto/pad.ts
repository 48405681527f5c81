// Size padding: ciphertext sizes leak, so every plaintext is put into a
// versioned container whose total size is a bucket (SPEC.md "Padding").

import { CryptoError } from "./errors";

const MAGIC = [0x6f, 0x63, 0x2d, 0x70, 0x61, 0x64, 0x2d, 0x31]; // "oc-pad-1"
const HEADER = MAGIC.length + 4; // magic + 4-byte big-endian content length
const MIN_BUCKET = 1024;
const MAX_CONTENT = 0xffffffff - HEADER;

/**
 * Padmé (Nikitin et al., PETS 2019): rounds `n` up so that only the top
 * floor(log2(e)) + 1 bits of its e-bit exponent range vary; at most ~12%
 * overhead, and at most O(log log n) bits of the size leak.
 */
function padme(n: number): number {
  if (n < 2) return n;
  const e = floorLog2(n);
  const s = floorLog2(e) + 1;
  const step = 2 ** (e - s);
  return Math.ceil(n / step) * step;
}

// Exact for every safe integer, unlike Math.log2 near powers of two.
function floorLog2(n: number): number {
  return n.toString(2).length - 1;
}

/** Total container size for `contentLength` bytes of content. */
export function paddedSize(contentLength: number): number {
  if (!Number.isSafeInteger(contentLength) || contentLength < 0 || contentLength > MAX_CONTENT) {
    throw new CryptoError("bad-padding", "content too large");
  }
  return Math.max(MIN_BUCKET, padme(contentLength + HEADER));
}

/** Whether `n` is a bucket size: at least 1024 and a fixed point of Padmé. */
export function isPaddedSize(n: number): boolean {
  return Number.isSafeInteger(n) && n >= MIN_BUCKET && padme(n) === n;
}

/**
 * Puts `content` into the padding container: the ASCII magic `oc-pad-1`, the
 * content length as a 4-byte big-endian integer, the content, then zero bytes
 * up to the bucket size. Deterministic.
 */
export function pad(content: Uint8Array): Uint8Array {
  const out = new Uint8Array(paddedSize(content.length));
  out.set(MAGIC, 0);
  new DataView(out.buffer).setUint32(MAGIC.length, content.length, false);
  out.set(content, HEADER);
  return out;
}

/**
 * Takes the content out of a padding container. Strict: the magic must match
 * (unknown versions are rejected), the size must be exactly the bucket for the
 * content length, and every padding byte must be zero.
 *
 * @throws CryptoError("bad-padding") otherwise.
 */
export function unpad(padded: Uint8Array): Uint8Array {
  if (!isPaddedSize(padded.length)) throw new CryptoError("bad-padding", "size is not a bucket");
  for (let i = 0; i < MAGIC.length; i++) {
    if (padded[i] !== MAGIC[i]) throw new CryptoError("bad-padding", "unknown padding version");
  }
  const view = new DataView(padded.buffer, padded.byteOffset, padded.byteLength);
  const length = view.getUint32(MAGIC.length, false);
  if (length > padded.length - HEADER || paddedSize(length) !== padded.length) {
    throw new CryptoError("bad-padding", "length does not match size");
  }
  let acc = 0;
  for (let i = HEADER + length; i < padded.length; i++) acc |= padded[i]!;
  if (acc !== 0) throw new CryptoError("bad-padding", "non-zero padding");
  return padded.slice(HEADER, HEADER + length);
}
