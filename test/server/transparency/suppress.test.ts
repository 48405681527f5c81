import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { transparencyReport } from "../../../server/transparency/report";
import {
  type Cell,
  isSuppressed,
  medianCell,
  protectTables,
  recoverableRows,
  shareCell,
} from "../../../server/transparency/suppress";
import { recovered } from "./attacker";
import { caseOf, YEAR } from "./fixtures";

const STAR = { suppressed: true, display: "*" };
const LT5 = { suppressed: true, display: "<5" };

describe("protectTables", () => {
  it("hides small counts as <5 and nothing else when that is safe", () => {
    expect(protectTables(20, [[10, 6, 2, 2]])).toEqual({
      total: { value: 20 },
      breakdowns: [[{ value: 10 }, { value: 6 }, LT5, LT5]],
    });
  });

  it("hides the next smallest row when exactly one row is small", () => {
    const t = protectTables(20, [[10, 7, 3]]);
    expect(t.breakdowns[0]).toEqual([{ value: 10 }, STAR, LT5]);
    expect(recovered(20, t.breakdowns[0] as Cell[], 20)).toEqual([]);
  });

  it("suppresses the total as a last resort", () => {
    const t = protectTables(10, [[5, 5, 0]]);
    expect(t.total).toEqual(STAR);
    expect(recovered(null, t.breakdowns[0] as Cell[], 10)).toEqual([]);
  });

  it("hides a total below 5 and then every row", () => {
    expect(protectTables(3, [[2, 1]])).toEqual({ total: LT5, breakdowns: [[LT5, LT5]] });
  });

  it("refuses a breakdown that does not add up to the total", () => {
    expect(() => protectTables(5, [[2, 2]])).toThrow(RangeError);
  });

  it("protects random tables against the exhaustive search", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.nat({ max: 9 }), { minLength: 1, maxLength: 5 }), {
          minLength: 1,
          maxLength: 2,
        }),
        (raw) => {
          // Make every breakdown add up to the first one's total by padding its last row.
          const total = (raw[0] as number[]).reduce((a, b) => a + b, 0);
          const breakdowns = raw.map((rows, b) => {
            if (b === 0) return rows;
            const sum = rows.reduce((a, c) => a + c, 0);
            return sum <= total ? [...rows, total - sum] : [total];
          });
          const t = protectTables(total, breakdowns);
          const known =
            !isSuppressed(t.total) || t.breakdowns.some((r) => r.every((c) => !isSuppressed(c)))
              ? total
              : null;
          for (const rows of t.breakdowns) {
            expect(recovered(known, rows, total)).toEqual([]);
            expect(recoverableRows(known, rows)).toEqual([]);
            rows.forEach((c, i) => {
              if (!isSuppressed(c)) expect(c.value).toBe(breakdowns[t.breakdowns.indexOf(rows)]?.[i]);
              else if (c.display === "<5")
                expect(breakdowns[t.breakdowns.indexOf(rows)]?.[i]).toBeLessThan(5);
            });
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("transparencyReport against the exhaustive search", () => {
  const outcomes = ["substantiated", "unsubstantiated", "referred", "no-action", "withdrawn", "odd", null];
  const categories = [
    "gpai-cbrn",
    "environment",
    "ai-act-infringement",
    "national-de",
    "other-not-sure",
    undefined,
  ];
  it("never publishes a recoverable small count", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat({ max: outcomes.length - 1 }), fc.nat({ max: categories.length - 1 })), {
          maxLength: 24,
        }),
        (picks) => {
          const cases = picks.map(([o, c], i) =>
            caseOf(
              `2026-02-${String((i % 28) + 1).padStart(2, "0")}`,
              null,
              null,
              outcomes[o] ?? null,
              categories[c],
            ),
          );
          const r = transparencyReport(cases, YEAR, { byCategoryGroup: true });
          const breakdowns = [r.outcomes, r.byCategoryGroup ?? []].map((rows) => rows.map((x) => x.cell));
          const known =
            !isSuppressed(r.received) || breakdowns.some((b) => b.every((c) => !isSuppressed(c)))
              ? cases.length
              : null;
          for (const cells of breakdowns) expect(recovered(known, cells, cases.length)).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("shareCell and medianCell", () => {
  it.each([
    [3, 4, LT5],
    [5, 9, STAR],
    [4, 10, STAR],
    [0, 6, { value: 0 }],
    [6, 6, { value: 100 }],
    [5, 10, { value: 50 }],
  ])("%i of %i", (n, base, expected) => {
    expect(shareCell(n, base)).toEqual(expected);
  });

  it("withholds a median of fewer than 5 values", () => {
    expect(medianCell([1, 2, 3, 4])).toEqual(LT5);
    expect(medianCell([5, 1, 3, 2, 4])).toEqual({ value: 3 });
    expect(medianCell([1, 2, 3, 4, 5, 6])).toEqual({ value: 3.5 });
  });
});
