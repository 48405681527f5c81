import { describe, expect, it } from "vitest";
import { DirectiveError, informPersonConcernedBy } from "../../../server/directive/index";
import { codeOfError } from "../../helpers";

const codeOf = codeOfError(DirectiveError);

describe("informing a person concerned (GDPR Art. 14(3)(a))", () => {
  it.each([
    ["received 10 Mar 2026: inform by 10 Apr 2026", { receivedOn: "2026-03-10" }, "2026-04-10"],
    ["received 31 Jan 2026: by 28 Feb 2026 (month end)", { receivedOn: "2026-01-31" }, "2026-02-28"],
    ["received 31 Jan 2028: by 29 Feb 2028 (leap year)", { receivedOn: "2028-01-31" }, "2028-02-29"],
    ["informed on 20 Mar 2026: no date", { receivedOn: "2026-03-10", informedOn: "2026-03-20" }, null],
    [
      "informing deferred on 12 Mar 2026: no date",
      { receivedOn: "2026-03-10", informDeferredOn: "2026-03-12" },
      null,
    ],
  ] as const)("%s", (_, facts, expected) => {
    expect(informPersonConcernedBy(facts)?.date ?? null).toBe(expected);
  });

  it("names its article and where it counts from", () => {
    expect(informPersonConcernedBy({ receivedOn: "2026-03-10" })?.basis).toMatch(
      /^Regulation \(EU\) 2016\/679 \(GDPR\) Art\. 14\(3\)\(a\): .*counted from receipt of the report/,
    );
  });

  it("rejects days before the report and malformed days", () => {
    expect(
      codeOf(() => informPersonConcernedBy({ receivedOn: "2026-03-10", informedOn: "2026-03-09" })),
    ).toBe("bad-date");
    expect(codeOf(() => informPersonConcernedBy({ receivedOn: "2026-02-30" }))).toBe("bad-date");
  });
});
