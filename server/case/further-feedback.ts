/**
 * Ireland's further feedback (Protected Disclosures Act 2014 s.6A(1), inserted by the 2022 Act s.9): the
 * reporting person asks, in writing, for feedback at 3-month intervals until the procedure is closed.
 * The request is an entry of the signed thread, written by their browser, so that they hold proof of it
 * that does not rest on the server's word; the case keeps only the day of the first request.
 *
 * Only where the case's law gives the right: elsewhere the request is refused (409), so no case records a
 * request the rule engine would not turn into a date, and no reporting person is led to expect one.
 */
import { type CaseChange, caseUpdate, commit, entryInsert } from "../../db/queries/case-store";
import { caseByLoginKeyHash } from "../../db/queries/cases";
import { loginKeyHash, randomId } from "../../db/queries/ids";
import type { CaseContext } from "./context";
import { dueOf } from "./due";
import { CaseError, orThreadMoved } from "./errors";
import type { ReporterMessage } from "./reporting";
import { channelRulesOf, reporterDeadlines } from "./view";

/** The reporting person's login key, their signed request and the place in the thread it was signed for. */
export type FurtherFeedbackRequest = ReporterMessage;

/** Records the request (the first day stays) and answers with the dates the person is now told. */
export async function requestFurtherFeedback(ctx: CaseContext, input: FurtherFeedbackRequest) {
  const heldCase = await caseByLoginKeyHash(ctx.database, loginKeyHash(input.loginKey));
  if (!heldCase)
    throw new CaseError("not-found", "not_found", "No case matches this token. Check it and try again.");
  if (!channelRulesOf(heldCase).furtherFeedback)
    throw new CaseError(
      "conflict",
      "further_feedback_not_provided",
      "The law that applies to this case gives no right to further feedback on request; write a message instead.",
    );
  if (heldCase.status === "closed")
    throw new CaseError("conflict", "case_closed", "The case is closed: no further feedback is due.");
  const change: CaseChange = heldCase.furtherFeedbackRequestedOn
    ? {}
    : { furtherFeedbackRequestedOn: ctx.today };
  const changed = { ...heldCase, ...change };
  const due = dueOf(changed, ctx.settings);
  await orThreadMoved(
    commit(ctx.database, null, [
      entryInsert(ctx.database, {
        id: randomId(),
        caseId: heldCase.id,
        kind: "further_feedback_request",
        author: "reporter",
        personId: null,
        // The day only, never a time: it would date the reporting person's action.
        on: ctx.today,
        at: null,
        ciphertext: input.message,
        threadSeq: input.seq ?? "next",
      }),
      ...caseUpdate(ctx.database, heldCase.id, { ...change, ...due }),
    ]),
  );
  return {
    on: ctx.today,
    furtherFeedbackRequestedOn: changed.furtherFeedbackRequestedOn,
    deadlines: reporterDeadlines({ ...changed, ...due }, ctx.settings),
  };
}
