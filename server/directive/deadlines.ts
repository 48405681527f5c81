/**
 * The rule engine: from the dated facts of one report and its jurisdiction profile to every legal date.
 * All numbers and their provisions come from the profile; this file only knows how periods are counted.
 */
import { addDays, addMonths, addWorkingDays, checkDate, compareDates, daysBetween, earlierOf } from "./dates";
import { type Reading, rollOver } from "./doubt";
import { DirectiveError, type DirectiveErrorCode } from "./errors";
import { profileOf } from "./jurisdictions";
import type { ChannelRules, DaysRule, JurisdictionProfile } from "./profile-types";
import { deleteBy } from "./retention";
import type { Deadline, DeadlineInput, Deadlines } from "./types";

// Events that cannot precede the report they belong to (same day is fine).
const AFTER_RECEIPT = [
  ["acknowledgedOn", "acknowledged-before-received"],
  ["closedOn", "closed-before-received"],
  ["outcomeCommunicatedOn", "outcome-before-received"],
  ["meetingRequestedOn", "meeting-before-received"],
  ["investigationStartedOn", "investigation-before-received"],
  ["furtherFeedbackRequestedOn", "further-feedback-before-received"],
  ["lastFeedbackOn", "feedback-before-received"],
] as const satisfies readonly (readonly [keyof DeadlineInput, DirectiveErrorCode])[];

/**
 * Every deadline of one report under its jurisdiction's profile. Pure: same input, same output.
 * Deadlines are legal dates, not to-do items: `acknowledgeBy` and `feedbackBy` stay set after they were
 * met; compare them with `acknowledgedOn` and the feedback record to know whether they were.
 * Throws {@link DirectiveError} for input the law cannot apply to.
 */
export function deadlines(input: DeadlineInput): Deadlines {
  const profile = profileOf(input.jurisdiction);
  const rules = channelRules(profile, input.channel);
  const receivedOn = checkDate(input.receivedOn, "receivedOn");
  for (const [field, code] of AFTER_RECEIPT) {
    const date = input[field];
    if (date === undefined) continue;
    if (compareDates(checkDate(date, field), receivedOn) < 0) {
      throw new DirectiveError(code, `${field} before receivedOn`);
    }
  }

  const acknowledgeBy = period(receivedOn, rules.acknowledgement, profile, "receipt");
  const feedbackBy = feedback(input, receivedOn, acknowledgeBy, rules, "duty");
  // The reporting person's reading of the same timeframe: its latest defensible end (doubt.ts).
  const feedbackRight = feedback(input, receivedOn, acknowledgeBy, rules, "right");
  const meetingBy =
    rules.meeting && input.meetingRequestedOn !== undefined
      ? period(input.meetingRequestedOn, rules.meeting, profile, "the request")
      : null;
  return {
    acknowledgeBy,
    feedbackBy,
    meetingBy,
    furtherFeedbackBy: furtherFeedback(input, rules),
    publicDisclosureFrom: publicDisclosure(input, feedbackRight, rules, profile),
    deleteBy: deleteBy(input, receivedOn, profile),
  };
}

/**
 * True once `deadline` has passed: a deadline is due at the end of its day, so the due date itself is
 * not overdue. `today` is the organisation's date (see `todayIn`); `null` is never overdue.
 */
export function isOverdue(deadline: Deadline | null, today: string): boolean {
  checkDate(today, "today");
  return deadline !== null && compareDates(today, deadline.date) > 0;
}

/** Calendar days from `today` to the deadline: 0 on the due date, negative once overdue. */
export function daysUntil(deadline: Deadline, today: string): number {
  return daysBetween(checkDate(today, "today"), deadline.date);
}

function channelRules(profile: JurisdictionProfile, channel: string): ChannelRules {
  if (channel === "internal") return profile.internal;
  if (channel === "external") return profile.external;
  throw new DirectiveError("bad-channel", "bad channel");
}

function unit(rule: DaysRule): string {
  return rule.workingDays ? "working days (Monday to Friday, public holidays excluded)" : "days";
}

