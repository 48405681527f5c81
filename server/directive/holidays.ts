/**
 * Public holidays from date-holidays, reduced to plain YYYY-MM-DD strings so that no time zone or clock
 * enters the arithmetic.
 */
import Holidays from "date-holidays";
import { DirectiveError } from "./errors";

// Building a calendar parses the country's rules; memoising per country-year keeps the engine pure
// (same input, same output) while avoiding that cost on every day of a working-day count.
const cache = new Map<string, ReadonlySet<string>>();
let countries: Readonly<Record<string, string>> | undefined;

/** The public holidays ("public" type only, not bank or observance days) of `country` in `year`. */
export function publicHolidays(country: string, year: number): ReadonlySet<string> {
  const key = `${country}:${year}`;
  const known = cache.get(key);
  if (known) return known;
  countries ??= new Holidays().getCountries();
  // date-holidays answers an unknown country with an empty list, which would silently count
  // every weekday as a working day.
  if (!Object.hasOwn(countries, country)) {
    throw new DirectiveError("unknown-holiday-calendar", "unknown holiday calendar");
  }
  const days = new Set(
    new Holidays(country)
      .getHolidays(year)
      .filter((h) => h.type === "public")
      .map((h) => h.date.slice(0, 10)),
  );
  cache.set(key, days);
  return days;
}
