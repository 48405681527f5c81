/**
 * The handlers' side of a case: triage, the case view and the verbs of server/case/. A person sees a
 * case only when a case key is wrapped to them; to everyone else it does not exist (404, never 403).
 */
import { Hono } from "hono";
import * as v from "valibot";
import { MAX_PAGE, TRIAGE_FILTERS, TRIAGE_SORTS } from "../../db/queries/triage";
import * as kase from "../case/index";
import { OUTCOMES, STATUSES } from "../cases/state";
import type { Env } from "../context";
import { actor, caseContext } from "../middleware/request-context";
import { requireRole, requireSession } from "../middleware/session";
import { CONTENT, id, json, query, sealed } from "../validate";

const Acknowledge = v.strictObject({ message: sealed(6 << 20, CONTENT) });
const Message = v.strictObject({
  kind: v.picklist(["message", "request_info", "feedback", "final_outcome"]),
  message: sealed(6 << 20, CONTENT),
});
const Status = v.strictObject({
  status: v.picklist(STATUSES),
  outcome: v.optional(v.nullable(v.picklist(OUTCOMES)), null),
});
const Export = v.strictObject({
  recipient: v.pipe(v.string(), v.regex(/^age1[02-9ac-hj-np-z]{58}$/, "an age X25519 recipient (age1...)")),
  purpose: v.pipe(v.string(), v.trim(), v.minLength(5), v.maxLength(500)),
});
const Extension = v.strictObject({
  justification: v.pipe(v.string(), v.trim(), v.minLength(20), v.maxLength(4000)),
});
const Retaliation = v.strictObject({ claim: v.boolean() });
const Hold = v.strictObject({
  justification: v.pipe(v.string(), v.trim(), v.minLength(10), v.maxLength(2000)),
});

const Triage = v.strictObject({
  filter: v.optional(v.picklist(TRIAGE_FILTERS), "all"),
  sort: v.optional(v.picklist(TRIAGE_SORTS), "due"),
  channel: v.optional(v.pipe(v.string(), v.regex(/^[0-9a-z-]{1,40}$/))),
  after: v.optional(v.pipe(v.string(), v.regex(/^[0-9-]{0,10}\.[0-9a-z]{1,40}$/))),
  limit: v.optional(
    v.pipe(v.string(), v.digits(), v.transform(Number), v.minValue(1), v.maxValue(MAX_PAGE)),
    "50",
  ),
});
const PageIds = v.strictObject({
  ids: v.pipe(
    v.string(),
    v.transform((ids) => ids.split(",")),
    v.array(id),
    v.minLength(1),
    v.maxLength(MAX_PAGE),
  ),
});
const Summary = v.strictObject({ summary: sealed(16 << 10, CONTENT) });

const VERB_OF_KIND = {
  message: kase.addMessage,
  request_info: kase.requestInformation,
  feedback: kase.giveFeedback,
  final_outcome: kase.communicateFinalOutcome,
} as const;

export function caseRoutes() {
  return (
    new Hono<Env>()
      .use("*", requireSession(), requireRole("handler", "custodian"))
      /** One page of triage: filtered and sorted in SQL; `next` is the cursor of the following page. */
      .get("/", query(Triage), async (c) =>
        c.json(await kase.triage(caseContext(c), actor(c), c.req.valid("query"))),
      )
      /** The wrapped keys and encrypted summaries of the visible page, for the browser to decrypt. */
      .get("/summaries", query(PageIds), async (c) =>
        c.json(await kase.pageSummaries(caseContext(c), actor(c), c.req.valid("query").ids)),
      )
      .get("/:id", async (c) => c.json(await kase.openCase(caseContext(c), actor(c), c.req.param("id"))))
      .post("/:id/acknowledge", json(Acknowledge), async (c) =>
        c.json(await kase.acknowledge(caseContext(c), actor(c), c.req.param("id"), c.req.valid("json"))),
      )
      .post("/:id/messages", json(Message), async (c) => {
        const input = c.req.valid("json");
        const verb = VERB_OF_KIND[input.kind];
        return c.json(await verb(caseContext(c), actor(c), c.req.param("id"), input), 201);
      })
      .post("/:id/status", json(Status), async (c) =>
        c.json(await kase.moveStatus(caseContext(c), actor(c), c.req.param("id"), c.req.valid("json"))),
      )
      .post("/:id/follow-up", async (c) =>
        c.json(await kase.startFollowUp(caseContext(c), actor(c), c.req.param("id"))),
      )
      .post("/:id/exports", json(Export), async (c) => {
        await kase.recordExport(caseContext(c), actor(c), c.req.param("id"), c.req.valid("json"));
        return c.json({ ok: true }, 201);
      })
      .post("/:id/extension", json(Extension), async (c) =>
        c.json(await kase.extendDeadline(caseContext(c), actor(c), c.req.param("id"), c.req.valid("json"))),
      )
      .post("/:id/retaliation", json(Retaliation), async (c) =>
        c.json(
          await kase.recordRetaliationClaim(caseContext(c), actor(c), c.req.param("id"), c.req.valid("json")),
        ),
      )
      .post("/:id/legal-hold", json(Hold), async (c) =>
        c.json(await kase.placeHold(caseContext(c), actor(c), c.req.param("id"), c.req.valid("json"))),
      )
      .put("/:id/summary", json(Summary), async (c) =>
        c.json(await kase.setSummary(caseContext(c), actor(c), c.req.param("id"), c.req.valid("json"))),
      )
      .delete("/:id/legal-hold", async (c) =>
        c.json(await kase.liftHold(caseContext(c), actor(c), c.req.param("id"))),
      )
  );
}
