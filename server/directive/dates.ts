/**
 * Calendar-date arithmetic on plain "YYYY-MM-DD" strings, following the counting rules of
 * Regulation (EEC, Euratom) No 1182/71. Dates are counted as day numbers, never as instants, so no
 * time zone or daylight-saving change can move a deadline; `todayIn` is the one bridge from an instant.
 */
import { DirectiveError } from "./errors";
import { publicHolidays } from "./holidays";

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

interface Ymd {
  y: number;
  m: number;
  d: number;
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeap(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

function parse(date: string, field: string): Ymd {
  const match = typeof date === "string" ? DATE.exec(date) : null;
  if (!match) throw new DirectiveError("bad-date", `bad date: ${field}`);
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) {
    throw new DirectiveError("bad-date", `bad date: ${field}`);
  }
  return { y, m, d };
}

function format({ y, m, d }: Ymd): string {
  if (y < 1 || y > 9999) throw new DirectiveError("bad-date", "date out of range");
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

// Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's days_from_civil), so that
// adding days never goes through Date and its local-time pitfalls.
function toDayNumber({ y, m, d }: Ymd): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function fromDayNumber(n: number): Ymd {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

function integer(n: number, field: string, min = Number.MIN_SAFE_INTEGER): number {
  if (!Number.isSafeInteger(n) || n < min) throw new DirectiveError("bad-number", `bad number: ${field}`);
  return n;
}

/** Throws `bad-date` unless `date` is a strict "YYYY-MM-DD" string naming a real day; returns it. */
export function checkDate(date: string, field = "date"): string {
  parse(date, field);
  return date;
}

/** Negative, zero or positive as `a` is before, on or after `b`. Both must be valid dates. */
export function compareDates(a: string, b: string): number {
  return toDayNumber(parse(a, "date")) - toDayNumber(parse(b, "date"));
}

/** The earlier of two dates. */
export function earlierOf(a: string, b: string): string {
  return compareDates(a, b) <= 0 ? a : b;
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return compareDates(to, from);
}

/**
 * `date` plus `n` calendar days. Reg. 1182/71 art. 3(1): the day of the event is not counted, so a
 * period of 7 days from the 25th ends on the 1st of the next month when the month has 31 days.
 */
export function addDays(date: string, n: number): string {
  return format(fromDayNumber(toDayNumber(parse(date, "date")) + integer(n, "days")));
}

/**
 * `date` plus `n` months. Reg. 1182/71 art. 3(2)(c): the period ends on the same date in the last month
 * or, where that date does not exist, on the last day of that month (30 Nov + 3 months = 28 Feb).
 */
export function addMonths(date: string, n: number): string {
  const { y, m, d } = parse(date, "date");
  const index = y * 12 + (m - 1) + integer(n, "months");
  const ty = Math.floor(index / 12);
  const tm = index - ty * 12 + 1;
  return format({ y: ty, m: tm, d: Math.min(d, daysInMonth(ty, tm)) });
}

/** `date` plus `n` years, as 12·n months (29 Feb + 1 year = 28 Feb). */
export function addYears(date: string, n: number): string {
  return addMonths(date, integer(n, "years") * 12);
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  // 1970-01-01 was a Thursday (4).
  return (((toDayNumber(parse(date, "date")) + 4) % 7) + 7) % 7;
}

/** Monday to Friday and not a public holiday of `country` (a date-holidays country code). */
export function isWorkingDay(date: string, country: string): boolean {
  const day = weekday(date);
  if (day === 0 || day === 6) return false;
  return !publicHolidays(country, parse(date, "date").y).has(date);
}

/**
 * `date` plus `n` working days (Monday–Friday, excluding public holidays of `country`), the French
 * "jours ouvrés" of decree 2022-1284 art. 4. The day of the event is not counted, whatever day it is,
 * so a report received on a Saturday or a holiday starts counting on the next working day.
 */
export function addWorkingDays(date: string, n: number, holidaysFor: string): string {
  let day = checkDate(date);
  let left = integer(n, "working days", 0);
  while (left > 0) {
    day = addDays(day, 1);
    if (isWorkingDay(day, holidaysFor)) left -= 1;
  }
  return day;
}

const FORMATTERS = new Map<string, Intl.DateTimeFormat>();
/** The last date `todayIn` gave in each zone it keeps a formatter for, and the UTC second it was for. */
const LAST_DAYS = new Map<string, { second: number; day: string }>();

/**
 * The calendar date of `instant` in the IANA `timeZone` (e.g. "Europe/Berlin"). Deadlines are due at
 * the end of a day in the organisation's zone, so "today" must be taken there, not in UTC.
 */
export function todayIn(timeZone: string, instant: Date): string {
  let formatter = FORMATTERS.get(timeZone);
  try {
    formatter ??= new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      calendar: "gregory",
      numberingSystem: "latn",
    });
  } catch {
    throw new DirectiveError("bad-time-zone", "bad time zone");
  }
  // Making a formatter costs far more than using one; zones are few.
  if (FORMATTERS.size < 64) FORMATTERS.set(timeZone, formatter);
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) {
    throw new DirectiveError("bad-date", "bad date: instant");
  }
  // Every offset in the time zone database is a whole number of seconds, so the date cannot change
  // within one UTC second: requests of the same second reuse the last answer instead of formatting.
  const second = Math.floor(instant.getTime() / 1000);
  const last = LAST_DAYS.get(timeZone);
  if (last !== undefined && last.second === second) return last.day;
  const parts = formatter.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  const day = checkDate(`${part("year").padStart(4, "0")}-${part("month")}-${part("day")}`, "instant");
  if (FORMATTERS.has(timeZone)) LAST_DAYS.set(timeZone, { second, day });
  return day;
}
