/**
 * Signed audit checkpoints (crypto/SPEC.md "Audit checkpoint"): a person's browser verified the chain
 * and signed its head. A database writer can rewrite a row and recompute every later hash, which the
 * chain alone cannot notice; the head it had then no longer matches a checkpoint signed before, and
 * it cannot sign a new one without a person's key. Pure: no clock, no database.
 */
import {
  fingerprintOf,
  isCryptoError,
  openCheckpoint,
  openRoster,
  type SignedStatement,
} from "../crypto/index";
import type { AuditRow } from "./audit-chain";

export interface StoredCheckpoint extends SignedStatement {
  seq: number;
  personId: string;
}

export type CheckpointCheck =
  | { ok: true; checkpoints: number; newestSeq: number | null }
  | { ok: false; seq: number; reason: string };

/**
 * People's signing keys from every stored roster signed with the channel key of the newest one (or of
 * `pin`, when given): a checkpoint stays checkable after its signer was offboarded.
 */
export function signingKeysFromRosters(
  rosters: readonly SignedStatement[],
  pin?: string,
): Map<string, Set<string>> {
  const keys = new Map<string, Set<string>>();
  if (rosters.length === 0) return keys;
  const newest = rosters[rosters.length - 1]!;
  const channelKey = (JSON.parse(newest.body) as { channelKey: string }).channelKey;
  const expected = pin ?? fingerprintOf(channelKey);
  for (const statement of rosters) {
    const issuedAt = new Date((JSON.parse(statement.body) as { issuedAt: string }).issuedAt);
    const roster = openRoster(statement, { pin: expected, now: issuedAt });
    for (const p of roster.people) {
      if (!keys.has(p.id)) keys.set(p.id, new Set());
      keys.get(p.id)!.add(p.signingKey);
    }
  }
  return keys;
}

/**
 * Checks every checkpoint: signed by its person's key from a signed roster, and naming the hash the
 * log holds at its seq. Run after `verifyChain`: together they fail when any entry at or before the
 * newest checkpoint was changed, removed or reordered, even with every later hash recomputed.
 */
export function verifyCheckpoints(
  rows: readonly AuditRow[],
  checkpoints: readonly StoredCheckpoint[],
  keys: ReadonlyMap<string, ReadonlySet<string>>,
): CheckpointCheck {
  const bySeq = new Map(rows.map((r) => [r.seq, r]));
  let newestSeq: number | null = null;
  for (const stored of checkpoints) {
    const candidates = [...(keys.get(stored.personId) ?? [])];
    let verified = null;
    for (const key of candidates) {
      try {
        verified = openCheckpoint(stored, key);
        break;
      } catch (e) {
        if (!isCryptoError(e)) throw e;
      }
    }
    if (!verified || verified.personId !== stored.personId) {
      return { ok: false, seq: stored.seq, reason: "checkpoint signature does not verify" };
    }
    const row = bySeq.get(verified.seq);
    if (!row) return { ok: false, seq: verified.seq, reason: "the checkpointed entry is missing" };
    if (row.hash !== verified.hash) {
      return { ok: false, seq: verified.seq, reason: "the log was rewritten after a signed checkpoint" };
    }
    newestSeq = Math.max(newestSeq ?? 0, verified.seq);
  }
  return { ok: true, checkpoints: checkpoints.length, newestSeq };
}
