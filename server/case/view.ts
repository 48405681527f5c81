/**
 * What a verb returns: the case as the handlers see it, with its deadlines from the rule engine and
 * the next one due. No content: ciphertexts appear only in the full view of a holder.
 */
import type { CaseRow, EntryRow } from "../../db/queries/cases";
import type { Settings } from "../../db/queries/settings";
import { caseDeadlines, followUpStartedOn, meetingPending, nextDeadline } from "../cases/deadlines";
import type { CaseStatus } from "../cases/state";
import { daysUntil, profileOf } from "../directive";

/** The case's facts and clock: one triage row, and what every handler verb answers. */
export function caseSummary(heldCase: CaseRow, settings: Settings, today: string) {
  const deadlines = caseDeadlines(heldCase, settings.retentionYears);
  return {
    id: heldCase.id,
    ref: heldCase.id.slice(0, 8).toUpperCase(),
    status: heldCase.status as CaseStatus,
    outcome: heldCase.outcome,
    channel: heldCase.channelId,
    receivedOn: heldCase.receivedOn,
    acknowledgedOn: heldCase.acknowledgedOn,
    followUpOn: followUpStartedOn(heldCase) ?? null,
    feedbackOn: heldCase.feedbackOn,
    outcomeCommunicatedOn: heldCase.outcomeCommunicatedOn,
    closedOn: heldCase.closedOn,
    meetingRequestedOn: heldCase.meetingRequestedOn,
    meetingProposedOn: heldCase.meetingProposedOn,
    furtherFeedbackRequestedOn: heldCase.furtherFeedbackRequestedOn,
    legalHold: Boolean(heldCase.legalHold),
    retaliationClaim: heldCase.retaliationClaim,
    /** Who is on the case (a person id), or null. */
    assigneeId: heldCase.assigneeId,
    deadlines,
    // Days until retention deletes the case (0 on the day), so triage shows it coming; `null`: no date.
    deletionDaysLeft: deadlines.deleteBy ? daysUntil(deadlines.deleteBy, today) : null,
    next: nextDeadline(heldCase, deadlines, today),
  };
}

export type CaseSummary = ReturnType<typeof caseSummary>;

/** Who wrote an entry: the reporting person or a handler (never which handler, in the thread). */
export type Author = "reporter" | "handler";

/** A thread entry as a holder receives it: who, when, and the ciphertext. */
export function entryView(
  e: Pick<EntryRow, "id" | "kind" | "author" | "on" | "at" | "ciphertext"> & { threadSeq?: number | null },
) {
  return {
    id: e.id,
    kind: e.kind,
    author: e.author as Author,
    on: e.on,
    at: e.at,
    ciphertext: e.ciphertext,
    /** Place in the signed thread; null for entries outside it. */
    threadSeq: e.threadSeq ?? null,
  };
}

/** A thread entry as the reporting person receives it: the day only, never the time. */
export function reporterEntryView(
  e: Pick<EntryRow, "id" | "kind" | "author" | "on" | "ciphertext"> & { threadSeq?: number | null },
) {
  return {
    id: e.id,
    kind: e.kind,
    author: e.author as Author,
    on: e.on,
    ciphertext: e.ciphertext,
    threadSeq: e.threadSeq ?? null,
  };
}

/** The deadlines the reporting person is told (Art. 9(1)(b), (f), 9(2); Art. 15; PDA 2014 s.6A(1)). */
export function reporterDeadlines(heldCase: CaseRow, settings: Settings) {
  const d = caseDeadlines(heldCase, settings.retentionYears);
  return {
    acknowledgeBy: d.acknowledgeBy,
    feedbackBy: d.feedbackBy,
    furtherFeedbackBy: d.furtherFeedbackBy,
    meetingBy: meetingPending(heldCase) ? d.meetingBy : null,
    publicDisclosureFrom: d.publicDisclosureFrom,
  };
}

/**
 * Whether the case's law lets the reporting person ask for further feedback (Ireland, PDA 2014 s.6A(1)),
 * and since when they did: `null` where it does not, so the inbox offers nothing the engine won't track.
 */
export function furtherFeedbackOffer(
  heldCase: Pick<CaseRow, "jurisdiction" | "channelKind" | "furtherFeedbackRequestedOn">,
) {
  const rule = channelRulesOf(heldCase).furtherFeedback;
  if (!rule) return null;
  return { requestedOn: heldCase.furtherFeedbackRequestedOn, months: rule.months, basis: rule.basis };
}

/** The rules of the case's jurisdiction for its kind of channel. */
export function channelRulesOf(heldCase: Pick<CaseRow, "jurisdiction" | "channelKind">) {
  return profileOf(heldCase.jurisdiction)[heldCase.channelKind === "external" ? "external" : "internal"];
}
