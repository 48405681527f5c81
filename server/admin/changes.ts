/**
 * Applying the admin changes of server/admin/readers.ts, at once or after a second admin's approval,
 * and telling the handlers of a channel when a new person can read its reports: a notice in their
 * app and a content-free mail. Re-signing the roster stays with an admin's browser (routes/trust.ts):
 * a new reader gets keys only after that.
 */
import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Database, Write } from "../../db/index";
import {
  adminIds,
  channelIdsOf,
  channelReaders,
  mailInsert,
  noticeInsert,
  type PendingChange,
  pendingDelete,
  pendingInsert,
} from "../../db/queries/approvals";
import { withAudit } from "../../db/queries/audit";
import { randomId } from "../../db/queries/ids";
import { channelMemberIds, rolesOf } from "../../db/queries/persons";
import { type SettingsChange, settingsUpdate } from "../../db/queries/settings";
import { channelMembers, channels, enrolments, persons } from "../../db/schema";
import { badRequest, conflict, forbidden, notFound } from "../errors";
import { addedMembers, addsReading, isReader, needsSecondAdmin, newReaderMail } from "./readers";

export interface AdminCtx {
  database: Database;
  now: Date;
  publicUrl?: string | undefined;
  /** The admin acting now. */
  actorId: string;
}

/** The decision of a second admin, recorded with the change it applies. */
interface Approval {
  pending: string;
  requestedBy: string;
}

export async function secondAdminNeeded(database: Database): Promise<boolean> {
  return needsSecondAdmin((await adminIds(database)).length);
}

/** Notices (and mails) to the readers of `channelIds` other than `readerId`: one per person and channel. */
export async function readerNotices(ctx: AdminCtx, readerId: string, channelIds: string[]): Promise<Write[]> {
  const readers = (await channelReaders(ctx.database, channelIds)).filter((r) => r.id !== readerId);
  const at = ctx.now.toISOString();
  const mail = newReaderMail(ctx.publicUrl);
  const mailed = new Set<string>();
  const writes: Write[] = [];
  for (const r of readers) {
    writes.push(
      noticeInsert(ctx.database, {
        id: randomId(),
        personId: r.id,
        kind: "new_reader",
        subject: readerId,
        channelId: r.channelId,
        createdAt: at,
      }),
    );
    if (r.notifyEmail && !mailed.has(r.id)) {
      mailed.add(r.id);
      writes.push(
        mailInsert(ctx.database, {
          id: randomId(),
          to: r.notifyEmail,
          subject: mail.subject,
          body: mail.text,
          createdAt: at,
          dedupeKey: `reader:${readerId}:${r.id}:${at}`,
        }),
      );
    }
  }
  return writes;
}

/** Stores a change for a second admin; the audit entry names what waits. */
export async function requestChange(
  ctx: AdminCtx,
  kind: "roles" | "members" | "settings",
  target: string,
  change: Record<string, unknown>,
): Promise<{ id: string; kind: string }> {
  const id = randomId();
  await withAudit(
    ctx.database,
    { actor: ctx.actorId, action: "admin.change_requested", detail: { pending: id, kind, target, change } },
    ctx.now,
    () => [
      pendingInsert(ctx.database, {
        id,
        kind,
        target,
        change: JSON.stringify(change),
        requestedBy: ctx.actorId,
        requestedAt: ctx.now.toISOString(),
      }),
    ],
  );
  return { id, kind };
}

async function activePerson(database: Database, id: string) {
  const [p] = await database.db
    .select()
    .from(persons)
    .where(and(eq(persons.id, id), isNull(persons.removedAt)));
  if (!p) throw notFound("No such person.");
  return p;
}

export async function applyRoles(
  ctx: AdminCtx,
  personId: string,
  roles: string[],
  approval?: Approval,
): Promise<void> {
  const p = await activePerson(ctx.database, personId);
  const from = rolesOf(p);
  const notices = addsReading(from, roles)
    ? await readerNotices(ctx, personId, await channelIdsOf(ctx.database, personId))
    : [];
  await withAudit(
    ctx.database,
    {
      actor: ctx.actorId,
      action: "person.roles",
      detail: { person: personId, from, to: roles, ...approval },
    },
    ctx.now,
    () => [
      ctx.database.db
        .update(persons)
        .set({ roles: JSON.stringify(roles) })
        .where(eq(persons.id, personId)),
      ...notices,
      ...(approval ? [pendingDelete(ctx.database, approval.pending)] : []),
    ],
  );
}

