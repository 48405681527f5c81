/**
 * Who should be reminded today, and of how many cases. Pure: cases, lead times and the organisation's
 * date in, a plan out; no clock, no database, no mail.
 *
 * A case needs attention when its next deadline (acknowledgement, Directive Art. 9(1)(b); feedback,
 * Art. 9(1)(f); further feedback asked for, Ireland's PDA 2014 s.6A(1); informing a person concerned, GDPR
 * Art. 14(3)(a)) has passed, or falls within the organisation's lead time for that kind of deadline.
 * Every case counts the same: there is no severity (LAW.md section 4). A reminder carries only counts,
 * and the dedupe key gives each person at most one reminder per day.
 */

import { reminderDedupeKey } from "../../db/reminder-keys";
import { type CaseClockFacts, caseDeadlines, nextDeadline } from "../cases/deadlines";
import { DirectiveError } from "../directive";

export { personOfReminderKey, reminderDedupeKey } from "../../db/reminder-keys";

/** A case the plan looks at: its clock facts and the people who hold its case key. */
export interface ReminderCase extends CaseClockFacts {
  id: string;
  holders: readonly string[];
}

/** The organisation's settings the plan depends on. */
export interface ReminderLeads {
  /** Remind this many days (or fewer) before the acknowledgement is due; 0 means on the day. */
  reminderAckDays: number;
  /** Remind this many days (or fewer) before feedback is due. */
  reminderFeedbackDays: number;
  retentionYears: number;
}

export type Attention = "overdue" | "due-soon";

/** One person's reminder: counts only, never which cases. */
export interface PersonReminder {
  personId: string;
  dueSoon: number;
  overdue: number;
  /** Unique per person and day: the outbox queues it at most once. */
  dedupeKey: string;
}

export interface ReminderPlan {
  day: string;
  reminders: PersonReminder[];
  /** Cases whose stored facts the rule engine rejected: nobody is reminded of them, the caller says so. */
  unreadable: string[];
}

/** Whether one case needs attention on `today`, and why; `null` when nothing is due soon. */
export function attentionOf(c: CaseClockFacts, leads: ReminderLeads, today: string): Attention | null {
  const next = nextDeadline(c, caseDeadlines(c, leads.retentionYears), today);
  if (next.kind === null || next.daysLeft === null) return null;
  if (next.overdue) return "overdue";
  // A meeting's period is as short as the acknowledgement's, so it takes the same lead; further
  // feedback (Ireland) and informing a person concerned (GDPR Art. 14(3)(a)) run in months like the first.
  const lead =
    next.kind === "feedback" || next.kind === "further_feedback" || next.kind === "inform_concerned"
      ? leads.reminderFeedbackDays
      : leads.reminderAckDays;
  return next.daysLeft <= lead ? "due-soon" : null;
}

/** The reminders due on `today`, one per person who holds at least one case needing attention. */
export function planReminders(
  cases: readonly ReminderCase[],
  leads: ReminderLeads,
  today: string,
): ReminderPlan {
  const counts = new Map<string, { dueSoon: number; overdue: number }>();
  const unreadable: string[] = [];
  for (const c of cases) {
    let attention: Attention | null;
    try {
      attention = attentionOf(c, leads, today);
    } catch (e) {
      // One malformed row must not silence the reminders of every other case.
      if (!(e instanceof DirectiveError)) throw e;
      unreadable.push(c.id);
      continue;
    }
    if (attention === null) continue;
    for (const personId of new Set(c.holders)) {
      const n = counts.get(personId) ?? { dueSoon: 0, overdue: 0 };
      if (attention === "overdue") n.overdue++;
      else n.dueSoon++;
      counts.set(personId, n);
    }
  }
  const reminders = [...counts.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([personId, n]) => ({ personId, ...n, dedupeKey: reminderDedupeKey(today, personId) }));
  return { day: today, reminders, unreadable };
}
