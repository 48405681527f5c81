/**
 * The audit log's hash chain: every entry carries the SHA-256 of its predecessor, so changing,
 * removing or reordering any row breaks every hash after it. Pure: no clock, no database.
 */
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";

/** The prevHash of the first entry. */
export const GENESIS_HASH = "0".repeat(64);

export interface AuditFields {
  seq: number;
  at: string;
  actor: string | null;
  action: string;
  caseId: string | null;
  detail: string;
}

export interface AuditRow extends AuditFields {
  prevHash: string;
  hash: string;
}

/** The hash of an entry: SHA-256 over a fixed-order JSON array of its fields and prevHash. */
export function entryHash(fields: AuditFields, prevHash: string): string {
  const canonical = JSON.stringify([
    "oc-audit-1",
    fields.seq,
    fields.at,
    fields.actor,
    fields.action,
    fields.caseId,
    fields.detail,
    prevHash,
  ]);
  return bytesToHex(sha256(utf8ToBytes(canonical)));
}

export type ChainCheck =
  | { ok: true; entries: number }
  | { ok: false; entries: number; brokenAt: number; reason: string };

/**
 * Checks a whole chain, in seq order, and names the first row that does not hold. Each row's own
 * hash is checked before the links, so an altered row is named itself rather than its successor.
 */
export function verifyChain(rows: readonly AuditRow[]): ChainCheck {
  const broken = (row: AuditRow, reason: string): ChainCheck => ({
    ok: false,
    entries: rows.length,
    brokenAt: row.seq,
    reason,
  });
  for (const row of rows) {
    if (entryHash(row, row.prevHash) !== row.hash) return broken(row, "the row does not match its hash");
  }
  let prev = GENESIS_HASH;
  let expectedSeq = 1;
  for (const row of rows) {
    if (row.seq !== expectedSeq) return broken(row, `expected seq ${expectedSeq}: a row is missing or moved`);
    if (row.prevHash !== prev) return broken(row, "prev_hash does not match the previous row");
    prev = row.hash;
    expectedSeq += 1;
  }
  return { ok: true, entries: rows.length };
}
