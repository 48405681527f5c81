/**
 * One rule for every doubt the law leaves (LAW.md section 4): **the earliest defensible date for a duty,
 * the latest defensible date for a right.**
 *
 * - A duty is what the organisation must do by a date: acknowledge, give feedback, hold a meeting,
 *   delete. Its date is the earliest any reading allows, and it never rolls over a weekend or a public
 *   holiday: a handler who meets the earliest date meets every reading.
 * - A right is what the reporting person may do from a date: above all, disclose publicly under
 *   Directive Art. 15(1)(a) once the feedback timeframe passed without appropriate action. Its date is the
 *   latest any reading allows, so the page never tells them a day that may be too early:
 *   - the timeframe starts at the latest defensible event (the acknowledgement where one was sent, even a
 *     late one; else the end of the acknowledgement period), where the law names no start (Art. 11(2)(d))
 *     or caps a late acknowledgement;
 *   - a timeframe ending on a Saturday, a Sunday or a public holiday runs to the next working day, as
 *     national law does for national periods: the Netherlands (Algemene termijnenwet art. 1), Italy
 *     (codice civile art. 2963), arguably Germany (BGB §193). Regulation (EEC, Euratom) No 1182/71
 *     art. 3(4) does the same, but binds only acts of the Union, not national deadlines. Where it is
 *     doubtful whether a national rule applies, the roll-over is applied, since it only makes the right's
 *     date later.
 *
 * Sources checked 2026-11-29: Reg. 1182/71 (EUR-Lex CELEX 31971R1182) art. 3(4); the national rules as
 * named in the expert review of issue 12. Regional holidays (German Länder, Spanish comunidades) are not
 * in the calendars used, so the roll-over can miss a regional holiday; the profile notes say so.
 */
import { addDays, isWorkingDay, weekday } from "./dates";

/** Whose date it is: the organisation's duty, or the reporting person's right. */
export type Reading = "duty" | "right";

/**
 * The first working day on or after `date`: Monday to Friday, and not a public holiday of `calendar`
 * (a date-holidays country code); with no calendar, only weekends are skipped. Only for rights.
 */
export function rollOver(date: string, calendar: string | null): string {
  let day = date;
  for (;;) {
    const working =
      calendar === null ? weekday(day) !== 0 && weekday(day) !== 6 : isWorkingDay(day, calendar);
    if (working) return day;
    day = addDays(day, 1);
  }
}
