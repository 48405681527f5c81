/**
 * The audit log for everyone on staff (`GET /api/audit`): handlers and custodians, not only admins,
 * open it so that their own browsers check the hash chain and sign its head (crypto/SPEC.md "Audit
 * checkpoint"); a case export carries the head they checked. The log holds actions, never content.
 */
import { Hono } from "hono";
import { checkedAudit } from "../../db/queries/audit";
import type { Env } from "../context";
import { requireRole, requireSession } from "../middleware/session";
import { doc } from "../openapi";

export function auditRoutes() {
  return new Hono<Env>().get(
    "/audit",
    doc(
      "The audit log and the server's check of its chain, for any staff member's browser to verify and sign",
    ),
    requireSession(),
    requireRole("admin", "handler", "custodian"),
    async (c) => c.json(await checkedAudit(c.var.deps.database)),
  );
}
