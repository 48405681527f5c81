/**
 * When the next annual notice to workers is due. The Code of Practice
 * (Measure 8.3, indicator (6)) asks signatories to inform workers of the
 * whistleblower protection policy annually; we read that as at most 12 months
 * between issues. Months are counted as Reg. (EEC, Euratom) No 1182/71 art.
 * 3(2)(c) says: the period ends on the same date in the last month, or on that
 * month's last day where the date does not exist (29 Feb 2024 + 12 months =
 * 28 Feb 2025). Pure: the caller passes today's date.
 */
import { NoticeError } from "./errors";

/** Where the notice stands on `today`. */
export interface NoticeStatus {
  lastIssuedOn: string | null;
  /** Last day on which the next issue is on time. */
  dueOn: string | null;
  /** First day of the reminder window (11 months after the last issue). */
  remindFrom: string | null;
  state: "never-issued" | "ok" | "reminder" | "overdue";
}

/** Months between issues at most. */
export const NOTICE_INTERVAL_MONTHS = 12;
/** Months after an issue from which admins are reminded. */
export const NOTICE_REMINDER_MONTHS = 11;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parse(date: string): [number, number, number] {
  const m = ISO_DATE.exec(date);
  const [y, mo, d] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
  if (!m || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) {
    throw new NoticeError("invalid-date", "date is not a valid yyyy-mm-dd");
  }
  return [y, mo, d];
}

/**
 * `date` plus `months` calendar months, with the month-end rule of
 * Reg. 1182/71 art. 3(2)(c): same date, or the last day of the month when
 * that date does not exist.
 */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = parse(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const day = Math.min(d, daysInMonth(year, month));
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * The notice's status on `today` from the recorded issues. Issues dated after
 * `today` are ignored (a planned issue does not count until it happened). The
 * notice is due `NOTICE_INTERVAL_MONTHS` after the latest issue, reminders run
 * from `NOTICE_REMINDER_MONTHS` after it, and it is overdue from the day after
 * the due date. Throws `invalid-date` for a malformed date.
 */
export function noticeStatus(issuances: readonly { issuedOn: string }[], today: string): NoticeStatus {
  parse(today);
  for (const i of issuances) parse(i.issuedOn);
  // ISO dates compare correctly as strings.
  const past = issuances.map((i) => i.issuedOn).filter((d) => d <= today);
  if (past.length === 0) return { lastIssuedOn: null, dueOn: null, remindFrom: null, state: "never-issued" };
  const last = past.sort().at(-1)!;
  const dueOn = addMonths(last, NOTICE_INTERVAL_MONTHS);
  const remindFrom = addMonths(last, NOTICE_REMINDER_MONTHS);
  const state = today > dueOn ? "overdue" : today >= remindFrom ? "reminder" : "ok";
  return { lastIssuedOn: last, dueOn, remindFrom, state };
}
