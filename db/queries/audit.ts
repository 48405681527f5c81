import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { type AuditRow, entryHash, GENESIS_HASH, verifyChain } from "../audit-chain";
import { type Database, isConstraintError, type Write } from "../index";
import { auditLog } from "../schema";

export interface AuditEvent {
  actor: string | null;
  action: string;
  caseId?: string | null;
  /** Metadata only: ids, statuses, reasons typed by staff. Never report content. */
  detail?: Record<string, unknown>;
}

async function lastLink(database: Database): Promise<{ seq: number; hash: string }> {
  const [last] = await database.db
    .select({ seq: auditLog.seq, hash: auditLog.hash })
    .from(auditLog)
    .orderBy(desc(auditLog.seq))
    .limit(1);
  return last ?? { seq: 0, hash: GENESIS_HASH };
}

/**
 * Runs `writes` and appends the audit entry in the same transaction. The seq is the primary key,
 * so two concurrent appends cannot both take the same place in the chain: the loser retries.
 */
export async function withAudit(
  database: Database,
  event: AuditEvent,
  at: Date,
  writes: () => Write[],
): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    const last = await lastLink(database);
    const fields = {
      seq: last.seq + 1,
      at: at.toISOString(),
      actor: event.actor,
      action: event.action,
      caseId: event.caseId ?? null,
      detail: JSON.stringify(event.detail ?? {}),
    };
    const row = { ...fields, prevHash: last.hash, hash: entryHash(fields, last.hash) };
    try {
      await database.batch([...writes(), database.db.insert(auditLog).values(row)]);
      return;
    } catch (e) {
      if (attempt >= 8 || !isConstraintError(e, "audit_log")) throw e;
    }
  }
}

/** Appends one audit entry on its own. */
export function appendAudit(database: Database, event: AuditEvent, at: Date): Promise<void> {
  return withAudit(database, event, at, () => []);
}

/** The newest entry's seq and hash, or null for an empty log. */
export async function auditHead(database: Database): Promise<{ seq: number; hash: string } | null> {
  const last = await lastLink(database);
  return last.seq === 0 ? null : last;
}

/** The whole chain in order. */
export async function readAudit(database: Database): Promise<AuditRow[]> {
  return database.db.select().from(auditLog).orderBy(asc(auditLog.seq));
}

/** The audit entries of one action for some cases, oldest first (e.g. the deletion warnings given). */
export async function auditOfCases(
  database: Database,
  action: string,
  caseIds: readonly string[],
): Promise<AuditRow[]> {
  if (caseIds.length === 0) return [];
  return database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), inArray(auditLog.caseId, [...caseIds])))
    .orderBy(asc(auditLog.seq));
}

/** The newest `limit` entries, newest first, with the check of the whole chain (db/audit-chain.ts). */
export async function checkedAudit(database: Database, limit = 500) {
  const rows = await readAudit(database);
  return { check: verifyChain(rows), entries: rows.slice(-limit).reverse() };
}