/** The channel's active people on `personIds`; 400 when someone on it is not enrolled. */
export async function membersOf(database: Database, channelId: string, personIds: string[]) {
  const [ch] = await database.db.select().from(channels).where(eq(channels.id, channelId));
  if (!ch) throw notFound("No such channel.");
  const people = personIds.length
    ? await database.db
        .select()
        .from(persons)
        .where(and(inArray(persons.id, personIds), isNull(persons.removedAt)))
    : [];
  if (people.length !== new Set(personIds).size)
    throw badRequest("unknown_person", "Someone on the list is not enrolled.");
  return people;
}

export async function applyMembers(
  ctx: AdminCtx,
  channelId: string,
  personIds: string[],
  approval?: Approval,
): Promise<string[]> {
  const people = await membersOf(ctx.database, channelId, personIds);
  const added = addedMembers(await channelMemberIds(ctx.database, channelId), personIds);
  const notices: Write[] = [];
  for (const p of people)
    if (added.includes(p.id) && isReader(rolesOf(p)))
      notices.push(...(await readerNotices(ctx, p.id, [channelId])));
  await withAudit(
    ctx.database,
    {
      actor: ctx.actorId,
      action: "channel.members",
      detail: { channel: channelId, members: personIds, ...approval },
    },
    ctx.now,
    () => [
      ctx.database.db.delete(channelMembers).where(eq(channelMembers.channelId, channelId)),
      ...people.map((p) => ctx.database.db.insert(channelMembers).values({ channelId, personId: p.id })),
      ...notices,
      ...(approval ? [pendingDelete(ctx.database, approval.pending)] : []),
    ],
  );
  return people.map((p) => p.id);
}

export async function applySettings(ctx: AdminCtx, changed: SettingsChange, approval?: Approval) {
  await withAudit(
    ctx.database,
    { actor: ctx.actorId, action: "settings.changed", detail: { changed, ...approval } },
    ctx.now,
    () => [
      settingsUpdate(ctx.database, changed, ctx.now),
      ...(approval ? [pendingDelete(ctx.database, approval.pending)] : []),
    ],
  );
}

/** A second admin approves: the change applies now, recorded with both names. */
export async function approveChange(ctx: AdminCtx, row: PendingChange): Promise<void> {
  if (row.requestedBy === ctx.actorId) throw forbidden("A second admin must approve a change you asked for.");
  const approval = { pending: row.id, requestedBy: row.requestedBy };
  const change = JSON.parse(row.change) as Record<string, unknown>;
  if (row.kind === "roles") return applyRoles(ctx, row.target, change.roles as string[], approval);
  if (row.kind === "members") {
    await applyMembers(ctx, row.target, change.personIds as string[], approval);
    return;
  }
  if (row.kind === "settings") return applySettings(ctx, change as SettingsChange, approval);
  if (row.kind === "enrolment") {
    const [e] = await ctx.database.db.select().from(enrolments).where(eq(enrolments.id, row.target));
    if (!e || e.usedAt || Date.parse(e.expiresAt) <= ctx.now.getTime())
      throw conflict("expired", "This enrolment link expired; make a new one.");
    await withAudit(
      ctx.database,
      { actor: ctx.actorId, action: "enrolment.approved", detail: { enrolment: e.id, ...approval } },
      ctx.now,
      () => [pendingDelete(ctx.database, row.id)],
    );
    return;
  }
  throw conflict("unknown_change", "This change cannot be applied.");
}

/** Any admin (the one who asked, too) rejects: nothing applies, and a waiting link stops working. */
export async function rejectChange(ctx: AdminCtx, row: PendingChange): Promise<void> {
  await withAudit(
    ctx.database,
    {
      actor: ctx.actorId,
      action: "admin.change_rejected",
      detail: { pending: row.id, kind: row.kind, target: row.target, requestedBy: row.requestedBy },
    },
    ctx.now,
    () => [
      pendingDelete(ctx.database, row.id),
      ...(row.kind === "enrolment"
        ? [
            ctx.database.db
              .update(enrolments)
              .set({ expiresAt: ctx.now.toISOString() })
              .where(and(eq(enrolments.id, row.target), isNull(enrolments.usedAt))),
          ]
        : []),
    ],
  );
}