function period(from: string, rule: DaysRule, profile: JurisdictionProfile, event: string): Deadline {
  const date = rule.workingDays
    ? addWorkingDays(from, rule.days, holidayCalendar(profile))
    : addDays(from, rule.days);
  return { date, basis: `${rule.basis}: ${rule.days} ${unit(rule)} from ${event}` };
}

function holidayCalendar(profile: JurisdictionProfile): string {
  if (profile.holidays === null) throw new DirectiveError("bad-profile", "profile has no holiday calendar");
  return profile.holidays;
}

interface FeedbackPlan {
  /** Day the months run from. */
  start: string;
  /** Days added after the months (HinSchG §17(2) without acknowledgement). */
  grace: number;
  /** The start, in words, for the basis. */
  from: string;
  basis: string;
  note: string;
}

function feedback(
  input: DeadlineInput,
  receivedOn: string,
  acknowledgeBy: Deadline,
  rules: ChannelRules,
  reading: Reading,
): Deadline {
  const rule = rules.feedback;
  const plan = feedbackPlan(input.acknowledgedOn, receivedOn, acknowledgeBy, rules, reading);
  // A period is months (Reg. 1182/71) or, where the national law counts in days, calendar days.
  const due = (period: { months: number; days?: number }) =>
    period.days !== undefined
      ? addDays(plan.start, period.days + plan.grace)
      : addDays(addMonths(plan.start, period.months), plan.grace);
  const length = (period: { months: number; days?: number }) =>
    period.days !== undefined ? `${period.days} days` : `${period.months} months`;
  const grace = plan.grace > 0 ? ` + ${plan.grace} days` : "";
  let date = due(rule);
  let basis = `${plan.basis}: ${length(rule)}${grace} from ${plan.from}${plan.note}`;
  if (input.extended === true) {
    const extension = rule.extension;
    if (!extension) throw new DirectiveError("extension-not-allowed", "the law allows no extension here");
    if (typeof input.extensionJustification !== "string" || input.extensionJustification.trim() === "") {
      throw new DirectiveError(
        "extension-without-justification",
        "an extension needs a written justification",
      );
    }
    date = due(extension);
    basis = `${extension.basis}: ${length(extension)}${grace} from ${plan.from}${plan.note}; justification recorded`;
  }
  return { date, basis };
}

function feedbackPlan(
  acknowledgedOn: string | undefined,
  receivedOn: string,
  acknowledgeBy: Deadline,
  rules: ChannelRules,
  reading: Reading,
): FeedbackPlan {
  const rule = rules.feedback;
  const ack = rules.acknowledgement;
  const periodEnd = `the end of the ${ack.days}-${ack.workingDays ? "working-" : ""}day acknowledgement period`;
  const fromPeriodEnd = (note: string, basis = rule.basis): FeedbackPlan => ({
    start: acknowledgeBy.date,
    grace: 0,
    from: periodEnd,
    basis,
    note,
  });
  // A right's reading (doubt.ts): the latest defensible start. Where the law counts from receipt by
  // name (Spain), there is no doubt to resolve.
  if (reading === "right" && rule.start !== "receipt-else-period-end") {
    if (acknowledgedOn !== undefined) {
      return { start: acknowledgedOn, grace: 0, from: "acknowledgement", basis: rule.basis, note: "" };
    }
    if (rule.start === "receipt") return fromPeriodEnd(" (not acknowledged)");
  }
  switch (rule.start) {
    case "receipt":
      return { start: receivedOn, grace: 0, from: "receipt", basis: rule.basis, note: "" };
    case "receipt-else-period-end":
      if (acknowledgedOn !== undefined) {
        return { start: receivedOn, grace: 0, from: "receipt", basis: rule.basis, note: "" };
      }
      return fromPeriodEnd(" (not acknowledged)");
    case "acknowledgement-else-period-end":
      if (acknowledgedOn === undefined) {
        if (rule.noAcknowledgementBasis) {
          return fromPeriodEnd(
            ` (not acknowledged; ${rule.basis} counts only from an acknowledgement)`,
            rule.noAcknowledgementBasis,
          );
        }
        return fromPeriodEnd(" (not acknowledged)");
      }
      // A late acknowledgement must not buy time: the months never start later than they would have
      // without any acknowledgement.
      if (compareDates(acknowledgedOn, acknowledgeBy.date) > 0) {
        return fromPeriodEnd(" (acknowledged late, which does not move the start)");
      }
      return { start: acknowledgedOn, grace: 0, from: "acknowledgement", basis: rule.basis, note: "" };
    case "acknowledgement-else-receipt-then-grace": {
      const grace = rule.graceDays ?? 0;
      const unacknowledged: FeedbackPlan = {
        start: receivedOn,
        grace,
        from: "receipt",
        basis: rule.basis,
        note: " (not acknowledged)",
      };
      if (acknowledgedOn === undefined) return unacknowledged;
      const fromAck: FeedbackPlan = {
        start: acknowledgedOn,
        grace: 0,
        from: "acknowledgement",
        basis: rule.basis,
        note: "",
      };
      // HinSchG §17(2): an acknowledgement sent on time starts the 3 months, even where that ends after
      // "receipt + 3 months + 7 days" (received 2027-02-28, acknowledged 2027-03-07: 2027-06-07). Only a
      // late acknowledgement is capped there, so that it buys no time.
      if (compareDates(acknowledgedOn, acknowledgeBy.date) <= 0) return fromAck;
      const withAck = addMonths(acknowledgedOn, rule.months);
      const withoutAck = addDays(addMonths(receivedOn, rule.months), grace);
      if (earlierOf(withAck, withoutAck) !== withAck) {
        return { ...unacknowledged, note: " (acknowledged late, which does not move the deadline)" };
      }
      return fromAck;
    }
  }
  const unknown: never = rule.start;
  throw new DirectiveError("bad-profile", `unknown feedback start: ${String(unknown)}`);
}

