import { describe, expect, it } from "vitest";
import {
  type DeadlineInput,
  DirectiveError,
  deadlines,
  type Jurisdiction,
} from "../../../server/directive/index";
import { codeOfError } from "../../helpers";

const codeOf = codeOfError(DirectiveError);

const report = (jurisdiction: Jurisdiction, more: Partial<DeadlineInput> = {}): DeadlineInput => ({
  jurisdiction,
  channel: "internal",
  receivedOn: "2026-01-24",
  acknowledgedOn: "2026-01-26",
  ...more,
});
const deleteBy = (jurisdiction: Jurisdiction, more: Partial<DeadlineInput> = {}) =>
  deadlines(report(jurisdiction, more)).deleteBy;
const investigated = { investigationStartedOn: "2026-02-02" };

describe("deleteBy while the procedure runs", () => {
  it.each(["EU", "DE", "FR", "NL", "IE", "IT"] as const)("is null in %s", (j) => {
    expect(deleteBy(j)).toBeNull();
    expect(deleteBy(j, { channel: "external" })).toBeNull();
  });

  it("is 10 years from receipt in Spain once an investigation started (art. 26.2 counts from collection)", () => {
    expect(deleteBy("ES", investigated)).toEqual({
      date: "2036-01-24",
      basis: "Ley 2/2023 art. 26.2 (never kept more than 10 years): 10 years after receipt",
    });
  });

  it("is receipt + 3 months in Spain while no investigation has started (art. 32)", () => {
    expect(deleteBy("ES")).toEqual({
      date: "2026-04-24",
      basis: expect.stringMatching(
        /^Ley 2\/2023 art\. 32: .*anonymised.*unless an investigation starts by then/,
      ),
    });
  });

  it("has no art. 32 date in Spain once follow-up started, even after the 3 months", () => {
    expect(deleteBy("ES", { investigationStartedOn: "2026-04-24" })?.basis).toMatch(/art\. 26\.2/);
    expect(deleteBy("ES", { investigationStartedOn: "2026-04-25" })?.basis).toMatch(/art\. 26\.2/);
  });
});

describe("deleteBy after the procedure ends, per jurisdiction", () => {
  it.each([
    {
      j: "DE",
      more: { closedOn: "2026-06-30" },
      date: "2029-06-30",
      basis: /^HinSchG §11\(5\).*: 3 years after closure$/,
    },
    {
      j: "DE",
      more: { closedOn: "2026-06-30", retentionYears: 1 },
      date: "2029-06-30",
      basis: /3 years after closure$/,
      why: "the law's period, not the organisation's",
    },
    {
      j: "IT",
      more: { outcomeCommunicatedOn: "2026-06-15", closedOn: "2026-07-01" },
      date: "2031-06-15",
      basis: /^D\.Lgs\. 24\/2023 art\. 14 .*: 5 years after communication of the final outcome$/,
    },
    {
      j: "IT",
      more: { outcomeCommunicatedOn: "2026-06-15" },
      date: "2031-06-15",
      basis: /final outcome$/,
      why: "the outcome ends the procedure even before the file is closed",
    },
    { j: "IT", more: { closedOn: "2026-07-01" }, date: "2031-07-01", basis: /5 years after closure$/ },
    {
      j: "IT",
      more: { closedOn: "2028-02-29" },
      date: "2033-02-28",
      basis: /after closure$/,
      why: "29 February",
    },
    {
      j: "IT",
      more: { closedOn: "2026-07-01", retentionYears: 2 },
      date: "2028-07-01",
      basis: /2 years after closure \(the organisation's shorter period\)$/,
    },
    {
      j: "IT",
      more: { closedOn: "2026-07-01", retentionYears: 8 },
      date: "2031-07-01",
      basis: /5 years after closure$/,
      why: "capped at 5",
    },
    {
      j: "ES",
      more: { closedOn: "2026-06-30", ...investigated },
      date: "2036-01-24",
      basis: /^Ley 2\/2023 art\. 26\.2 .*: 10 years after receipt$/,
      why: "received 2026-01-24: the 10 years count from collection, not closure",
    },
    {
      j: "ES",
      more: { closedOn: "2034-06-30", retentionYears: 4, ...investigated },
      date: "2036-01-24",
      basis: /10 years after receipt$/,
      why: "the organisation's period after closure never outlasts the 10 years from collection",
    },
    {
      j: "ES",
      more: { closedOn: "2026-06-30", retentionYears: 4, ...investigated },
      date: "2030-06-30",
      basis: /4 years after closure \(the organisation's shorter period\)$/,
    },
    {
      j: "ES",
      more: { closedOn: "2026-03-01" },
      date: "2026-04-24",
      basis: /art\. 32/,
      why: "closed without any investigation",
    },
    {
      j: "FR",
      more: { closedOn: "2026-09-30" },
      date: "2026-11-30",
      basis:
        /^CNIL référentiel alertes professionnelles \(guidance, not statute\): destroy or archive.*legal hold.*: 2 months after closure$/,
    },
    {
      j: "FR",
      more: { closedOn: "2026-12-31" },
      date: "2027-02-28",
      basis: /2 months after closure$/,
      why: "month end",
    },
    {
      j: "NL",
      more: { closedOn: "2026-03-01" },
      date: "2029-03-01",
      basis: /3 years after closure \(default\)$/,
    },
    {
      j: "NL",
      more: { closedOn: "2026-03-01", retentionYears: 5 },
      date: "2031-03-01",
      basis: /5 years after closure$/,
    },
    { j: "IE", more: { closedOn: "2026-03-01" }, date: "2029-03-01", basis: /no fixed period in Irish law/ },
    {
      j: "EU",
      more: { closedOn: "2026-03-01", retentionYears: 2 },
      date: "2028-03-01",
      basis: /2 years after closure$/,
    },
    {
      j: "EU",
      more: { closedOn: "2026-03-01", retentionYears: 1 },
      date: "2027-03-01",
      basis: /1 year after closure$/,
    },
  ] as const)("$j $more: $date", ({ j, more, date, basis }) => {
    const out = deleteBy(j, more);
    expect(out?.date).toBe(date);
    expect(out?.basis).toMatch(basis);
  });
});

describe("retentionYears", () => {
  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])("refuses %s", (years) => {
    expect(codeOf(() => deleteBy("NL", { closedOn: "2026-03-01", retentionYears: years }))).toBe(
      "bad-number",
    );
  });
});
