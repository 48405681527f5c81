import { describe, expect, it } from "vitest";
import { NoticeError } from "../../../server/notice/errors";
import { addMonths, noticeStatus } from "../../../server/notice/schedule";

describe("addMonths (Reg. 1182/71 art. 3(2)(c))", () => {
  it.each([
    ["2025-12-31", 12, "2026-12-31"],
    ["2026-02-28", 12, "2027-02-28"],
    ["2024-02-29", 12, "2025-02-28"],
    ["2027-02-28", 12, "2028-02-28"],
    ["2025-12-31", 11, "2026-11-30"],
    ["2026-03-31", 11, "2027-02-28"],
    ["2027-03-31", 11, "2028-02-29"],
    ["2025-01-31", 1, "2025-02-28"],
  ])("%s + %i months = %s", (from, months, expected) => {
    expect(addMonths(from, months)).toBe(expected);
  });
});

describe("noticeStatus", () => {
  it("is never-issued without a past issue", () => {
    expect(noticeStatus([], "2026-11-27")).toEqual({
      lastIssuedOn: null,
      dueOn: null,
      remindFrom: null,
      state: "never-issued",
    });
    expect(noticeStatus([{ issuedOn: "2026-12-01" }], "2026-11-27").state).toBe("never-issued");
  });

  it.each([
    ["2025-12-31", "2026-11-29", "ok"],
    ["2025-12-31", "2026-11-30", "reminder"],
    ["2025-12-31", "2026-12-31", "reminder"],
    ["2025-12-31", "2027-01-01", "overdue"],
    ["2026-02-28", "2027-01-27", "ok"],
    ["2026-02-28", "2027-01-28", "reminder"],
    ["2026-02-28", "2027-02-28", "reminder"],
    ["2026-02-28", "2027-03-01", "overdue"],
  ] as const)("issued %s, on %s: %s", (issuedOn, today, state) => {
    expect(noticeStatus([{ issuedOn }], today).state).toBe(state);
  });

  it("counts from the latest issue on or before today", () => {
    const status = noticeStatus(
      [{ issuedOn: "2024-02-29" }, { issuedOn: "2025-12-31" }, { issuedOn: "2027-06-01" }],
      "2026-06-01",
    );
    expect(status).toEqual({
      lastIssuedOn: "2025-12-31",
      dueOn: "2026-12-31",
      remindFrom: "2026-11-30",
      state: "ok",
    });
  });

  it("is due on 28 February after an issue on 29 February", () => {
    expect(noticeStatus([{ issuedOn: "2024-02-29" }], "2025-02-28")).toMatchObject({
      dueOn: "2025-02-28",
      remindFrom: "2025-01-29",
      state: "reminder",
    });
  });

  it("rejects malformed dates", () => {
    expect(() => noticeStatus([{ issuedOn: "2026-02-30" }], "2026-11-27")).toThrow(NoticeError);
    expect(() => noticeStatus([], "27.11.2026")).toThrow(NoticeError);
  });
});
