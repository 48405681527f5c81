/**
 * Signed audit checkpoints (crypto/SPEC.md "Audit checkpoint"): when a person opens the audit view,
 * their browser recomputes the hashes of the entries it was sent, checks they link up, and signs the
 * head with their own signing key. `npm run audit:verify` later fails if any entry at or before a
 * signed head was rewritten, even with every later hash recomputed.
 */
import { handlerSigningKey, sha256Hex, signCheckpoint } from "../../../crypto/index";
import type { AuditAnswer, AuditRow, Checkpoints } from "../lib/types";
import type { Ctx } from "./context";

/** The hash of db/audit-chain.ts, recomputed here so the browser does not take the server's word. */
function rowHash(r: AuditRow): string {
  return sha256Hex(
    JSON.stringify(["oc-audit-1", r.seq, r.at, r.actor, r.action, r.caseId, r.detail, r.prevHash]),
  );
}

/** Whether rows (any order) recompute and link up, oldest to newest, without a gap. */
export function windowHolds(rows: readonly AuditRow[]): boolean {
  const sorted = [...rows].sort((a, b) => a.seq - b.seq);
  return sorted.every((r, i) => {
    if (rowHash(r) !== r.hash) return false;
    const before = sorted[i - 1];
    return before === undefined || (r.seq === before.seq + 1 && r.prevHash === before.hash);
  });
}

/**
 * Signs the head of the log if the rows hold and this person has not signed this head yet.
 * Returns the seq of the newest signed checkpoint, or null.
 */
export async function signHead(ctx: Ctx, rows: readonly AuditRow[]): Promise<number | null> {
  const known = await ctx.call<Checkpoints>("GET", "/api/trust/checkpoints");
  const newest = known.reduce((m, c) => Math.max(m, c.seq), 0) || null;
  if (rows.length === 0 || !windowHolds(rows)) return newest;
  const head = rows.reduce((a, b) => (b.seq > a.seq ? b : a));
  // Each person signs for themselves: a head a colleague signed gains a second, independent witness.
  const mine = known.filter((c) => c.personId === ctx.person.id).reduce((m, c) => Math.max(m, c.seq), 0);
  if (mine >= head.seq) return newest;
  const statement = signCheckpoint(handlerSigningKey(ctx.identity), {
    seq: head.seq,
    hash: head.hash,
    at: new Date().toISOString(),
    personId: ctx.person.id,
  });
  await ctx.call("POST", "/api/trust/checkpoints", statement);
  return head.seq;
}

/** The audit head this browser checked (and signed), for a case export; `verified` false if it did not hold. */
export interface CheckedHead {
  seq: number;
  hash: string;
  verified: boolean;
}

/**
 * Fetches the audit log, checks its newest entries and signs their head, and returns that head: a case
 * export carries it, so a copy of the head exists off the server.
 */
export async function checkedAuditHead(ctx: Ctx): Promise<CheckedHead | null> {
  const { check, entries } = await ctx.call<AuditAnswer>("GET", "/api/audit");
  if (entries.length === 0) return null;
  const head = entries.reduce((a, b) => (b.seq > a.seq ? b : a));
  const verified = check.ok && windowHolds(entries);
  if (verified) await signHead(ctx, entries).catch(() => null);
  return { seq: head.seq, hash: head.hash, verified };
}
