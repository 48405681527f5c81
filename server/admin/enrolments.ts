/**
 * Enrolment links as admins manage them: the open ones (never their codes, which are not stored) and
 * revoking one. Making a link is people.ts's `newEnrolmentLink`; using one is auth/enrolment.ts.
 */
import { withAudit } from "../../db/queries/audit";
import { enrolmentById, enrolmentExpiry, openEnrolments } from "../../db/queries/persons";
import { notFound } from "../errors";
import type { AdminCtx } from "./changes";

/** The links nobody has used and that have not expired, oldest first: roles, channels, maker, expiry. */
export async function openEnrolmentLinks(ctx: Pick<AdminCtx, "database" | "now">) {
  const open = await openEnrolments(ctx.database, ctx.now);
  return {
    enrolments: open
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
      .map((e) => ({
        id: e.id,
        roles: JSON.parse(e.roles) as string[],
        channelIds: JSON.parse(e.channelIds) as string[],
        createdAt: e.createdAt,
        createdBy: e.createdBy,
        expiresAt: e.expiresAt,
      })),
  };
}

/** Revokes an open link: it expires now, and nobody can use it any more. 404 unless it is open. */
export async function revokeEnrolmentLink(ctx: AdminCtx, enrolmentId: string) {
  const { database, now } = ctx;
  const link = await enrolmentById(database, enrolmentId);
  if (!link || link.usedAt || Date.parse(link.expiresAt) <= now.getTime())
    throw notFound("No such open link.");
  await withAudit(
    database,
    { actor: ctx.actorId, action: "enrolment.revoked", detail: { enrolment: link.id } },
    now,
    () => [enrolmentExpiry(database, link.id, now)],
  );
}
