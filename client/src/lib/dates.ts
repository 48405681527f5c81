/** Showing the API's dates: calendar days (`YYYY-MM-DD`, no time zone) and handler instants (ISO). */
import { t } from "../i18n";
import { h } from "./dom";
import type { Deadline } from "./types";

// Made on first use: the page's catalog (and so its locale) is chosen when the page starts.
let dayFormat: Intl.DateTimeFormat | undefined;
let instantFormat: Intl.DateTimeFormat | undefined;

/** "27 November 2026" for "2026-11-27"; the input unchanged if it is not a day. */
export function formatDay(day: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return day;
  // A calendar day has no zone: format it as UTC midnight in UTC, so no zone can shift it.
  dayFormat ??= new Intl.DateTimeFormat(t.locale, { dateStyle: "long", timeZone: "UTC" });
  return dayFormat.format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))));
}

export function formatInstant(iso: string): string {
  const d = new Date(iso);
  instantFormat ??= new Intl.DateTimeFormat(t.locale, { dateStyle: "medium", timeStyle: "short" });
  return Number.isNaN(d.getTime()) ? iso : instantFormat.format(d);
}

/** A `<time>` element for a day. */
export function dayEl(day: string, testid?: string): HTMLTimeElement {
  return h("time", { datetime: day, class: "date", "data-testid": testid }, formatDay(day));
}

/** A deadline's date with its legal basis in small text (and as a tooltip). */
export function deadlineEl(d: Deadline | null, testid?: string): HTMLElement {
  if (!d) return h("span", { "data-testid": testid }, t.inbox.noDate);
  return h(
    "span",
    { title: d.basis },
    h("time", { datetime: d.date, class: "date", "data-testid": testid }, formatDay(d.date)),
    h("small", { class: "basis" }, `${t.inbox.basis} ${d.basis}`),
  );
}
