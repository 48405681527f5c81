/**
 * The closed set of failure kinds the crypto module reports. Callers branch on
 * the code, never on the message.
 */
export type CryptoErrorCode =
  | "bad-token"
  | "bad-envelope"
  | "bad-padding"
  | "unwrap-failed"
  | "decrypt-failed"
  | "bad-recipient"
  | "bad-kdf"
  | "bad-signature";

/**
 * The only error type thrown by `crypto/` for bad input or failed decryption.
 * Messages are terse, lowercase and never contain key material, tokens,
 * passphrases or plaintext.
 */
export class CryptoError extends Error {
  /** What kind of failure this is; stable, safe to map to an HTTP status. */
  readonly code: CryptoErrorCode;

  /**
   * @param code - the failure kind.
   * @param message - a terse lowercase reason; defaults to the code.
   */
  constructor(code: CryptoErrorCode, message?: string) {
    super(message ?? code);
    this.name = "CryptoError";
    this.code = code;
  }
}

/** Type guard for a {@link CryptoError}, optionally of one code. */
export function isCryptoError(e: unknown, code?: CryptoErrorCode): e is CryptoError {
  return e instanceof CryptoError && (code === undefined || e.code === code);
}
