/**
 * The handlers' side of a case: triage, the case view and the verbs of server/case/. A person sees a
 * case only when a case key is wrapped to them; to everyone else it does not exist (404, never 403).
 */
import { Hono } from "hono";
import * as v from "valibot";
import { MINIMISATION_REASONS } from "../../crypto/index";
import { MAX_PAGE, TRIAGE_FILTERS, TRIAGE_SORTS } from "../../db/queries/triage";
import * as kase from "../case/index";
import { OUTCOMES, STATUSES } from "../cases/state";
import type { Env } from "../context";
import { actor, caseContext } from "../middleware/request-context";
import { requireRole, requireSession } from "../middleware/session";
import { doc } from "../openapi";
import { body, CONTENT, id, json, query, STAFF_TEXT_MAX, sealed, threadSeq } from "../validate";

const Acknowledge = v.strictObject({ message: sealed(6 << 20, CONTENT), seq: threadSeq });
const Message = v.strictObject({
  kind: v.picklist(["message", "request_info", "feedback", "final_outcome"]),
  message: sealed(6 << 20, CONTENT),
  seq: threadSeq,
});
const Status = v.strictObject({
  status: v.picklist(STATUSES),
  outcome: v.optional(v.nullable(v.picklist(OUTCOMES)), null),
  /** The change as a signed thread entry (kind `status`), so the reporting person sees it verified. */
  message: v.optional(sealed(64 << 10, CONTENT)),
  seq: threadSeq,
});
/** The start of follow-up as a signed thread entry (kind `follow_up`); the body is optional. */
const FollowUp = v.strictObject({ message: sealed(64 << 10, CONTENT), seq: threadSeq });
const Export = v.strictObject({
  recipient: v.pipe(v.string(), v.regex(/^age1[02-9ac-hj-np-z]{58}$/, "an age X25519 recipient (age1...)")),
  purpose: sealed(STAFF_TEXT_MAX, CONTENT),
});
const Extension = v.strictObject({
  justification: sealed(STAFF_TEXT_MAX, CONTENT),
  /** The reasons for the reporting person, encrypted to the case (required where HinSchG §28(4) applies). */
  message: v.optional(sealed(6 << 20, CONTENT)),
});
const Retaliation = v.strictObject({ claim: v.boolean() });
const Hold = v.strictObject({
  justification: sealed(STAFF_TEXT_MAX, CONTENT),
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
/** Art. 17 minimisation: exactly one of an entry's place or an attachment, a reason category, the signed statement. */
const Minimise = v.pipe(
  v.strictObject({
    entry: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1_000_000))),
    attachment: v.optional(id),
    reason: v.picklist(MINIMISATION_REASONS),
    message: sealed(64 << 10, CONTENT),
    seq: v.pipe(v.number(), v.integer(), v.minValue(2), v.maxValue(1_000_000)),
  }),
  v.check(
    (b) => (b.entry === undefined) !== (b.attachment === undefined),
    "name either an entry or an attachment",
  ),
);

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
      .get(
        "/",
        doc(
          "One triage page (query: filter=all|open|overdue|due_week|closed|on_hold, sort=due|received_desc, channel, after=<next of the previous page>, limit<=50): { today, overdue, cases, next }",
        ),
        query(Triage),
        async (c) => c.json(await kase.triage(caseContext(c), actor(c), c.req.valid("query"))),
      )
      /** The wrapped keys and encrypted summaries of the visible page, for the browser to decrypt. */
      .get(
        "/summaries",
        doc(
          "The wrapped keys and encrypted summaries of one page (query: ids=<at most 50 comma-separated case ids>)",
        ),
        query(PageIds),
        async (c) => c.json(await kase.pageSummaries(caseContext(c), actor(c), c.req.valid("query").ids)),
      )
      .get("/:id", doc("One case: wrapped key and encrypted entries"), async (c) =>
        c.json(await kase.openCase(caseContext(c), actor(c), c.req.param("id"))),
      )
      .post(
        "/:id/acknowledge",
        doc("Acknowledge receipt (Art. 9(1)(b)) with an encrypted message"),
        json(Acknowledge),
        async (c) =>
          c.json(await kase.acknowledge(caseContext(c), actor(c), c.req.param("id"), c.req.valid("json"))),
      )
      .post(
        "/:id/messages",
        doc("Reply, ask for more information, or give feedback (Art. 9(1)(f))"),
        json(Message),
        async (c) => {
          const input = c.req.valid("json");
          const verb = VERB_OF_KIND[input.kind];
          return c.json(await verb(caseContext(c), actor(c), c.req.param("id"), input), 201);
        },
      )
      .post("/:id/status", doc("Move the case status; closing needs an outcome"), json(Status), async (c) =>
        c.json(await kase.moveStatus(caseContext(c), actor(c), c.req.param("id"), c.req.valid("json"))),
      )
      .post(
        "/:id/follow-up",
        doc(
          "Record that follow-up started, apart from the status (Ley 2/2023 art. 32.4); optional body { message, seq }: the signed entry that tells the reporting person",
        ),
        async (c) => {
          // Without a body the event is recorded but not told to the reporting person.
          const input = c.req.header("content-type") ? await body(c, FollowUp) : {};
          return c.json(await kase.startFollowUp(caseContext(c), actor(c), c.req.param("id"), input));
        },
      )
      .post(
        "/:id/exports",
        doc("Record an export made in the browser to a plain X25519 age recipient"),
        json(Export),
        async (c) => {
          await kase.recordExport(caseContext(c), actor(c), c.req.param("id"), c.req.valid("json"));
          return c.json({ ok: true }, 201);
        },
      )
      .post(
        "/:id/extension",
        doc("Extend the feedback deadline where the law allows it, with a justification"),
        json(Extension),
        async (c) =>
          c.json(await kase.extendDeadline(caseContext(c), actor(c), c.req.param("id"), c.req.valid("json"))),
      )
      .post(
        "/:id/retaliation",
        doc("Record that the reporting person reported retaliation (Art. 19)"),
        json(Retaliation),
        async (c) =>
          c.json(
            await kase.recordRetaliationClaim(
              caseContext(c),
              actor(c),
              c.req.param("id"),
              c.req.valid("json"),
            ),
          ),
      )
      .post(
        "/:id/legal-hold",
        doc("Place a legal hold (stops retention deletion) with a justification"),
        json(Hold),
        async (c) =>
          c.json(await kase.placeHold(caseContext(c), actor(c), c.req.param("id"), c.req.valid("json"))),
      )
      .put(
        "/:id/summary",
        doc("Replace the case's encrypted summary (category and subject)"),
        json(Summary),
        async (c) =>
          c.json(await kase.setSummary(caseContext(c), actor(c), c.req.param("id"), c.req.valid("json"))),
      )
      .post(
        "/:id/minimise",
        doc(
          "Remove an entry or an attachment that is not relevant (Art. 17; Ley 2/2023 art. 32), with the handler's signed statement",
        ),
        json(Minimise),
        async (c) =>
          c.json(
            await kase.minimise(
              caseContext(c),
              actor(c),
              c.req.param("id"),
              c.req.valid("json") as kase.Minimisation,
              c.var.deps.blobs,
            ),
          ),
      )
      .delete("/:id/legal-hold", doc("Lift the legal hold"), async (c) =>
        c.json(await kase.liftHold(caseContext(c), actor(c), c.req.param("id"))),
      )
  );
}
