import { describe, expect, it } from "vitest";
import { AppError } from "../../../server/errors";
import { previewPeriodOf } from "../../../server/shapes/notice";

describe("previewPeriodOf", () => {
  it("takes a period of two dates, the start first (one day is a period)", () => {
    expect(previewPeriodOf("2026-01-01", "2026-06-30")).toEqual({ from: "2026-01-01", to: "2026-06-30" });
    expect(previewPeriodOf("2026-03-01", "2026-03-01")).toEqual({ from: "2026-03-01", to: "2026-03-01" });
  });

  it.each([
    ["a reversed period", "2026-07-01", "2026-06-30"],
    ["a missing end", "2026-01-01", undefined],
    ["no dates", undefined, undefined],
    ["a non-date", "2026-13-01", "2026-12-31"],
  ])("refuses %s with 400 bad_period", (_, from, to) => {
    let refused: unknown;
    try {
      previewPeriodOf(from, to);
    } catch (e) {
      refused = e;
    }
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ status: 400, code: "bad_period" });
  });
});
