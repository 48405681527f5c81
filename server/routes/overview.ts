/** The compliance lead's overview: organisation-wide counts and on-time rates, no case and no content. */
import { Hono } from "hono";
import * as kase from "../case/index";
import type { Env } from "../context";
import { caseContext } from "../middleware/request-context";
import { requireRole, requireSession } from "../middleware/session";
import { doc } from "../openapi";

export function overviewRoutes() {
  return new Hono<Env>()
    .use("*", requireSession(), requireRole("admin", "handler", "custodian"))
    .get(
      "/",
      doc(
        "Open cases by next step with overdue counts, and on-time rates of the last 12 months (counts only)",
      ),
      async (c) => c.json(await kase.overview(caseContext(c))),
    );
}
