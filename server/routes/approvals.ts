/**
 * Changes waiting for a second admin (server/admin/approvals.ts), and the notices that tell a handler a
 * new person can read their channel's reports. Approving needs the approving admin's passphrase key
 * and second factor, like every other sensitive change.
 */
import { Hono } from "hono";
import * as approvals from "../admin/approvals";
import { requireProof } from "../auth/second-factor";
import type { Env } from "../context";
import { adminCtx } from "../middleware/request-context";
import { requireRole, requireSession } from "../middleware/session";
import { doc } from "../openapi";
import { Approve } from "../shapes/approvals";
import { json } from "../validate";

/** Mounted at /api/admin. */
export function approvalRoutes() {
  return new Hono<Env>()
    .use("/pending/*", requireSession(), requireRole("admin"))
    .get(
      "/pending",
      doc("Changes waiting for a second admin: new readers, enrolment links, identity approval switched off"),
      async (c) => c.json(await approvals.pendingChanges(adminCtx(c))),
    )
    .post(
      "/pending/:id/approve",
      doc("A second admin approves a waiting change (passphrase key and second factor)"),
      json(Approve),
      async (c) => {
        const confirm = () => requireProof(c, c.req.valid("json").proof);
        return c.json(await approvals.approvePending(adminCtx(c), c.req.param("id"), confirm));
      },
    )
    .post("/pending/:id/reject", doc("Any admin rejects (or withdraws) a waiting change"), async (c) =>
      c.json(await approvals.rejectPending(adminCtx(c), c.req.param("id"))),
    );
}

/** Mounted at /api/me. */
export function noticeMeRoutes() {
  return new Hono<Env>()
    .use("/notices/*", requireSession())
    .get(
      "/notices",
      doc("Notices for this person: who can newly read reports on their channels"),
      async (c) => c.json(await approvals.staffNotices(c.var.deps, c.var.person.id)),
    )
    .delete("/notices/:id", doc("Dismiss a notice"), async (c) => {
      await approvals.dismissStaffNotice(c.var.deps, c.var.person.id, c.req.param("id"));
      return c.body(null, 204);
    });
}
