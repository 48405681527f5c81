/**
 * The admin's side: enrolment links, people and their roles, routing channels, offboarding and the
 * audit log. An admin configures the channel but cannot read reports: admin rights give no case key.
 */
import { and, eq, inArray, isNull } from "drizzle-orm";
import { type Context, Hono } from "hono";
import * as v from "valibot";
import { verifyChain } from "../../db/audit-chain";
import { readAudit, withAudit } from "../../db/queries/audit";
import { randomId } from "../../db/queries/ids";
import { channelMemberIds, rolesOf } from "../../db/queries/persons";
import { caseKeys, channelMembers, channels, persons, sessions } from "../../db/schema";
import {
  type AdminCtx,
  applyMembers,
  applyRoles,
  membersOf,
  requestChange,
  secondAdminNeeded,
} from "../admin/changes";
import { addedGatedRoles, addedMembers } from "../admin/readers";
import { createEnrolment } from "../bootstrap";
import type { Env } from "../context";
import { badRequest, conflict, notFound } from "../errors";
import { requireRole, requireSession } from "../middleware/session";
import { doc } from "../openapi";
import { json } from "../validate";

const ROLE = v.picklist(["admin", "handler", "custodian"]);
const NewEnrolment = v.strictObject({
  roles: v.pipe(v.array(ROLE), v.minLength(1), v.maxLength(3)),
  channelIds: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(40))), v.maxLength(50)), []),
});
const Roles = v.strictObject({ roles: v.pipe(v.array(ROLE), v.minLength(1), v.maxLength(3)) });
const NewChannel = v.strictObject({ name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(60)) });
const Members = v.strictObject({
  personIds: v.pipe(v.array(v.pipe(v.string(), v.maxLength(40))), v.maxLength(200)),
});

/** Cases for which `personId` holds the only remaining case key. */
export async function casesOnlyHeldBy(
  database: Env["Variables"]["deps"]["database"],
  personId: string,
  kind: "case" | "identity" = "case",
): Promise<string[]> {
  const mine = await database.db
    .select({ caseId: caseKeys.caseId })
    .from(caseKeys)
    .where(and(eq(caseKeys.personId, personId), eq(caseKeys.kind, kind)));
  if (mine.length === 0) return [];
  const ids = mine.map((m) => m.caseId);
  const holders = await database.db
    .select({ caseId: caseKeys.caseId, personId: caseKeys.personId })
    .from(caseKeys)
    .innerJoin(persons, eq(persons.id, caseKeys.personId))
    .where(and(inArray(caseKeys.caseId, ids), eq(caseKeys.kind, kind), isNull(persons.removedAt)));
  return ids.filter((id) => !holders.some((h) => h.caseId === id && h.personId !== personId));
}

/** The acting admin's context for server/admin/changes.ts. */
export function adminCtx(c: Context<Env>): AdminCtx {
  return {
    database: c.var.deps.database,
    now: c.var.deps.clock(),
    publicUrl: c.var.deps.publicUrl,
    actorId: c.var.person.id,
  };
}

