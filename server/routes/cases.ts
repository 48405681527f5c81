/**
 * The handlers' side of a case: triage, the case view, the verbs of server/case/, and the overview. A
 * person sees a case only when a case key is wrapped to them; to everyone else it does not exist (404,
 * never 403).
 */
import { Hono } from "hono";
import * as kase from "../case/index";
import type { Env } from "../context";
import { actor, caseContext } from "../middleware/request-context";
import { requireRole, requireSession } from "../middleware/session";
import { doc } from "../openapi";
import * as shape from "../shapes/cases";
import { body, json, query } from "../validate";
import { onCase, onCaseWith } from "./verb";

export function caseRoutes() {
  return new Hono<Env>()
    .use("*", requireSession(), requireRole("handler", "custodian"))
    .get(
      "/",
      doc(
        "One triage page (query: filter=all|open|overdue|due_week|closed|on_hold, sort=due|received_desc, channel, after=<next of the previous page>, limit<=50): { today, overdue, cases, next }",
      ),
      query(shape.Triage),
      async (c) => c.json(await kase.triage(caseContext(c), actor(c), c.req.valid("query"))),
    )
    .get(
      "/summaries",
      doc(
        "The wrapped keys and encrypted summaries of one page (query: ids=<at most 50 comma-separated case ids>)",
      ),
      query(shape.PageIds),
      async (c) => c.json(await kase.pageSummaries(caseContext(c), actor(c), c.req.valid("query").ids)),
    )
    .get("/:id", doc("One case: wrapped key and encrypted entries"), onCase(kase.openCase))
    .post(
      "/:id/acknowledge",
      doc("Acknowledge receipt (Art. 9(1)(b)) with an encrypted message"),
      ...onCaseWith(json(shape.Acknowledge), kase.acknowledge),
    )
    .post(
      "/:id/messages",
      doc("Reply, ask for more information, or give feedback (Art. 9(1)(f))"),
      ...onCaseWith(json(shape.Message), kase.sendMessage, 201),
    )
    .post(
      "/:id/status",
      doc("Move the case status; closing needs an outcome"),
      ...onCaseWith(json(shape.Status), kase.moveStatus),
    )
    .post(
      "/:id/follow-up",
      doc(
        "Record that follow-up started, apart from the status (Ley 2/2023 art. 32.4); optional body { message, seq }: the signed entry that tells the reporting person",
      ),
      async (c) => {
        // Without a body the event is recorded but not told to the reporting person.
        const input = c.req.header("content-type") ? await body(c, shape.FollowUp) : {};
        return c.json(await kase.startFollowUp(caseContext(c), actor(c), c.req.param("id"), input));
      },
    )
    .post(
      "/:id/exports",
      doc("Record an export made in the browser to a plain X25519 age recipient"),
      ...onCaseWith(json(shape.Export), kase.recordExport, 201),
    )
    .post(
      "/:id/extension",
      doc("Extend the feedback deadline where the law allows it, with a justification"),
      ...onCaseWith(json(shape.Extension), kase.extendDeadline),
    )
    .post(
      "/:id/retaliation",
      doc("Record that the reporting person reported retaliation (Art. 19)"),
      ...onCaseWith(json(shape.Retaliation), kase.recordRetaliationClaim),
    )
    .post(
      "/:id/legal-hold",
      doc("Place a legal hold (stops retention deletion) with a justification"),
      ...onCaseWith(json(shape.Hold), kase.placeHold),
    )
    .put(
      "/:id/summary",
      doc("Replace the case's encrypted summary (category and subject)"),
      ...onCaseWith(json(shape.Summary), kase.setSummary),
    )
    .post(
      "/:id/minimise",
      doc(
        "Remove an entry or an attachment that is not relevant (Art. 17; Ley 2/2023 art. 32), with the handler's signed statement",
      ),
      ...onCaseWith(json(shape.Minimise), kase.minimise),
    )
    .delete("/:id/legal-hold", doc("Lift the legal hold"), onCase(kase.liftHold));
}

/**
 * The compliance lead's overview, mounted at /api/overview: organisation-wide counts and on-time rates,
 * no case and no content.
 */
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
