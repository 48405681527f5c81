/**
 * The case state machine: received -> acknowledged -> in follow-up -> feedback given -> closed.
 * Pure. Acknowledgement (Art. 9(1)(b)) is its own action because it carries a message and a date;
 * closing needs an outcome, because the final outcome must be communicated (Art. 9(1)(f), 11(2)(e)).
 */
export const STATUSES = ["received", "acknowledged", "in_follow_up", "feedback_given", "closed"] as const;
export type CaseStatus = (typeof STATUSES)[number];

export const OUTCOMES = ["substantiated", "unsubstantiated", "referred", "no_action", "withdrawn"] as const;
export type Outcome = (typeof OUTCOMES)[number];

const NEXT: Record<CaseStatus, readonly CaseStatus[]> = {
  received: ["acknowledged", "in_follow_up", "closed"],
  acknowledged: ["in_follow_up", "feedback_given", "closed"],
  in_follow_up: ["feedback_given", "closed"],
  feedback_given: ["in_follow_up", "closed"],
  // Reopening is allowed: new information can arrive after closure.
  closed: ["in_follow_up"],
};

export class CaseStateError extends Error {
  constructor(
    readonly code: "bad-transition" | "outcome-required" | "use-acknowledge" | "not-acknowledged",
    message: string,
  ) {
    super(message);
    this.name = "CaseStateError";
  }
}

export function isStatus(s: string): s is CaseStatus {
  return (STATUSES as readonly string[]).includes(s);
}

export interface Transition {
  status: CaseStatus;
  outcome: Outcome | null;
  followUpOn?: string;
  acknowledgedOn?: string;
  feedbackOn?: string;
  closedOn?: string | null;
}

interface CaseDates {
  status: string;
  followUpOn?: string | null;
  acknowledgedOn: string | null;
  feedbackOn: string | null;
}

/** Checks a move requested by a handler and returns what changes; `today` is the org's date. */
export function moveStatus(
  current: CaseDates,
  to: CaseStatus,
  outcome: Outcome | null,
  today: string,
): Transition {
  const from = current.status as CaseStatus;
  if (to === "acknowledged" && from === "received") {
    throw new CaseStateError(
      "use-acknowledge",
      "acknowledge the report with a message to the reporting person",
    );
  }
  if (!NEXT[from]?.includes(to))
    throw new CaseStateError("bad-transition", `cannot move from ${from} to ${to}`);
  if (to === "closed" && !outcome)
    throw new CaseStateError("outcome-required", "closing a case needs an outcome");
  const t: Transition = { status: to, outcome: to === "closed" ? outcome : null };
  if (to === "feedback_given" && !current.feedbackOn) t.feedbackOn = today;
  if (to === "in_follow_up" && !current.followUpOn) t.followUpOn = today;
  if (to === "closed") t.closedOn = today;
  if (from === "closed") t.closedOn = null;
  return t;
}

/**
 * A handler records that follow-up (the investigation) started: its own event, independent of the
 * status, because Ley 2/2023 art. 32.4 deletes a report nobody investigated within 3 months. The first
 * date stays; recording it again changes nothing.
 */
export function startFollowUp(current: CaseDates, today: string): { followUpOn: string } {
  if (current.status === "closed") throw new CaseStateError("bad-transition", "the case is closed");
  return { followUpOn: current.followUpOn ?? today };
}

/** What communicating the final outcome changes. */
export interface OutcomeCommunicated {
  outcomeCommunicatedOn: string;
  feedbackOn?: string;
  status?: CaseStatus;
}

/**
 * The handler communicates the final outcome to the reporting person (Art. 9(1)(f), 11(2)(e)): its own
 * event, never inferred from interim feedback, because D.Lgs. 24/2023 art. 14 counts retention from it
 * and the Art. 15 date stands until it. It is also feedback, so it meets the feedback deadline. It may
 * follow closure (the file is closed, then the person is told). Sent again after a reopening, the later
 * day is the final one.
 */
export function communicateOutcome(current: CaseDates, today: string): OutcomeCommunicated {
  if (!current.acknowledgedOn) {
    throw new CaseStateError("not-acknowledged", "acknowledge the report before communicating its outcome");
  }
  const change: OutcomeCommunicated = { outcomeCommunicatedOn: today };
  if (!current.feedbackOn) change.feedbackOn = today;
  if (current.status !== "closed") change.status = "feedback_given";
  return change;
}

/** Acknowledging sets the date once; a later acknowledgement keeps the first date. */
export function acknowledge(current: CaseDates, today: string): Transition {
  if (current.status === "closed") throw new CaseStateError("bad-transition", "the case is closed");
  return {
    status: current.status === "received" ? "acknowledged" : (current.status as CaseStatus),
    outcome: null,
    acknowledgedOn: current.acknowledgedOn ?? today,
  };
}