export function adminRoutes() {
  return (
    new Hono<Env>()
      .use("*", requireSession(), requireRole("admin"))
      .post("/enrolments", doc("Create a one-time enrolment link"), json(NewEnrolment), async (c) => {
        const { database, clock, publicUrl } = c.var.deps;
        const input = c.req.valid("json");
        const known = await database.db.select({ id: channels.id }).from(channels);
        for (const id of input.channelIds)
          if (!known.some((k) => k.id === id)) throw badRequest("unknown_channel", "No such channel.");
        // Every role is gated (server/admin/readers.ts): with two admins, the link works once a second approves.
        const pendingId = (await secondAdminNeeded(database)) ? randomId() : undefined;
        const { code, expiresAt } = await createEnrolment(database, {
          roles: [...new Set(input.roles)],
          channelIds: input.channelIds,
          createdBy: c.var.person.id,
          now: clock(),
          ...(pendingId ? { pendingId } : {}),
        });
        const base = publicUrl ?? new URL(c.req.url).origin;
        return c.json(
          {
            link: `${base}/handler.html#enrol=${code}`,
            expiresAt,
            pending: pendingId ? { id: pendingId, kind: "enrolment" } : null,
          },
          201,
        );
      })
      .get("/persons", doc("People who run the channel"), async (c) => {
        const { database } = c.var.deps;
        const rows = await database.db.select().from(persons).where(isNull(persons.removedAt));
        const members = await database.db.select().from(channelMembers);
        return c.json({
          persons: rows.map((p) => ({
            id: p.id,
            handle: p.handle,
            displayName: p.displayName,
            roles: rolesOf(p),
            channels: members.filter((m) => m.personId === p.id).map((m) => m.channelId),
            totp: Boolean(p.totpEnabledAt),
            createdAt: p.createdAt,
          })),
        });
      })
      /** With two or more admins, a role that reads reports (or approves) waits for a second admin: 202. */
      .put(
        "/persons/:id/roles",
        doc("Change a person's roles (a new reader waits for a second admin)"),
        json(Roles),
        async (c) => {
          const { database } = c.var.deps;
          const id = c.req.param("id");
          const input = c.req.valid("json");
          const [p] = await database.db
            .select()
            .from(persons)
            .where(and(eq(persons.id, id), isNull(persons.removedAt)));
          if (!p) throw notFound("No such person.");
          const roles = [...new Set(input.roles)];
          if (id === c.var.person.id && !roles.includes("admin"))
            throw conflict("last_admin", "You cannot remove your own admin role.");
          const ctx = adminCtx(c);
          if (addedGatedRoles(rolesOf(p), roles).length > 0 && (await secondAdminNeeded(database))) {
            const pending = await requestChange(ctx, "roles", id, { roles });
            return c.json({ id, roles: rolesOf(p) as string[], pending }, 202);
          }
          await applyRoles(ctx, id, roles);
          return c.json({ id, roles: roles as string[], pending: null }, 200);
        },
      )
      /** Offboarding: wrapped keys and sessions go; nothing new is ever encrypted to them. */
      .delete("/persons/:id", doc("Offboard a person (refused while they alone hold a case)"), async (c) => {
        const { database, clock } = c.var.deps;
        const id = c.req.param("id");
        const [p] = await database.db
          .select()
          .from(persons)
          .where(and(eq(persons.id, id), isNull(persons.removedAt)));
        if (!p) throw notFound("No such person.");
        if (id === c.var.person.id) throw conflict("self_removal", "Ask another admin to remove you.");
        const orphaned = await casesOnlyHeldBy(database, id);
        if (orphaned.length > 0) {
          throw conflict(
            "last_holder",
            `${p.displayName} is the only person who can open ${orphaned.length} case(s): ${orphaned.map((x) => x.slice(0, 8).toUpperCase()).join(", ")}. Grant access to someone else first.`,
          );
        }
        // Art. 16: the last custodian key of a case would take the identity section with it for good.
        const lastCustodian = await casesOnlyHeldBy(database, id, "identity");
        if (lastCustodian.length > 0) {
          throw conflict(
            "last_custodian",
            `${p.displayName} is the only custodian of the identity section of ${lastCustodian.length} case(s): ${lastCustodian.map((x) => x.slice(0, 8).toUpperCase()).join(", ")}. Grant another custodian access first.`,
          );
        }
        const now = clock();
        await withAudit(
          database,
          { actor: c.var.person.id, action: "person.removed", detail: { person: id } },
          now,
          () => [
            database.db.delete(caseKeys).where(eq(caseKeys.personId, id)),
            database.db.delete(sessions).where(eq(sessions.personId, id)),
            database.db.delete(channelMembers).where(eq(channelMembers.personId, id)),
            // The public key is kept only to show history; removedAt keeps it out of every recipient list.
            database.db
              .update(persons)
              .set({
                removedAt: now.toISOString(),
                sealedIdentity: "",
                authKeyHash: "",
                totpSecret: null,
                recoverySealedIdentity: null,
                recoveryAuthKeyHash: null,
                notifyEmail: null,
              })
              .where(eq(persons.id, id)),
          ],
        );
        return c.body(null, 204);
      })
      .get("/channels", doc("Routing channels and their handlers"), async (c) => {
        const { database } = c.var.deps;
        const rows = await database.db.select().from(channels);
        const members = await database.db.select().from(channelMembers);
        return c.json({
          channels: rows.map((ch) => ({
            id: ch.id,
            name: ch.name,
            members: members.filter((m) => m.channelId === ch.id).map((m) => m.personId),
          })),
        });
      })
      .post("/channels", doc("Create a routing channel"), json(NewChannel), async (c) => {
        const { database, clock } = c.var.deps;
        const input = c.req.valid("json");
        const id = randomId(8);
        const now = clock();
        await withAudit(
          database,
          { actor: c.var.person.id, action: "channel.created", detail: { channel: id, name: input.name } },
          now,
          () => [database.db.insert(channels).values({ id, name: input.name, createdAt: now.toISOString() })],
        );
        return c.json({ id, name: input.name }, 201);
      })
      /** Adding a member waits for a second admin once there are two or more (202); removing applies at once. */
      .put(
        "/channels/:id/members",
        doc("Set a channel's handlers (an added one waits for a second admin)"),
        json(Members),
        async (c) => {
          const { database } = c.var.deps;
          const id = c.req.param("id");
          const personIds = [...new Set(c.req.valid("json").personIds)];
          await membersOf(database, id, personIds);
          const current = await channelMemberIds(database, id);
          const ctx = adminCtx(c);
          if (addedMembers(current, personIds).length > 0 && (await secondAdminNeeded(database))) {
            const pending = await requestChange(ctx, "members", id, { personIds });
            return c.json({ id, members: current, pending }, 202);
          }
          return c.json({ id, members: await applyMembers(ctx, id, personIds), pending: null }, 200);
        },
      )
      .get("/audit", doc("The audit log with the result of checking its hash chain"), async (c) => {
        const rows = await readAudit(c.var.deps.database);
        const check = verifyChain(rows);
        return c.json({ check, entries: rows.slice(-500).reverse() });
      })
  );
}
