import { describe, expect, expectTypeOf, it } from "vitest";
import { type DeadlineInput, DirectiveError, deadlines } from "../../../server/directive/index";
import { codeOfError } from "../../helpers";

const codeOf = codeOfError(DirectiveError);

interface Row {
  name: string;
  input: DeadlineInput;
  acknowledgeBy?: string;
  feedbackBy: string;
  /** Pattern the feedback basis must match: each date names its provision. */
  basis: RegExp;
}

const internal = (
  jurisdiction: DeadlineInput["jurisdiction"],
  receivedOn: string,
  more: Partial<DeadlineInput> = {},
) => ({ jurisdiction, channel: "internal", receivedOn, ...more }) satisfies DeadlineInput;
const external = (
  jurisdiction: DeadlineInput["jurisdiction"],
  receivedOn: string,
  more: Partial<DeadlineInput> = {},
) => ({ jurisdiction, channel: "external", receivedOn, ...more }) satisfies DeadlineInput;
const justified = { extended: true, extensionJustification: "Twelve entities and three countries involved." };

const rows: Row[] = [
  // Directive alone (every member state without a profile).
  {
    name: "EU: LAW.md example, never acknowledged: 24 Jan + 7 days + 3 months",
    input: internal("EU", "2026-01-24"),
    acknowledgeBy: "2026-01-31",
    feedbackBy: "2026-04-30",
    basis:
      /^Directive \(EU\) 2019\/1937 Art\. 9\(1\)\(f\): 3 months from the end of the 7-day .*not acknowledged/,
  },
  {
    name: "EU: acknowledged 30 Nov 2025, feedback 28 Feb 2026 (month end)",
    input: internal("EU", "2025-11-28", { acknowledgedOn: "2025-11-30" }),
    acknowledgeBy: "2025-12-05",
    feedbackBy: "2026-02-28",
    basis: /Art\. 9\(1\)\(f\): 3 months from acknowledgement$/,
  },
  {
    name: "EU: acknowledged 30 Nov 2027, feedback 29 Feb 2028 (leap year)",
    input: internal("EU", "2027-11-29", { acknowledgedOn: "2027-11-30" }),
    feedbackBy: "2028-02-29",
    basis: /from acknowledgement$/,
  },
  {
    name: "EU: received on the 25th of a 31-day month, acknowledge by the 1st",
    input: internal("EU", "2026-01-25", { acknowledgedOn: "2026-01-25" }),
    acknowledgeBy: "2026-02-01",
    feedbackBy: "2026-04-25",
    basis: /from acknowledgement$/,
  },
  {
    name: "EU: received on a Saturday, calendar days run through the weekend",
    input: internal("EU", "2026-07-04"),
    acknowledgeBy: "2026-07-11",
    feedbackBy: "2026-10-11",
    basis: /not acknowledged/,
  },
  {
    name: "EU: a late acknowledgement does not move the start",
    input: internal("EU", "2026-01-24", { acknowledgedOn: "2026-02-10" }),
    feedbackBy: "2026-04-30",
    basis: /acknowledged late/,
  },
  {
    name: "EU external: 3 months from receipt (Art. 11(2)(d))",
    input: external("EU", "2026-01-24"),
    acknowledgeBy: "2026-01-31",
    feedbackBy: "2026-04-24",
    basis: /^Directive \(EU\) 2019\/1937 Art\. 11\(2\)\(d\): 3 months from receipt$/,
  },
  {
    name: "EU external: 6 months in a duly justified case",
    input: external("EU", "2026-01-24", justified),
    feedbackBy: "2026-07-24",
    basis: /Art\. 11\(2\)\(d\) \(duly justified case\): 6 months from receipt; justification recorded/,
  },
  // Germany: months first, then days.
  {
    name: "DE: LAW.md example, never acknowledged: 24 Jan + 3 months + 7 days = 1 May",
    input: internal("DE", "2026-01-24"),
    acknowledgeBy: "2026-01-31",
    feedbackBy: "2026-05-01",
    basis: /^HinSchG §17\(2\): 3 months \+ 7 days from receipt \(not acknowledged\)$/,
  },
  {
    name: "DE: the order matters at month ends: 23 Nov + 3 months + 7 days = 2 Mar",
    input: internal("DE", "2025-11-23"),
    feedbackBy: "2026-03-02",
    basis: /3 months \+ 7 days from receipt/,
  },
  {
    name: "DE: acknowledged, 3 months from acknowledgement",
    input: internal("DE", "2026-01-24", { acknowledgedOn: "2026-01-27" }),
    feedbackBy: "2026-04-27",
    basis: /^HinSchG §17\(2\): 3 months from acknowledgement$/,
  },
  {
    name: "DE: received 2027-02-28, acknowledged on time 2027-03-07: 2027-06-07, not 2027-06-04 (§17(2))",
    input: internal("DE", "2027-02-28", { acknowledgedOn: "2027-03-07" }),
    acknowledgeBy: "2027-03-07",
    feedbackBy: "2027-06-07",
    basis: /^HinSchG §17\(2\): 3 months from acknowledgement$/,
  },
  {
    name: "DE: acknowledged late, never later than 3 months + 7 days from receipt",
    input: internal("DE", "2026-01-24", { acknowledgedOn: "2026-02-20" }),
    feedbackBy: "2026-05-01",
    basis: /acknowledged late/,
  },
  {
    name: "DE external: extensive processing, 6 months",
    input: external("DE", "2026-01-24", justified),
    acknowledgeBy: "2026-01-31",
    feedbackBy: "2026-07-24",
    basis: /^HinSchG §28\(4\) \(extensive processing/,
  },
  // France: 7 working days.
  {
    name: "FR: received Friday 10 July, 14 July skipped",
    input: internal("FR", "2026-07-10"),
    acknowledgeBy: "2026-07-22",
    feedbackBy: "2026-10-22",
    basis: /^Décret n° 2022-1284 art\. 4: 3 months from the end of the 7-working-day acknowledgement period/,
  },
  {
    name: "FR: received on a Saturday",
    input: internal("FR", "2026-07-04", { acknowledgedOn: "2026-07-06" }),
    acknowledgeBy: "2026-07-15",
    feedbackBy: "2026-10-06",
    basis: /from acknowledgement$/,
  },
  {
    name: "FR: received on 14 July",
    input: internal("FR", "2026-07-14"),
    acknowledgeBy: "2026-07-23",
    feedbackBy: "2026-10-23",
    basis: /not acknowledged/,
  },
  {
    name: "FR: received on 1 May (8 May also a holiday)",
    input: internal("FR", "2026-05-01"),
    acknowledgeBy: "2026-05-13",
    feedbackBy: "2026-08-13",
    basis: /not acknowledged/,
  },
  {
    name: "FR: received on Ascension (Whit Monday also a holiday)",
    input: internal("FR", "2026-05-14"),
    acknowledgeBy: "2026-05-26",
    feedbackBy: "2026-08-26",
    basis: /not acknowledged/,
  },
  {
    name: "FR external (décret art. 10): received Friday 10 July 2026, 7 jours ouvrés skip 14 July",
    input: external("FR", "2026-07-10"),
    acknowledgeBy: "2026-07-22",
    feedbackBy: "2026-10-22",
    basis: /^Décret n° 2022-1284 art\. 10: 3 months from the end of the 7-working-day .*not acknowledged/,
  },
  {
    name: "FR external (décret art. 10): acknowledged 15 July 2026, feedback 3 months from it",
    input: external("FR", "2026-07-10", { acknowledgedOn: "2026-07-15" }),
    feedbackBy: "2026-10-15",
    basis: /^Décret n° 2022-1284 art\. 10: 3 months from acknowledgement$/,
  },
  // Netherlands: from the acknowledgement only.
  {
    name: "NL: acknowledged, 3 months from acknowledgement",
    input: internal("NL", "2026-01-24", { acknowledgedOn: "2026-01-28" }),
    feedbackBy: "2026-04-28",
    basis: /^Wet bescherming klokkenluiders art\. 2: 3 months from acknowledgement$/,
  },
  {
    name: "NL: never acknowledged, the Directive fills the gap and says so",
    input: internal("NL", "2026-01-24"),
    feedbackBy: "2026-04-30",
    basis:
      /^Directive .*Art\. 9\(1\)\(f\).*Wet bescherming klokkenluiders art\. 2 counts only from an acknowledgement/,
  },
  // Ireland: as the Directive.
  {
    name: "IE: never acknowledged",
    input: internal("IE", "2026-01-24"),
    acknowledgeBy: "2026-01-31",
    feedbackBy: "2026-04-30",
    basis: /^Protected Disclosures Act 2014 s\.6A\(1\)\(e\)/,
  },
  {
    name: "IE external: duly justified, 6 months",
    input: external("IE", "2026-01-24", justified),
    feedbackBy: "2026-07-24",
    basis: /s\.7A\(1\)\(c\) \(duly justified case\)/,
  },
  // Spain: from receipt; a further 3 months in especially complex cases.
  {
    name: "ES: acknowledged, 3 months from receipt (not from the acknowledgement)",
    input: internal("ES", "2026-01-24", { acknowledgedOn: "2026-01-30" }),
    acknowledgeBy: "2026-01-31",
    feedbackBy: "2026-04-24",
    basis: /^Ley 2\/2023 art\. 9\.2\.d: 3 months from receipt$/,
  },
  {
    name: "ES: never acknowledged, from the end of the 7 days",
    input: internal("ES", "2026-01-24"),
    feedbackBy: "2026-04-30",
    basis: /not acknowledged/,
  },
  {
    name: "ES: especially complex case, at most 6 months from receipt",
    input: internal("ES", "2026-01-24", { acknowledgedOn: "2026-01-30", ...justified }),
    feedbackBy: "2026-07-24",
    basis:
      /^Ley 2\/2023 art\. 9\.2\.d \(especially complex case: at most a further 3 months\): 6 months from receipt; justification recorded$/,
  },
  {
    name: "ES: received 2026-11-30, especially complex: 2027-05-30, not 3 months after the clipped 2027-02-28",
    input: internal("ES", "2026-11-30", { acknowledgedOn: "2026-12-01", ...justified }),
    feedbackBy: "2027-05-30",
    basis: /6 months from receipt/,
  },
  // Italy: as the Directive internally; ANAC may take 6 months.
  {
    name: "IT: acknowledged",
    input: internal("IT", "2026-01-30", { acknowledgedOn: "2026-02-02" }),
    feedbackBy: "2026-05-02",
    basis: /^D\.Lgs\. 24\/2023 art\. 5\(1\)\(d\): 3 months from acknowledgement$/,
  },
  {
    name: "IT external: justified, 6 months from the end of the 7 days",
    input: external("IT", "2026-01-24", justified),
    feedbackBy: "2026-07-31",
    basis: /^D\.Lgs\. 24\/2023 art\. 8\(1\)\(d\)/,
  },
];

describe("acknowledgement and feedback per profile", () => {
  it.each(rows)("$name", ({ input, acknowledgeBy, feedbackBy, basis }) => {
    const out = deadlines(input);
    if (acknowledgeBy) expect(out.acknowledgeBy?.date).toBe(acknowledgeBy);
    expect(out.feedbackBy?.date).toBe(feedbackBy);
    expect(out.feedbackBy?.basis).toMatch(basis);
  });

  it("names the provision of every acknowledgement", () => {
    expect(deadlines(internal("DE", "2026-01-24")).acknowledgeBy?.basis).toBe(
      "HinSchG §17(1) Nr. 1: 7 days from receipt",
    );
    expect(deadlines(internal("FR", "2026-07-10")).acknowledgeBy?.basis).toMatch(
      /^Décret n° 2022-1284 art\. 4: 7 working days/,
    );
    expect(deadlines(external("EU", "2026-07-10")).acknowledgeBy?.basis).toMatch(/Art\. 11\(2\)\(b\)/);
  });
});

describe("extensions: only those the law names, each with a written justification", () => {
  it("refuses an external extension without a justification", () => {
    expect(codeOf(() => deadlines(external("EU", "2026-01-24", { extended: true })))).toBe(
      "extension-without-justification",
    );
    expect(
      codeOf(() =>
        deadlines(external("DE", "2026-01-24", { extended: true, extensionJustification: "  \n " })),
      ),
    ).toBe("extension-without-justification");
  });

  it.each(["EU", "DE", "FR", "NL", "IE", "IT"] as const)("refuses any internal extension in %s", (j) => {
    expect(codeOf(() => deadlines(internal(j, "2026-01-24", justified)))).toBe("extension-not-allowed");
  });

  it("allows Spain's complex-case extension only with a justification", () => {
    expect(codeOf(() => deadlines(internal("ES", "2026-01-24", { extended: true })))).toBe(
      "extension-without-justification",
    );
  });

  it("ignores a justification when nothing was extended", () => {
    const plain = deadlines(external("EU", "2026-01-24"));
    const noted = deadlines(external("EU", "2026-01-24", { extended: false, extensionJustification: "x" }));
    expect(noted).toEqual(plain);
  });
});

describe("meeting (France: 20 working days; elsewhere a 'reasonable time' with no date)", () => {
  it("gives France 20 working days from the request", () => {
    const out = deadlines(internal("FR", "2026-07-08", { meetingRequestedOn: "2026-07-10" }));
    expect(out.meetingBy).toEqual({
      date: "2026-08-10",
      basis:
        "Décret n° 2022-1284 art. 4: 20 working days (Monday to Friday, public holidays excluded) from the request",
    });
  });

  it("gives no date when no meeting was requested", () => {
    expect(deadlines(internal("FR", "2026-07-08")).meetingBy).toBeNull();
  });

  it.each(["EU", "DE", "NL", "IE", "ES", "IT"] as const)("gives no date in %s", (j) => {
    expect(deadlines(internal(j, "2026-07-08", { meetingRequestedOn: "2026-07-10" })).meetingBy).toBeNull();
  });
});

describe("public disclosure (Art. 15(1)(a) and its transpositions)", () => {
  it("opens the day after the feedback timeframe, counted from the latest defensible start", () => {
    // The authority must answer by 2026-04-24 (from receipt, its earliest reading); the reporting
    // person counts from the end of the 7 days (2026-01-31), the latest: 2026-04-30, then the next day.
    const out = deadlines(external("EU", "2026-01-24"));
    expect(out.feedbackBy?.date).toBe("2026-04-24");
    expect(out.publicDisclosureFrom?.date).toBe("2026-05-01");
    expect(out.publicDisclosureFrom?.basis).toMatch(/^Directive \(EU\) 2019\/1937 Art\. 15\(1\)\(a\): /);
    expect(out.publicDisclosureFrom?.basis).toMatch(/if no appropriate action was taken/);
  });

  it("follows a justified 6-month extension", () => {
    expect(deadlines(external("EU", "2026-01-24", justified)).publicDisclosureFrom?.date).toBe("2026-08-01");
  });

  it("warns on an internal report that an external report is needed too", () => {
    const out = deadlines(internal("EU", "2026-01-24"));
    expect(out.publicDisclosureFrom?.date).toBe("2026-05-01");
    expect(out.publicDisclosureFrom?.basis).toMatch(/only if the reporting person also reported externally/);
  });

  it("gives no date once the outcome was communicated in time (on the deadline itself too)", () => {
    expect(
      deadlines(external("EU", "2026-01-24", { outcomeCommunicatedOn: "2026-03-01" })).publicDisclosureFrom,
    ).toBeNull();
    expect(
      deadlines(external("EU", "2026-01-24", { outcomeCommunicatedOn: "2026-04-24" })).publicDisclosureFrom,
    ).toBeNull();
  });

  it("keeps the date when the outcome came late", () => {
    const out = deadlines(external("EU", "2026-01-24", { outcomeCommunicatedOn: "2026-05-01" }));
    expect(out.publicDisclosureFrom?.date).toBe("2026-05-01");
  });

  it("gives no date for internal reports where national law counts only the external timeframe", () => {
    expect(deadlines(internal("DE", "2026-01-24")).publicDisclosureFrom).toBeNull();
    expect(deadlines(internal("FR", "2026-01-24")).publicDisclosureFrom).toBeNull();
    expect(deadlines(external("DE", "2026-01-24")).publicDisclosureFrom).toEqual({
      date: "2026-05-01",
      basis: expect.stringMatching(/^HinSchG §32\(1\) Nr\. 1: /),
    });
    expect(deadlines(external("FR", "2026-01-24")).publicDisclosureFrom?.basis).toMatch(
      /Sapin II\) art\. 8 III 1°/,
    );
  });

  it("IT: 3 months ending on 2 June 2026 (Festa della Repubblica): the handler's date stays, Art. 15 rolls over", () => {
    const out = deadlines(external("IT", "2026-02-27", { acknowledgedOn: "2026-03-02" }));
    expect(out.feedbackBy?.date).toBe("2026-06-02");
    expect(out.publicDisclosureFrom?.date).toBe("2026-06-04");
    expect(out.publicDisclosureFrom?.basis).toMatch(/ending 2026-06-03, moved from 2026-06-02/);
  });

  it("NL: the authority counts from receipt (Wed 8 April), the person from the acknowledgement (Sat 11 April, so Mon 13)", () => {
    const out = deadlines(external("NL", "2026-01-08", { acknowledgedOn: "2026-01-11" }));
    expect(out.feedbackBy?.date).toBe("2026-04-08");
    expect(out.publicDisclosureFrom?.date).toBe("2026-04-14");
  });

  it("EU (no national calendar): a timeframe ending on a Saturday runs to Monday", () => {
    // Received Sat 2026-07-04, never acknowledged: the 7 days end Sat 07-11, the 3 months Sun 10-11.
    const out = deadlines(internal("EU", "2026-07-04"));
    expect(out.feedbackBy?.date).toBe("2026-10-11");
    expect(out.publicDisclosureFrom?.date).toBe("2026-10-13");
  });

  it("lets an Irish internal report count on its own (s.10(c)(i))", () => {
    const out = deadlines(internal("IE", "2026-01-24"));
    expect(out.publicDisclosureFrom?.date).toBe("2026-05-01");
    expect(out.publicDisclosureFrom?.basis).not.toMatch(/also reported externally/);
  });
});

describe("no severity or priority", () => {
  it("has no such field in the contract", () => {
    expectTypeOf<DeadlineInput>().not.toHaveProperty("severity");
    expectTypeOf<DeadlineInput>().not.toHaveProperty("priority");
    const base = internal("EU", "2026-01-24");
    // @ts-expect-error severity is not part of DeadlineInput: no report gets a different clock
    const typed: DeadlineInput = { ...base, severity: "critical" };
    expect(deadlines(typed)).toEqual(deadlines(base));
  });

  it.each(["EU", "DE", "FR", "NL", "IE", "ES", "IT"] as const)(
    "ignores smuggled severity fields in %s",
    (j) => {
      const base = internal(j, "2026-01-24", { acknowledgedOn: "2026-01-26", closedOn: "2026-06-30" });
      const smuggled = { ...base, severity: "critical", priority: 1, urgent: true, expedite: true };
      expect(deadlines(smuggled as DeadlineInput)).toEqual(deadlines(base));
    },
  );
});
