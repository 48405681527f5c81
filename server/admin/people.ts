/**
 * The admin's verbs on people and channels: enrolment links, roles, offboarding, channels and their
 * members. A change that adds a reader waits for a second admin once there are two (readers.ts,
 * changes.ts); the verbs say so with `pending`. An admin configures the channel but never gets a key.
 */

import { withAudit } from "../../db/queries/audit";
import { randomId } from "../../db/queries/ids";
import type { Role } from "../../db/queries/persons";
import {
  casesOnlyHeldBy,
  channelIds,
  channelInsert,
  channelMemberIds,
  offboardWrites,
  personById,
  rolesOf,
} from "../../db/queries/persons";
import { createEnrolment } from "../bootstrap";
import { badRequest, conflict, notFound } from "../errors";
import {
  type AdminCtx,
  applyMembers,
  applyRoles,
  membersOf,
  requestChange,
  secondAdminNeeded,
} from "./changes";
import { addedGatedRoles, addedMembers } from "./readers";

/** A change that applied at once (`pending` null) or waits for a second admin. */
type Pending = { id: string; kind: string } | null;

/** A one-time enrolment link; with two admins it works once a second approves (readers.ts gates every role). */
export async function newEnrolmentLink(
  ctx: AdminCtx,
  input: { roles: Role[]; channelIds: string[] },
  origin: string,
): Promise<{ link: string; expiresAt: string; pending: Pending }> {
  const known = await channelIds(ctx.database);
  for (const id of input.channelIds)
    if (!known.includes(id)) throw badRequest("unknown_channel", "No such channel.");
  const pendingId = (await secondAdminNeeded(ctx.database)) ? randomId() : undefined;
  const { code, expiresAt } = await createEnrolment(ctx.database, {
    roles: [...new Set(input.roles)],
    channelIds: input.channelIds,
    createdBy: ctx.actorId,
    now: ctx.now,
    ...(pendingId ? { pendingId } : {}),
  });
  const base = ctx.publicUrl ?? origin;
  return {
    link: `${base}/handler.html#enrol=${code}`,
    expiresAt,
    pending: pendingId ? { id: pendingId, kind: "enrolment" } : null,
  };
}

/** Sets a person's roles; a role that reads reports (or approves) waits for a second admin. */
export async function changeRoles(
  ctx: AdminCtx,
  personId: string,
  wanted: Role[],
): Promise<{ id: string; roles: string[]; pending: Pending }> {
  const person = await personById(ctx.database, personId);
  if (!person) throw notFound("No such person.");
  const roles = [...new Set(wanted)];
  if (personId === ctx.actorId && !roles.includes("admin"))
    throw conflict("last_admin", "You cannot remove your own admin role.");
  if (addedGatedRoles(rolesOf(person), roles).length > 0 && (await secondAdminNeeded(ctx.database))) {
    const pending = await requestChange(ctx, "roles", personId, { roles });
    return { id: personId, roles: rolesOf(person), pending };
  }
  await applyRoles(ctx, personId, roles);
  return { id: personId, roles, pending: null };
}

const refs = (caseIds: string[]) => caseIds.map((x) => x.slice(0, 8).toUpperCase()).join(", ");

/** Offboarding, refused while the person alone can open a case or its identity section (Art. 16). */
export async function offboard(ctx: AdminCtx, personId: string): Promise<void> {
  const person = await personById(ctx.database, personId);
  if (!person) throw notFound("No such person.");
  if (personId === ctx.actorId) throw conflict("self_removal", "Ask another admin to remove you.");
  const orphaned = await casesOnlyHeldBy(ctx.database, personId);
  if (orphaned.length > 0) {
    throw conflict(
      "last_holder",
      `${person.displayName} is the only person who can open ${orphaned.length} case(s): ${refs(orphaned)}. Grant access to someone else first.`,
    );
  }
  // Art. 16: the last custodian key of a case would take the identity section with it for good.
  const lastCustodian = await casesOnlyHeldBy(ctx.database, personId, "identity");
  if (lastCustodian.length > 0) {
    throw conflict(
      "last_custodian",
      `${person.displayName} is the only custodian of the identity section of ${lastCustodian.length} case(s): ${refs(lastCustodian)}. Grant another custodian access first.`,
    );
  }
  await withAudit(
    ctx.database,
    { actor: ctx.actorId, action: "person.removed", detail: { person: personId } },
    ctx.now,
    () => offboardWrites(ctx.database, personId, ctx.now),
  );
}

/** A new routing channel. */
export async function createChannel(ctx: AdminCtx, name: string): Promise<{ id: string; name: string }> {
  const id = randomId(8);
  await withAudit(
    ctx.database,
    { actor: ctx.actorId, action: "channel.created", detail: { channel: id, name } },
    ctx.now,
    () => [channelInsert(ctx.database, { id, name, createdAt: ctx.now.toISOString() })],
  );
  return { id, name };
}

/** Sets a channel's members: adding one waits for a second admin once there are two; removing applies at once. */
export async function setMembers(
  ctx: AdminCtx,
  channelId: string,
  wanted: string[],
): Promise<{ id: string; members: string[]; pending: Pending }> {
  const personIds = [...new Set(wanted)];
  await membersOf(ctx.database, channelId, personIds);
  const current = await channelMemberIds(ctx.database, channelId);
  if (addedMembers(current, personIds).length > 0 && (await secondAdminNeeded(ctx.database))) {
    const pending = await requestChange(ctx, "members", channelId, { personIds });
    return { id: channelId, members: current, pending };
  }
  return { id: channelId, members: await applyMembers(ctx, channelId, personIds), pending: null };
}
