/**
 * Enrolment links as admins manage them: the open links (never their codes, which are not stored) and
 * revoking one. Checking a link takes its code in a POST body only, so no proxy log holds it.
 */
import { Hono } from "hono";
import { openEnrolmentLinks, revokeEnrolmentLink } from "../admin/enrolments";
import { checkEnrolmentLink } from "../auth/enrolment";
import type { Env } from "../context";
import { rateLimit } from "../middleware/rate-limit";
import { adminCtx } from "../middleware/request-context";
import { requireRole, requireSession } from "../middleware/session";
import { doc } from "../openapi";
import { EnrolmentCode } from "../shapes/enrolments";
import { json } from "../validate";

/** `POST /enrolment/check`, public. */
export function enrolmentCheckRoutes() {
  return new Hono<Env>().post(
    "/enrolment/check",
    doc("What an enrolment link grants (roles, expiry); the code goes in the body, never the URL"),
    rateLimit("enrolment", 30, 15 * 60_000),
    json(EnrolmentCode),
    async (c) => c.json(await checkEnrolmentLink(c.var.deps.database, c.req.valid("json").code, c.var.now)),
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
        async (c) => c.json(await openEnrolmentLinks(adminCtx(c))),
      )
      /** Revoking ends the link now: it expires, and nobody can use it any more. */
      .delete("/enrolments/:id", doc("Revoke an open enrolment link"), async (c) => {
        await revokeEnrolmentLink(adminCtx(c), c.req.param("id"));
        return c.body(null, 204);
      })
  );
}
