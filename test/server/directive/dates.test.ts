import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkDate, daysBetween, weekday } from "../../../server/directive/dates";
import {
  addDays,
  addMonths,
  addWorkingDays,
  addYears,
  DirectiveError,
  daysUntil,
  isOverdue,
  isWorkingDay,
  todayIn,
} from "../../../server/directive/index";
import { codeOfError } from "../../helpers";

const codeOf = codeOfError(DirectiveError);

/** Any date from 1990 to 2089, as a day offset so every generated value is a real date. */
const anyDate = fc.integer({ min: 0, max: 36500 }).map((n) => addDays("1990-01-01", n));

describe("addDays (Reg. 1182/71 art. 3(1): the day of the event is not counted)", () => {
  it.each([
    { from: "2026-01-25", n: 7, to: "2026-02-01", why: "25th of a 31-day month: the 1st of the next" },
    { from: "2026-04-25", n: 7, to: "2026-05-02", why: "25th of a 30-day month: the 2nd of the next" },
    { from: "2026-12-28", n: 7, to: "2027-01-04", why: "across the year end" },
    { from: "2028-02-22", n: 7, to: "2028-02-29", why: "onto 29 February of a leap year" },
    { from: "2026-02-22", n: 7, to: "2026-03-01", why: "past 28 February of a common year" },
    { from: "2026-03-01", n: -1, to: "2026-02-28", why: "backwards" },
  ])("$from + $n days = $to ($why)", ({ from, n, to }) => {
    expect(addDays(from, n)).toBe(to);
  });

  it("is undone by subtracting the same number of days", () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -4000, max: 4000 }), (d, n) => {
        expect(addDays(addDays(d, n), -n)).toBe(d);
        expect(daysBetween(d, addDays(d, n))).toBe(n);
      }),
    );
  });

  it("agrees with the calendar on weekdays", () => {
    expect(weekday("1970-01-01")).toBe(4);
    expect(weekday("2026-07-14")).toBe(2);
    expect(weekday("2000-02-29")).toBe(2);
  });
});

describe("addMonths (Reg. 1182/71 art. 3(2)(c): same date, else the last day of the month)", () => {
  it.each([
    { from: "2025-11-30", n: 3, to: "2026-02-28", why: "LAW.md example: acknowledged 30 Nov 2025" },
    { from: "2026-01-31", n: 1, to: "2026-02-28", why: "31 Jan + 1 month in a common year" },
    { from: "2028-01-31", n: 1, to: "2028-02-29", why: "31 Jan + 1 month in the leap year 2028" },
    { from: "2027-11-30", n: 3, to: "2028-02-29", why: "30 Nov + 3 months into a leap February" },
    { from: "2028-02-29", n: 12, to: "2029-02-28", why: "29 Feb + 1 year" },
    { from: "2028-02-29", n: 1, to: "2028-03-29", why: "29 Feb + 1 month keeps the 29th" },
    { from: "2026-08-31", n: 3, to: "2026-11-30", why: "31 Aug + 3 months" },
    { from: "2026-12-31", n: 2, to: "2027-02-28", why: "across the year end" },
    { from: "2026-03-31", n: -1, to: "2026-02-28", why: "backwards" },
    { from: "2026-01-15", n: 0, to: "2026-01-15", why: "zero months" },
  ])("$from + $n months = $to ($why)", ({ from, n, to }) => {
    expect(addMonths(from, n)).toBe(to);
  });

  it("lands in the right month, never after the same day number", () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 0, max: 240 }), (d, n) => {
        const out = addMonths(d, n);
        const [y, m, day] = d.split("-").map(Number) as [number, number, number];
        const [oy, om, oday] = out.split("-").map(Number) as [number, number, number];
        expect(oy * 12 + om - (y * 12 + m)).toBe(n);
        expect(oday).toBeLessThanOrEqual(day);
        if (oday < day) expect(addDays(out, 1).slice(8)).toBe("01");
      }),
    );
  });

  it("counts years as twelve months", () => {
    expect(addYears("2028-02-29", 5)).toBe("2033-02-28");
    expect(addYears("2026-06-30", 3)).toBe("2029-06-30");
  });
});

