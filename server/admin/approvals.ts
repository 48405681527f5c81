/**
 * Changes waiting for a second admin (server/admin/changes.ts applies them), and the notices that tell
 * a handler a new person can read their channel's reports (server/routes/admin.ts).
 */
import * as v from "valibot";
import {
  dismissNotice,
  noticesOf,
  type PendingChange,
  type PendingChangeBody,
  type PendingKind,
  pendingById,
  pendingList,
} from "../../db/queries/approvals";
import { activePersons, listChannels } from "../../db/queries/persons";
import { notFound } from "../errors";
import { id } from "../validate";
import { type AdminCtx, approveChange, rejectChange } from "./changes";

/** Every waiting change, and whether the acting admin asked for it (then another must approve it). */
export async function pendingChanges(ctx: AdminCtx) {
  const rows = await pendingList(ctx.database);
  return {
    pending: rows.map((r) => ({
      id: r.id,
      kind: r.kind as PendingKind,
      target: r.target,
      change: JSON.parse(r.change) as PendingChangeBody,
      requestedBy: r.requestedBy,
      requestedAt: r.requestedAt,
      mine: r.requestedBy === ctx.actorId,
    })),
  };
}

async function pendingOf(ctx: AdminCtx, pendingId: string | undefined): Promise<PendingChange> {
  const pid = v.safeParse(id, pendingId ?? "");
  const row = pid.success ? await pendingById(ctx.database, pid.output) : undefined;
  if (!row) throw notFound("No such waiting change.");
  return row;
}

/**
 * A second admin approves a waiting change, which applies now. `confirm` checks the approving admin's
 * passphrase key and second factor (server/auth/second-factor.ts). The admin who asked for the change
 * is not asked for them: `approveChange` refuses that admin anyway.
 */
export async function approvePending(
  ctx: AdminCtx,
  pendingId: string | undefined,
  confirm: () => Promise<void>,
) {
  const row = await pendingOf(ctx, pendingId);
  if (row.requestedBy !== ctx.actorId) await confirm();
  await approveChange(ctx, row);
  return { id: row.id, kind: row.kind, applied: true as const };
}

/** Any admin rejects, or the one who asked withdraws, a waiting change: nothing applies. */
export async function rejectPending(ctx: AdminCtx, pendingId: string | undefined) {
  const row = await pendingOf(ctx, pendingId);
  await rejectChange(ctx, row);
  return { id: row.id, kind: row.kind, applied: false as const };
}

/** A person's notices: who can newly read reports on their channels (null once that person left). */
export async function staffNotices(ctx: Pick<AdminCtx, "database">, personId: string) {
  const rows = await noticesOf(ctx.database, personId);
  const people = rows.length ? await activePersons(ctx.database) : [];
  const names = rows.length ? await listChannels(ctx.database) : [];
  return {
    notices: rows.map((n) => {
      const p = people.find((x) => x.id === n.subject);
      return {
        id: n.id,
        kind: n.kind,
        reader: p ? { id: p.id, displayName: p.displayName, handle: p.handle } : null,
        channel: names.find((ch) => ch.id === n.channelId)?.name ?? null,
        createdAt: n.createdAt,
      };
    }),
  };
}

/** Dismisses one of the person's own notices; 404 for any other. */
export async function dismissStaffNotice(
  ctx: Pick<AdminCtx, "database">,
  personId: string,
  noticeId: string,
) {
  const nid = v.safeParse(id, noticeId);
  if (!nid.success || !(await dismissNotice(ctx.database, personId, nid.output)))
    throw notFound("No such notice.");
}
