/**
 * Changes waiting for a second admin (server/admin/readers.ts), and the notices that tell a handler a
 * new person can read their channel's reports. Approving needs the approving admin's passphrase key
 * and second factor, like every other sensitive change.
 */
import { type Context, Hono } from "hono";
import * as v from "valibot";
import {
  dismissNotice,
  noticesOf,
  type PendingChangeBody,
  type PendingKind,
  pendingById,
  pendingList,
} from "../../db/queries/approvals";
import { activePersons, listChannels } from "../../db/queries/persons";
import { approveChange, rejectChange } from "../admin/changes";
import { Proof, requireProof } from "../auth/second-factor";
import type { Env } from "../context";
import { notFound } from "../errors";
import { adminCtx } from "../middleware/request-context";
import { requireRole, requireSession } from "../middleware/session";
import { doc } from "../openapi";
import { id, json } from "../validate";

const Approve = v.strictObject({ proof: v.optional(Proof) });

async function pendingOf(c: Context<Env>) {
  const pid = v.safeParse(id, c.req.param("id") ?? "");
  const row = pid.success ? await pendingById(c.var.deps.database, pid.output) : undefined;
  if (!row) throw notFound("No such waiting change.");
  return row;
}

/** Mounted at /api/admin. */
export function approvalRoutes() {
  return new Hono<Env>()
    .use("/pending", requireSession(), requireRole("admin"))
    .use("/pending/*", requireSession(), requireRole("admin"))
    .get(
      "/pending",
      doc("Changes waiting for a second admin: new readers, enrolment links, identity approval switched off"),
      async (c) => {
        const rows = await pendingList(c.var.deps.database);
        return c.json({
          pending: rows.map((r) => ({
            id: r.id,
            kind: r.kind as PendingKind,
            target: r.target,
            change: JSON.parse(r.change) as PendingChangeBody,
            requestedBy: r.requestedBy,
            requestedAt: r.requestedAt,
            mine: r.requestedBy === c.var.person.id,
          })),
        });
      },
    )
    .post(
      "/pending/:id/approve",
      doc("A second admin approves a waiting change (passphrase key and second factor)"),
      json(Approve),
      async (c) => {
        const input = c.req.valid("json");
        const row = await pendingOf(c);
        const ctx = adminCtx(c);
        if (row.requestedBy !== ctx.actorId) await requireProof(c, input.proof);
        await approveChange(ctx, row);
        return c.json({ id: row.id, kind: row.kind, applied: true });
      },
    )
    .post("/pending/:id/reject", doc("Any admin rejects (or withdraws) a waiting change"), async (c) => {
      const row = await pendingOf(c);
      await rejectChange(adminCtx(c), row);
      return c.json({ id: row.id, kind: row.kind, applied: false });
    });
}

/** Mounted at /api/me. */
export function noticeMeRoutes() {
  return new Hono<Env>()
    .use("/notices", requireSession())
    .use("/notices/*", requireSession())
    .get(
      "/notices",
      doc("Notices for this person: who can newly read reports on their channels"),
      async (c) => {
        const { database } = c.var.deps;
        const rows = await noticesOf(database, c.var.person.id);
        const people = rows.length ? await activePersons(database) : [];
        const names = rows.length ? await listChannels(database) : [];
        return c.json({
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
        });
      },
    )
    .delete("/notices/:id", doc("Dismiss a notice"), async (c) => {
      const nid = v.safeParse(id, c.req.param("id"));
      if (!nid.success || !(await dismissNotice(c.var.deps.database, c.var.person.id, nid.output)))
        throw notFound("No such notice.");
      return c.body(null, 204);
    });
}
