/**
 * The date by which a person concerned must be told that their data is processed (GDPR Art. 14(3)(a):
 * "within a reasonable period after obtaining the personal data, but at the latest within one month").
 * Pure: dates in, a dated duty out.
 *
 * The data is obtained no earlier than the report that names the person, and the handlers may learn of
 * a person only from a later message; the earliest defensible date for a duty (LAW.md section 4) counts
 * from the report's receipt. A recorded deferral (Art. 14(5)(b), Art. 23) or the day they were informed
 * ends the duty's date.
 */
import { addMonths, checkDate, compareDates } from "./dates";
import { DirectiveError } from "./errors";
import type { Deadline } from "./types";

/** GDPR Art. 14(3)(a): at the latest one month after obtaining the data. */
const INFORM_MONTHS = 1;

/** What the date depends on: the report's receipt, and the days informed or deferred, if any. */
export interface PersonConcernedFacts {
  receivedOn: string;
  informedOn?: string | null;
  informDeferredOn?: string | null;
}

/** The day by which the person concerned must be informed, or `null` once informed or deferred. */
export function informPersonConcernedBy(facts: PersonConcernedFacts): Deadline | null {
  const receivedOn = checkDate(facts.receivedOn, "receivedOn");
  for (const [field, day] of [
    ["informedOn", facts.informedOn],
    ["informDeferredOn", facts.informDeferredOn],
  ] as const) {
    if (day && compareDates(checkDate(day, field), receivedOn) < 0)
      throw new DirectiveError("bad-date", `${field} before receivedOn`);
  }
  if (facts.informedOn || facts.informDeferredOn) return null;
  return {
    date: addMonths(receivedOn, INFORM_MONTHS),
    basis:
      "Regulation (EU) 2016/679 (GDPR) Art. 14(3)(a): at the latest 1 month after obtaining the personal data, counted from receipt of the report (the earliest it was obtained); unless informing is deferred under Art. 14(5)(b) or a restriction under Art. 23",
  };
}
