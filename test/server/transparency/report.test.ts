import { describe, expect, it } from "vitest";
import {
  CATEGORY_GROUP_KEYS,
  OUTCOME_KEYS,
  transparencyJson,
  transparencyReport,
} from "../../../server/transparency/report";
import { type Cell, isSuppressed } from "../../../server/transparency/suppress";
import { possibleValues, recovered } from "./attacker";
import { caseOf, SEVEN, YEAR } from "./fixtures";

const LT5 = { suppressed: true, display: "<5" };
const value = (c: Cell) => (isSuppressed(c) ? null : c.value);

describe("transparencyReport with seven reports spread over categories", () => {
  const report = transparencyReport(SEVEN, YEAR, { byCategoryGroup: true });

  it("shows the total and hides every small breakdown cell as <5", () => {
    expect(report.received).toEqual({ value: 7 });
    expect(report.outcomes.map((r) => r.key)).toEqual([...OUTCOME_KEYS]);
    expect(report.byCategoryGroup?.map((r) => r.key)).toEqual([...CATEGORY_GROUP_KEYS]);
    for (const row of [...report.outcomes, ...(report.byCategoryGroup ?? [])]) expect(row.cell).toEqual(LT5);
    expect(report.retaliationClaims).toEqual(LT5);
  });

  it("lets no hidden value be recovered by subtraction from the total or the siblings", () => {
    const total = value(report.received);
    for (const rows of [report.outcomes, report.byCategoryGroup ?? []]) {
      const cells = rows.map((r) => r.cell);
      expect(recovered(total, cells, 7)).toEqual([]);
      for (const set of possibleValues(total, cells, 7).values()) expect(set.size).toBeGreaterThan(1);
    }
  });

  it("shows shares from 7 reports only where no small count can be derived", () => {
    // 6 of 7 acknowledged on time: the one late report would be derivable, so the share is withheld.
    expect(report.acknowledgedInTimePercent).toEqual({ suppressed: true, display: "*" });
    expect(report.medianDaysToAcknowledgement).toEqual({ value: 2 });
  });
});

describe("transparencyReport", () => {
  it("hides the next smallest row when only one row is small, and keeps the total", () => {
    const cases = [
      ...Array.from({ length: 6 }, (_, i) =>
        caseOf(`2026-03-${String(i + 1).padStart(2, "0")}`, null, null, "substantiated"),
      ),
      ...Array.from({ length: 6 }, (_, i) =>
        caseOf(`2026-04-${String(i + 1).padStart(2, "0")}`, null, null, "unsubstantiated"),
      ),
    ];
    const report = transparencyReport(cases, YEAR);
    expect(report.received).toEqual({ value: 12 });
    const cells = report.outcomes.map((r) => r.cell);
    expect(cells.filter((c) => isSuppressed(c) && c.display === "*")).toHaveLength(1);
    expect(recovered(12, cells, 12)).toEqual([]);
  });

  it("computes shares and medians from 10 reports as of a date", () => {
    const cases = Array.from({ length: 10 }, (_, i) => {
      const r = `2026-01-${String(i + 1).padStart(2, "0")}`;
      const late = i >= 5;
      return caseOf(
        r,
        `2026-01-${String(i + 3).padStart(2, "0")}`,
        late ? "2026-06-30" : "2026-03-01",
        "substantiated",
      );
    });
    const report = transparencyReport(cases, YEAR, { asOf: "2026-12-31" });
    expect(report.acknowledgedInTimePercent).toEqual({ value: 100 });
    expect(report.feedbackInTimePercent).toEqual({ value: 50 });
    expect(report.medianDaysToAcknowledgement).toEqual({ value: 2 });
    expect(value(report.medianDaysToFeedback)).toBeGreaterThan(0);
  });

  it("leaves reports whose deadline has not yet come out of the deadline shares", () => {
    const cases = Array.from({ length: 6 }, (_, i) => caseOf(`2026-12-2${i}`, null, null, null));
    const report = transparencyReport(cases, YEAR, { asOf: "2026-12-25" });
    // Acknowledgements are due 7 days after receipt (20 Dec -> 27 Dec): none is due by 25 Dec.
    expect(report.acknowledgedInTimePercent).toEqual(LT5);
    expect(report.received).toEqual({ value: 6 });
  });

  it("counts only reports received in the period", () => {
    const report = transparencyReport([...SEVEN, caseOf("2025-12-31", null, null, null)], YEAR);
    expect(report.received).toEqual({ value: 7 });
  });

  it("rejects malformed dates", () => {
    expect(() => transparencyReport([caseOf("2026-01-10", "2026-02-30", null, null)], YEAR)).toThrow(
      RangeError,
    );
    expect(() => transparencyReport([], { from: "2026-13-01", to: "2026-12-31" })).toThrow(RangeError);
  });

  it("serialises to JSON that parses back to the same report", () => {
    const report = transparencyReport(SEVEN, YEAR, { byCategoryGroup: true });
    expect(JSON.parse(transparencyJson(report))).toEqual(report);
    expect(transparencyJson(report)).toContain('"format": "open-channel/transparency/v1"');
  });
});
