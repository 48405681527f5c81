import { describe, expect, it } from "vitest";
import {
  type ChannelKind,
  deadlines,
  jurisdictionFor,
  MEMBER_STATES,
  memberState,
  RULE_NAMES,
  unverifiedStates,
} from "../../../server/directive/index";

const ALL_27 = "AT BE BG CY CZ DE DK EE EL ES FI FR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK".split(" ");
const DIRECTIVE = "Directive (EU) 2019/1937";
// A national provision: "§ 17", "art. 9", "article 4", "s.6A".
const NATIONAL_ARTICLE = /§|\bart(icle|\.)?\s*\d|\bs\.\s*\d/i;

describe("member states", () => {
  it("every one of the 27 has a profile with its national act and every rule", () => {
    expect(MEMBER_STATES.map((s) => s.code).sort()).toEqual(ALL_27);
    for (const s of MEMBER_STATES) {
      expect(s.act.title.length, s.code).toBeGreaterThan(10);
      expect(s.rules.map((r) => r.rule)).toEqual(RULE_NAMES);
      // The engine computes each state with its own profile or the Directive's, never another state's.
      expect(jurisdictionFor(s.code), s.code).toBe(s.jurisdiction);
    }
    expect(memberState("GR")?.code).toBe("EL");
    expect(memberState("CH")).toBeUndefined();
  });

  it("a verified rule names its source and the day checked; a checked act name has its source", () => {
    for (const s of MEMBER_STATES) {
      if (s.act.checked) expect(s.act.url, s.code).toMatch(/^https:\/\//);
      for (const r of s.rules) {
        if (!r.verified) continue;
        expect(r.source.url, `${s.code} ${r.rule}`).toMatch(/^https:\/\//);
        expect(r.source.title.length).toBeGreaterThan(5);
        expect(r.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(r.basis).not.toMatch(/^Directive/);
      }
    }
  });

  it("no unverified rule carries a national article number, and each says what is missing", () => {
    const unverified = MEMBER_STATES.flatMap((s) => s.rules.filter((r) => !r.verified));
    expect(unverified.length).toBeGreaterThan(0);
    for (const r of unverified) {
      if (r.verified) continue;
      expect(r.missing.length).toBeGreaterThan(5);
      if (!r.basis.startsWith(DIRECTIVE)) expect(r.basis).not.toMatch(NATIONAL_ARTICLE);
      expect(r).not.toHaveProperty("source");
      expect(r).not.toHaveProperty("checked");
    }
  });

  it("the 17 states without a profile are all listed as unverified for the admin", () => {
    const listed = unverifiedStates();
    const others = MEMBER_STATES.filter((s) => s.jurisdiction === "EU");
    expect(others).toHaveLength(17);
    for (const s of others) {
      expect(listed.find((l) => l.code === s.code)?.rules).toEqual(RULE_NAMES);
      expect(s.rules.every((r) => !r.verified && r.basis.startsWith(DIRECTIVE))).toBe(true);
    }
  });

  it("counts 2 states fully verified and 8 in part, and shows the admin every partial one", () => {
    const verified = (code: string) =>
      memberState(code)
        ?.rules.filter((r) => r.verified)
        .map((r) => r.rule);
    const full = MEMBER_STATES.filter((s) => s.rules.every((r) => r.verified)).map((s) => s.code);
    expect(full).toEqual(["DE", "IT"]);
    expect(verified("PL")).toEqual(["external.feedback"]);
    expect(verified("DK")).toEqual(["external.acknowledgement", "external.feedback"]);
    expect(verified("PT")).toEqual(["internal.acknowledgement", "internal.feedback"]);
    expect(verified("CZ")).toEqual([
      "internal.acknowledgement",
      "internal.feedback",
      "external.acknowledgement",
      "external.feedback",
    ]);
    const listed = unverifiedStates().map((s) => s.code);
    for (const code of ["FR", "NL", "IE", "ES", "PL", "DK", "PT", "CZ"]) expect(listed).toContain(code);
    for (const code of full) expect(listed).not.toContain(code);
  });

  it("names the article, the published text and the day for each rule read on 2026-12-07", () => {
    const rule = (code: string, name: string) => memberState(code)?.rules.find((r) => r.rule === name);
    const rows: [string, string, RegExp, RegExp][] = [
      [
        "PL",
        "external.feedback",
        /art\. 41 ust\. 1/,
        /sip\.lex\.pl\/.*ochrona-sygnalistow-21988763\/art-41$/,
      ],
      ["DK", "external.acknowledgement", /§ 20, stk\. 2, nr\. 1/, /lovguiden\.dk\/.*whistleblowere\/20$/],
      ["DK", "external.feedback", /§ 20, stk\. 2, nr\. 3/, /lovguiden\.dk\/.*whistleblowere\/20$/],
      ["PT", "internal.acknowledgement", /art\. 11\.º n\.º 1/, /debates\.parlamento\.pt\/.*2021-12-02\/11$/],
      ["PT", "internal.feedback", /art\. 11\.º n\.º 3/, /debates\.parlamento\.pt\/.*2021-12-02\/11$/],
      ["CZ", "internal.feedback", /§ 12\(3\)/, /zoou\.cz\/33\/postup-prislusne-osoby/],
      ["CZ", "external.feedback", /§ 17\(1\)/, /zoou\.cz\/33\/externi-kanal/],
    ];
    for (const [code, name, article, url] of rows) {
      const r = rule(code, name);
      expect(r?.verified, `${code} ${name}`).toBe(true);
      if (!r?.verified) continue;
      expect(r.basis).toMatch(article);
      expect(r.source.url).toMatch(url);
      expect(r.checked).toBe("2026-12-07");
    }
  });

  it("shows France's external-authority rule as not verified: its article was read only in summaries", () => {
    const fr = memberState("FR");
    for (const name of ["external.acknowledgement", "external.feedback"]) {
      const r = fr?.rules.find((x) => x.rule === name);
      expect(r?.verified).toBe(false);
      if (r && !r.verified) expect(r.missing).toMatch(/summaries/);
    }
  });

  it("tells the admin where a secondary text says the national period is shorter than the Directive's", () => {
    const missing = (code: string) => {
      const r = memberState(code)?.rules[0];
      return r && !r.verified ? r.missing : "";
    };
    expect(missing("AT")).toMatch(/from receipt/);
  });
});

describe("dates of the rules read on 2026-12-07", () => {
  const rows: [string, ChannelKind, string, string | undefined, boolean, string, string][] = [
    // state, channel, received, acknowledged, extended, acknowledge by, feedback by
    // Poland, art. 41: 3 months from receipt, 6 in a justified case.
    ["PL", "external", "2027-01-15", "2027-01-18", false, "2027-01-22", "2027-04-15"],
    ["PL", "external", "2027-01-15", "2027-01-18", true, "2027-01-22", "2027-07-15"],
    ["PL", "external", "2026-11-30", undefined, false, "2026-12-07", "2027-02-28"],
    ["PL", "external", "2026-11-30", undefined, true, "2026-12-07", "2027-05-30"],
    // Denmark, § 20: 3 months from the acknowledgement; none sent: from the end of the 7 days.
    ["DK", "external", "2027-01-04", "2027-01-06", false, "2027-01-11", "2027-04-06"],
    ["DK", "external", "2027-01-04", undefined, false, "2027-01-11", "2027-04-11"],
    ["DK", "external", "2027-01-04", "2027-01-06", true, "2027-01-11", "2027-07-06"],
    // Portugal, art. 11.º: 3 months from receipt even when acknowledged later.
    ["PT", "internal", "2027-01-04", "2027-01-08", false, "2027-01-11", "2027-04-04"],
    ["PT", "internal", "2026-11-30", "2026-12-03", false, "2026-12-07", "2027-02-28"],
    // Czechia, § 12(3) and § 17(1): 30 days from receipt, 60 after one extension; the 7 days from § 12(2).
    ["CZ", "internal", "2027-01-04", "2027-01-05", false, "2027-01-11", "2027-02-03"],
    ["CZ", "internal", "2027-01-04", undefined, true, "2027-01-11", "2027-03-05"],
    ["CZ", "internal", "2027-01-31", "2027-02-01", false, "2027-02-07", "2027-03-02"],
    ["CZ", "external", "2027-01-04", "2027-01-05", false, "2027-01-11", "2027-02-03"],
    ["CZ", "external", "2027-01-04", "2027-01-05", true, "2027-01-11", "2027-03-05"],
    // Rules still the Directive's in these profiles: Danish internal, Portuguese external.
    ["DK", "internal", "2027-01-04", "2027-01-06", false, "2027-01-11", "2027-04-06"],
    ["PT", "external", "2027-01-04", "2027-01-06", false, "2027-01-11", "2027-04-04"],
  ];
  it.each(rows)(
    "%s %s received %s acknowledged %s extended %s",
    (code, channel, receivedOn, acknowledgedOn, extended, ack, feedback) => {
      const jurisdiction = jurisdictionFor(code);
      expect(jurisdiction).toBe(code);
      const out = deadlines({
        jurisdiction,
        channel,
        receivedOn,
        acknowledgedOn,
        ...(extended ? { extended: true, extensionJustification: "complex case" } : {}),
      });
      expect(out.acknowledgeBy?.date).toBe(ack);
      expect(out.feedbackBy?.date).toBe(feedback);
    },
  );

  it("refuses an internal extension in Portugal, where art. 11.º allows none", () => {
    expect(() =>
      deadlines({
        jurisdiction: "PT",
        channel: "internal",
        receivedOn: "2027-01-04",
        extended: true,
        extensionJustification: "complex case",
      }),
    ).toThrow(/no extension/);
  });
});

describe("fallback dates of an unverified state (Austria)", () => {
  const at = memberState("AT");
  const rows: [ChannelKind, string, string | undefined, string, string][] = [
    // channel, received, acknowledged, acknowledge by (7 days), feedback by (3 months)
    ["internal", "2026-01-05", "2026-01-08", "2026-01-12", "2026-04-08"],
    // Not acknowledged: the 3 months run from the end of the 7 days (Art. 9(1)(f)).
    ["internal", "2026-01-05", undefined, "2026-01-12", "2026-04-12"],
    // A month end clips to the shorter month.
    ["internal", "2026-11-30", "2026-11-30", "2026-12-07", "2027-02-28"],
    // External: 3 months from receipt (Art. 11(2)(d)).
    ["external", "2026-01-05", "2026-01-06", "2026-01-12", "2026-04-05"],
  ];
  it.each(rows)("%s received %s acknowledged %s", (channel, receivedOn, acknowledgedOn, ack, feedback) => {
    expect(at?.jurisdiction).toBe("EU");
    const out = deadlines({ jurisdiction: at?.jurisdiction ?? "EU", channel, receivedOn, acknowledgedOn });
    expect(out.acknowledgeBy?.date).toBe(ack);
    expect(out.acknowledgeBy?.basis).toContain(DIRECTIVE);
    expect(out.feedbackBy?.date).toBe(feedback);
    expect(out.feedbackBy?.basis).toContain(DIRECTIVE);
  });
});