describe("addWorkingDays (jours ouvrés: Monday to Friday, French public holidays excluded)", () => {
  it.each([
    { from: "2026-07-10", n: 7, to: "2026-07-22", why: "Friday, 14 July (Tuesday) skipped" },
    { from: "2026-07-04", n: 7, to: "2026-07-15", why: "received on a Saturday, 14 July skipped" },
    { from: "2026-07-05", n: 7, to: "2026-07-15", why: "received on a Sunday" },
    { from: "2026-07-14", n: 7, to: "2026-07-23", why: "received on 14 July itself" },
    { from: "2026-05-01", n: 7, to: "2026-05-13", why: "received on 1 May; 8 May also skipped" },
    { from: "2026-05-14", n: 7, to: "2026-05-26", why: "received on Ascension; Whit Monday skipped" },
    { from: "2026-05-13", n: 7, to: "2026-05-26", why: "the day before Ascension" },
    { from: "2026-12-24", n: 7, to: "2027-01-06", why: "Christmas and New Year across the year end" },
    { from: "2026-07-10", n: 20, to: "2026-08-10", why: "20 working days for a meeting" },
    { from: "2026-07-10", n: 0, to: "2026-07-10", why: "zero days" },
  ])("$from + $n = $to ($why)", ({ from, n, to }) => {
    expect(addWorkingDays(from, n, "FR")).toBe(to);
  });

  it("knows French public holidays and weekends", () => {
    expect(isWorkingDay("2026-07-14", "FR")).toBe(false);
    expect(isWorkingDay("2026-05-14", "FR")).toBe(false);
    expect(isWorkingDay("2026-07-11", "FR")).toBe(false);
    expect(isWorkingDay("2026-07-15", "FR")).toBe(true);
  });

  it("always lands on a working day strictly after the start", () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 30 }), (d, n) => {
        const out = addWorkingDays(d, n, "FR");
        expect(out > d).toBe(true);
        expect(isWorkingDay(out, "FR")).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it("refuses a negative count and an unknown holiday calendar", () => {
    expect(codeOf(() => addWorkingDays("2026-07-10", -1, "FR"))).toBe("bad-number");
    expect(codeOf(() => addWorkingDays("2026-07-10", 1.5, "FR"))).toBe("bad-number");
    expect(codeOf(() => addWorkingDays("2026-07-10", 3, "XX"))).toBe("unknown-holiday-calendar");
  });
});

describe("strict dates", () => {
  it.each([
    "2026-02-29",
    "2026-04-31",
    "2026-13-01",
    "2026-00-10",
    "2026-01-00",
    "0000-01-01",
    "2026-1-01",
    "26-01-01",
    "2026-01-01T00:00:00Z",
    " 2026-01-01",
    "2026/01/01",
    "",
  ])("refuses %j", (bad) => {
    expect(codeOf(() => checkDate(bad))).toBe("bad-date");
  });

  it("accepts real days, 29 February of leap years included", () => {
    expect(checkDate("2028-02-29")).toBe("2028-02-29");
    expect(checkDate("2000-02-29")).toBe("2000-02-29");
    expect(codeOf(() => checkDate("2100-02-29"))).toBe("bad-date");
  });
});

describe("isOverdue and daysUntil: due at the end of the day", () => {
  const due = { date: "2026-04-30", basis: "test" };

  it.each([
    { today: "2026-04-29", overdue: false, days: 1 },
    { today: "2026-04-30", overdue: false, days: 0 },
    { today: "2026-05-01", overdue: true, days: -1 },
    { today: "2027-01-01", overdue: true, days: -246 },
  ])("on $today: overdue $overdue, $days days left", ({ today, overdue, days }) => {
    expect(isOverdue(due, today)).toBe(overdue);
    expect(daysUntil(due, today)).toBe(days);
  });

  it("a missing deadline is never overdue", () => {
    expect(isOverdue(null, "2099-12-31")).toBe(false);
  });

  it("refuses a malformed today", () => {
    expect(codeOf(() => isOverdue(due, "2026-5-1"))).toBe("bad-date");
    expect(codeOf(() => daysUntil(due, "tomorrow"))).toBe("bad-date");
  });
});

