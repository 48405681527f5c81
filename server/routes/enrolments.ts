/**
 * Enrolment links as admins manage them: the open links (never their codes, which are not stored) and
 * revoking one. Checking a link takes its code in a POST body only, so no proxy log holds it.
 */
import { Hono } from "hono";
import * as v from "valibot";
import { enrolmentAwaitsApproval } from "../../db/queries/approvals";
import { withAudit } from "../../db/queries/audit";
import { hashSecret } from "../../db/queries/ids";
import {
  enrolmentByCodeHash,
  enrolmentById,
  enrolmentExpiry,
  openEnrolments,
} from "../../db/queries/persons";
import { awaitingApproval } from "../auth/enrolment";
import type { Env } from "../context";
import { notFound } from "../errors";
import { rateLimit } from "../middleware/rate-limit";
import { requireRole, requireSession } from "../middleware/session";
import { doc } from "../openapi";
import { id, json } from "../validate";

export const EnrolmentCode = v.strictObject({ code: v.pipe(v.string(), v.minLength(20), v.maxLength(80)) });

/** `POST /enrolment/check`, public. */
export function enrolmentCheckRoutes() {
  return new Hono<Env>().post(
    "/enrolment/check",
    doc("What an enrolment link grants (roles, expiry); the code goes in the body, never the URL"),
    rateLimit("enrolment", 30, 15 * 60_000),
    json(EnrolmentCode),
    async (c) => {
      const { database, clock } = c.var.deps;
      const input = c.req.valid("json");
      const e = await enrolmentByCodeHash(database, hashSecret(input.code));
      if (!e || e.usedAt || Date.parse(e.expiresAt) <= clock().getTime())
        throw notFound("This enrolment link is not valid any more.");
      if (await enrolmentAwaitsApproval(database, e.id)) throw awaitingApproval();
      return c.json({ roles: JSON.parse(e.roles) as string[], expiresAt: e.expiresAt });
    },
  );
}

/** Mounted at /api/admin. */
export function enrolmentAdminRoutes() {
  return (
    new Hono<Env>()
      .use("/enrolments", requireSession(), requireRole("admin"))
      .use("/enrolments/*", requireSession(), requireRole("admin"))
      .get(
        "/enrolments",
        doc("Open enrolment links: roles, channels, who made them, when they expire (never the code)"),
        async (c) => {
          const { database, clock } = c.var.deps;
          const open = await openEnrolments(database, clock());
          return c.json({
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
          });
        },
      )
      /** Revoking ends the link now: it expires, and nobody can use it any more. */
      .delete("/enrolments/:id", doc("Revoke an open enrolment link"), async (c) => {
        const { database, clock } = c.var.deps;
        const enrolmentId = v.safeParse(id, c.req.param("id"));
        if (!enrolmentId.success) throw notFound("No such open link.");
        const now = clock();
        const e = await enrolmentById(database, enrolmentId.output);
        if (!e || e.usedAt || Date.parse(e.expiresAt) <= now.getTime()) throw notFound("No such open link.");
        await withAudit(
          database,
          { actor: c.var.person.id, action: "enrolment.revoked", detail: { enrolment: e.id } },
          now,
          () => [enrolmentExpiry(database, e.id, now)],
        );
        return c.body(null, 204);
      })
  );
}
