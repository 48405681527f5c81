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

  it("the 21 states without a full profile are all listed as unverified for the admin", () => {
    const listed = unverifiedStates();
    const others = MEMBER_STATES.filter((s) => s.jurisdiction === "EU");
    expect(others).toHaveLength(21);
    for (const s of others) {
      expect(listed.find((l) => l.code === s.code)?.rules).toEqual(RULE_NAMES);
      expect(s.rules.every((r) => !r.verified && r.basis.startsWith(DIRECTIVE))).toBe(true);
    }
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
