/** The request shapes of the handlers' case routes (routes/cases.ts), checked at the edge by valibot. */
import * as v from "valibot";
import { MINIMISATION_REASONS } from "../../crypto/index";
import { MAX_PAGE, TRIAGE_FILTERS, TRIAGE_SORTS } from "../../db/queries/triage";
import type { Minimisation } from "../case/index";
import { OUTCOMES, STATUSES } from "../cases/state";
import { CONTENT, id, STAFF_TEXT_MAX, sealed, threadSeq } from "../validate";

export const Acknowledge = v.strictObject({ message: sealed(6 << 20, CONTENT), seq: threadSeq });
export const Message = v.strictObject({
  kind: v.picklist(["message", "request_info", "feedback", "final_outcome"]),
  message: sealed(6 << 20, CONTENT),
  seq: threadSeq,
});
export const Status = v.strictObject({
  status: v.picklist(STATUSES),
  outcome: v.optional(v.nullable(v.picklist(OUTCOMES)), null),
  /** The change as a signed thread entry (kind `status`), so the reporting person sees it verified. */
  message: v.optional(sealed(64 << 10, CONTENT)),
  seq: threadSeq,
});
/** The start of follow-up as a signed thread entry (kind `follow_up`); the body is optional. */
export const FollowUp = v.strictObject({ message: sealed(64 << 10, CONTENT), seq: threadSeq });
export const Export = v.strictObject({
  recipient: v.pipe(v.string(), v.regex(/^age1[02-9ac-hj-np-z]{58}$/, "an age X25519 recipient (age1...)")),
  purpose: sealed(STAFF_TEXT_MAX, CONTENT),
});
export const Extension = v.strictObject({
  justification: sealed(STAFF_TEXT_MAX, CONTENT),
  /** The reasons for the reporting person, encrypted to the case (required where HinSchG §28(4) applies). */
  message: v.optional(sealed(6 << 20, CONTENT)),
});
export const Retaliation = v.strictObject({ claim: v.boolean() });
export const Hold = v.strictObject({
  justification: sealed(STAFF_TEXT_MAX, CONTENT),
});

export const Triage = v.strictObject({
  filter: v.optional(v.picklist(TRIAGE_FILTERS), "all"),
  sort: v.optional(v.picklist(TRIAGE_SORTS), "due"),
  channel: v.optional(v.pipe(v.string(), v.regex(/^[0-9a-z-]{1,40}$/))),
  after: v.optional(v.pipe(v.string(), v.regex(/^[0-9-]{0,10}\.[0-9a-z]{1,40}$/))),
  limit: v.optional(
    v.pipe(v.string(), v.digits(), v.transform(Number), v.minValue(1), v.maxValue(MAX_PAGE)),
    "50",
  ),
});
export const PageIds = v.strictObject({
  ids: v.pipe(
    v.string(),
    v.transform((ids) => ids.split(",")),
    v.array(id),
    v.minLength(1),
    v.maxLength(MAX_PAGE),
  ),
});
export const Summary = v.strictObject({ summary: sealed(16 << 10, CONTENT) });
/** Art. 17 minimisation: exactly one of an entry's place or an attachment, a reason category, the signed statement. */
export const Minimise = v.pipe(
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
  // The check above makes it one or the other, which valibot's types cannot say.
  v.transform((b) => b as Minimisation),
);