describe("todayIn: the organisation's calendar date of an instant", () => {
  it.each([
    // Europe/Berlin moves to CEST at 01:00 UTC on 29 March 2026 and back to CET at 01:00 UTC on 25 October.
    {
      instant: "2026-03-28T23:30:00Z",
      zone: "Europe/Berlin",
      day: "2026-03-29",
      why: "23:30 UTC is 00:30 CET",
    },
    { instant: "2026-03-28T22:59:59Z", zone: "Europe/Berlin", day: "2026-03-28", why: "still 23:59 CET" },
    {
      instant: "2026-03-29T21:30:00Z",
      zone: "Europe/Berlin",
      day: "2026-03-29",
      why: "23:30 CEST after the change",
    },
    { instant: "2026-03-29T22:30:00Z", zone: "Europe/Berlin", day: "2026-03-30", why: "00:30 CEST" },
    {
      instant: "2026-10-24T23:30:00Z",
      zone: "Europe/Berlin",
      day: "2026-10-25",
      why: "01:30 CEST on the night of the change",
    },
    {
      instant: "2026-10-25T22:30:00Z",
      zone: "Europe/Berlin",
      day: "2026-10-25",
      why: "23:30 CET after the change",
    },
    { instant: "2026-10-25T23:30:00Z", zone: "Europe/Berlin", day: "2026-10-26", why: "00:30 CET" },
    { instant: "2026-03-28T23:30:00Z", zone: "UTC", day: "2026-03-28", why: "the same instant in UTC" },
    { instant: "2026-07-01T02:00:00Z", zone: "America/New_York", day: "2026-06-30", why: "west of UTC" },
  ])("$instant in $zone is $day ($why)", ({ instant, zone, day }) => {
    expect(todayIn(zone, new Date(instant))).toBe(day);
  });

  it("refuses an unknown zone and an invalid instant", () => {
    expect(codeOf(() => todayIn("Mars/Olympus_Mons", new Date()))).toBe("bad-time-zone");
    expect(codeOf(() => todayIn("Europe/Berlin", new Date("not a date")))).toBe("bad-date");
  });

  it("turns the date at the first millisecond of local midnight, however close the calls before", () => {
    // 23:00:00.000 UTC is 00:00 CET; the calls before it fall in the last second of the day before.
    const before = Date.parse("2026-03-27T22:59:59.000Z");
    for (const ms of [0, 500, 999])
      expect(todayIn("Europe/Berlin", new Date(before + ms))).toBe("2026-03-27");
    expect(todayIn("Europe/Berlin", new Date(before + 1000))).toBe("2026-03-28");
    expect(todayIn("Europe/Berlin", new Date(before + 999))).toBe("2026-03-27");
    // The same second in another zone is that zone's date, not the one just given.
    expect(todayIn("Asia/Tokyo", new Date(before + 999))).toBe("2026-03-28");
    expect(todayIn("America/New_York", new Date(before + 999))).toBe("2026-03-27");
    expect(todayIn("Europe/Berlin", new Date(before + 1500))).toBe("2026-03-28");
  });

  it("gives the date a fresh formatter gives, for instants in any order", () => {
    const zones = [
      "Europe/Berlin",
      "Europe/Lisbon",
      "Pacific/Kiritimati",
      "America/St_Johns",
      "Asia/Kolkata",
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: Date.parse("1900-01-01T00:00:00Z"), max: Date.parse("2100-01-01T00:00:00Z") }),
        fc.integer({ min: -3000, max: 3000 }),
        (zone, at, step) => {
          for (const instant of [at, at + step, at - step]) {
            const parts = new Intl.DateTimeFormat("en-CA", { timeZone: zone, dateStyle: "short" }).format(
              new Date(instant),
            );
            expect(todayIn(zone, new Date(instant))).toBe(parts);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("matches the UTC date at noon UTC in UTC", () => {
    fc.assert(
      fc.property(anyDate, (d) => {
        expect(todayIn("UTC", new Date(`${d}T12:00:00Z`))).toBe(d);
      }),
    );
  });
});
