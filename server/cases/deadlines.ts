/**
 * Glue between a stored case and the pure rule engine: which deadline comes next for the handlers,
 * and whether it has passed. Every case gets the same clock (LAW.md section 4): nothing here reads a
 * severity or a priority, because there is none.
 */
import {
  type Deadline,
  type Deadlines,
  daysUntil,
  deadlines,
  informPersonConcernedBy,
  isOverdue,
  type Jurisdiction,
} from "../directive";

export interface CaseClockFacts {
  jurisdiction: string;
  channelKind: string;
  receivedOn: string;
  acknowledgedOn: string | null;
  followUpOn?: string | null;
  feedbackOn: string | null;
  closedOn: string | null;
  outcomeCommunicatedOn: string | null;
  /** Day the reporting person asked for a meeting (Art. 9(2)), and day a handler proposed one. */
  meetingRequestedOn?: string | null;
  meetingProposedOn?: string | null;
  /** Day the reporting person asked for further feedback (Ireland), and the latest feedback's day. */
  furtherFeedbackRequestedOn?: string | null;
  lastFeedbackOn?: string | null;
  /** A person concerned is recorded who was neither informed nor had informing deferred (GDPR Art. 14). */
  concernedToInform?: boolean;
  extended: boolean;
  status: string;
}

export function caseDeadlines(c: CaseClockFacts, retentionYears: number): Deadlines {
  return deadlines({
    jurisdiction: c.jurisdiction as Jurisdiction,
    channel: c.channelKind === "external" ? "external" : "internal",
    receivedOn: c.receivedOn,
    acknowledgedOn: c.acknowledgedOn ?? undefined,
    closedOn: c.closedOn ?? undefined,
    // Only the recorded final outcome: interim feedback neither starts D.Lgs. 24/2023 art. 14's
    // retention nor removes the Art. 15 date.
    outcomeCommunicatedOn: c.outcomeCommunicatedOn ?? undefined,
    extended: c.extended || undefined,
    extensionJustification: c.extended ? "recorded in the audit log" : undefined,
    retentionYears,
    investigationStartedOn: followUpStartedOn(c),
    meetingRequestedOn: c.meetingRequestedOn ?? undefined,
    furtherFeedbackRequestedOn: c.furtherFeedbackRequestedOn ?? undefined,
    lastFeedbackOn: lastFeedbackOn(c),
  });
}

/**
 * The latest feedback's day. Cases from before it was stored have only the first feedback's and the
 * final outcome's days: the later of them is the earliest the next interval can defensibly run from.
 */
export function lastFeedbackOn(
  c: Pick<CaseClockFacts, "lastFeedbackOn" | "feedbackOn" | "outcomeCommunicatedOn">,
): string | undefined {
  const days = [c.lastFeedbackOn, c.feedbackOn, c.outcomeCommunicatedOn].filter(
    (d): d is string => typeof d === "string",
  );
  return days.sort().at(-1);
}

/**
 * The day follow-up began, for Ley 2/2023 art. 32.4 ("actuaciones de investigación"): the day a handler
 * recorded it, or the first feedback, whichever came first. Feedback tells the reporting person the
 * action "envisaged or taken as follow-up" (Directive Art. 5(13)), so a case that was answered with
 * feedback was followed up, whatever its status says. Never inferred from a status alone.
 */
export function followUpStartedOn(c: Pick<CaseClockFacts, "followUpOn" | "feedbackOn">): string | undefined {
  const days = [c.followUpOn, c.feedbackOn].filter((d): d is string => typeof d === "string");
  return days.sort()[0];
}

/**
 * The handlers' duties that have a deadline: acknowledgement, feedback, a requested meeting, the
 * further feedback a reporting person asked for (Ireland), and informing a person concerned (GDPR Art. 14(3)(a)).
 */
export type DueKind = "acknowledge" | "feedback" | "meeting" | "further_feedback" | "inform_concerned";

/**
 * GDPR Art. 14(3)(a): while a recorded person concerned was neither informed nor had informing deferred,
 * the date by which they must be told (the same for every such person: one month from receipt).
 */
export function informConcernedBy(
  c: Pick<CaseClockFacts, "receivedOn" | "concernedToInform">,
): Deadline | null {
  return c.concernedToInform ? informPersonConcernedBy({ receivedOn: c.receivedOn }) : null;
}

/** True while a meeting was asked for and no time and place has been proposed since (Art. 9(2)). */
export function meetingPending(c: Pick<CaseClockFacts, "meetingRequestedOn" | "meetingProposedOn">): boolean {
  return Boolean(c.meetingRequestedOn) && !c.meetingProposedOn;
}

export interface NextDeadline {
  kind: DueKind | null;
  date: string | null;
  basis: string | null;
  overdue: boolean;
  daysLeft: number | null;
}

/**
 * Which deadline comes next, whatever the day: acknowledgement, then feedback, then any further feedback
 * asked for, then none; a pending meeting request (Art. 9(2); France: 20 working days), and informing a
 * person concerned (GDPR Art. 14(3)(a)), come first when their date is earlier.
 */
export function nextDue(
  c: CaseClockFacts,
  d: Deadlines,
): { kind: DueKind; deadline: Deadline | null } | null {
  if (c.status === "closed") return null;
  let duty: { kind: DueKind; deadline: Deadline | null } | null = null;
  if (!c.acknowledgedOn) duty = { kind: "acknowledge", deadline: d.acknowledgeBy };
  else if (!c.feedbackOn) duty = { kind: "feedback", deadline: d.feedbackBy };
  else if (d.furtherFeedbackBy) duty = { kind: "further_feedback", deadline: d.furtherFeedbackBy };
  if (meetingPending(c) && d.meetingBy) {
    const meeting = { kind: "meeting" as const, deadline: d.meetingBy };
    if (!duty?.deadline || d.meetingBy.date < duty.deadline.date) duty = meeting;
  }
  const inform = informConcernedBy(c);
  if (inform && (!duty?.deadline || inform.date < duty.deadline.date))
    duty = { kind: "inform_concerned", deadline: inform };
  return duty;
}

/** The deadline the handlers must meet next, and where `today` stands against it. */
export function nextDeadline(c: CaseClockFacts, d: Deadlines, today: string): NextDeadline {
  const next = nextDue(c, d);
  if (!next) return { kind: null, date: null, basis: null, overdue: false, daysLeft: null };
  const dl = next.deadline;
  return {
    kind: next.kind,
    date: dl?.date ?? null,
    basis: dl?.basis ?? null,
    overdue: isOverdue(dl, today),
    daysLeft: dl ? daysUntil(dl, today) : null,
  };
}