/**
 * Further feedback on request (Ireland): each interval runs from the previous feedback, until closure.
 * Where the interval had already run when the request came, the duty arises with the request and is
 * due that day: the earliest defensible date for a duty (LAW.md section 4), whether the intervals are
 * read as counted from the previous feedback or from the request.
 */
function furtherFeedback(input: DeadlineInput, rules: ChannelRules): Deadline | null {
  const rule = rules.furtherFeedback;
  const requestedOn = input.furtherFeedbackRequestedOn;
  if (!rule || requestedOn === undefined || input.closedOn !== undefined) return null;
  // Before the first feedback, its own deadline (feedbackBy) is the duty.
  if (input.lastFeedbackOn === undefined) return null;
  const interval = addMonths(input.lastFeedbackOn, rule.months);
  const basis = `${rule.basis}: ${rule.months} months from the previous feedback (${input.lastFeedbackOn}), on the reporting person's request of ${requestedOn}, until the procedure is closed`;
  if (compareDates(interval, requestedOn) < 0) {
    return { date: requestedOn, basis: `${basis}; the interval had run before the request, so due on it` };
  }
  return { date: interval, basis };
}

function publicDisclosure(
  input: DeadlineInput,
  feedbackRight: Deadline,
  rules: ChannelRules,
  profile: JurisdictionProfile,
): Deadline | null {
  const rule = rules.publicDisclosure;
  if (!rule) return null;
  // Feedback on the outcome within the timeframe means action was taken in time; whether it was
  // "appropriate" is a judgement the engine cannot make, so it stops asserting a date. Interim
  // feedback never counts here: only the recorded final outcome does.
  if (
    input.outcomeCommunicatedOn !== undefined &&
    compareDates(input.outcomeCommunicatedOn, feedbackRight.date) <= 0
  ) {
    return null;
  }
  const end = rollOver(feedbackRight.date, profile.holidays);
  const moved =
    end !== feedbackRight.date ? `, moved from ${feedbackRight.date} (a weekend or public holiday)` : "";
  const condition = rule.condition ? `; ${rule.condition}` : "";
  return {
    date: addDays(end, 1),
    basis: `${rule.basis}: protected public disclosure from the day after the feedback timeframe ended (read in the reporting person's favour: ${feedbackRight.basis}, ending ${end}${moved}), if no appropriate action was taken within it${condition}`,
  };
}
