/**
 * The backup recipient: the public half of an offline hybrid post-quantum age key (ML-KEM-768 +
 * X25519, `age1pq1...`) that the admins keep away from the server. Backups are encrypted to it only;
 * plain X25519 recipients are refused, since a backup must stay secret as long as the reports in it.
 * Portable: no Node APIs.
 */

import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import { Encrypter } from "age-encryption";

const HYBRID_RECIPIENT = /^age1pq1[02-9ac-hj-np-z]+$/;

/** True when `recipient` is a well-formed hybrid recipient (the bech32 checksum and key size included). */
export function isBackupRecipient(recipient: unknown): recipient is string {
  if (typeof recipient !== "string" || recipient.length > 2500 || !HYBRID_RECIPIENT.test(recipient))
    return false;
  try {
    new Encrypter().addRecipient(recipient);
    return true;
  } catch {
    return false;
  }
}

/**
 * The fingerprint people compare with the key they hold: the first 16 bytes of SHA-256 over the
 * recipient string, in eight groups of four hex digits.
 */
export function recipientFingerprint(recipient: string): string {
  const hex = bytesToHex(sha256(utf8ToBytes(recipient))).slice(0, 32);
  return hex.match(/.{4}/g)?.join(" ") ?? hex;
}
