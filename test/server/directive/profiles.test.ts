import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  DirectiveError,
  FALLBACK_NOTE,
  JURISDICTIONS,
  type JurisdictionProfile,
  jurisdictionFor,
  profileOf,
} from "../../../server/directive/index";
import { codeOfError } from "../../helpers";

const codeOf = codeOfError(DirectiveError);

/** Every `basis` string anywhere in a profile. */
function bases(value: unknown, out: string[] = []): string[] {
  if (typeof value !== "object" || value === null) return out;
  for (const [key, child] of Object.entries(value)) {
    if (key === "basis" || key === "noAcknowledgementBasis") out.push(String(child));
    else bases(child, out);
  }
  return out;
}

const profiles: JurisdictionProfile[] = JURISDICTIONS.map((j) => profileOf(j));

describe("profiles", () => {
  it("cover exactly the listed jurisdictions", () => {
    expect([...JURISDICTIONS].sort()).toEqual([
      "CZ",
      "DE",
      "DK",
      "ES",
      "EU",
      "FR",
      "IE",
      "IT",
      "NL",
      "PL",
      "PT",
    ]);
    for (const j of JURISDICTIONS) expect(profileOf(j).code).toBe(j);
  });

  it.each(profiles)("$code names its law with an https address and the day it was checked", (p) => {
    expect(p.name.length).toBeGreaterThan(0);
    expect(p.law.title.length).toBeGreaterThan(0);
    expect(p.law.url).toMatch(/^https:\/\//);
    // The first seven were read on 2026-11-27; PL, DK and PT in part on 2026-12-07 (docs/SOURCES.md).
    expect(p.lastChecked).toBe(["PL", "DK", "PT", "CZ"].includes(p.code) ? "2026-12-07" : "2026-11-27");
  });

  it("cite the Directive on EUR-Lex by CELEX number", () => {
    expect(profileOf("EU").law.url).toContain("CELEX:32019L1937");
    expect(profileOf("EU").law.title).toContain("32019L1937");
  });

  it.each(profiles)("$code gives every rule a basis that names an instrument and a provision", (p) => {
    const all = bases(p);
    expect(all.length).toBeGreaterThanOrEqual(6);
    for (const basis of all) expect(basis).toMatch(/(Art\.|art\.|§|s\.\d|référentiel)/);
  });

  it.each(profiles)("$code sets workingDays exactly when a rule counts working days", (p) => {
    const rules = [p.internal, p.external].flatMap((c) => [c.acknowledgement, c.meeting]);
    const usesWorkingDays = rules.some((r) => r?.workingDays === true);
    expect(p.workingDays).toBe(usesWorkingDays);
    if (usesWorkingDays) expect(p.holidays).not.toBeNull();
  });

  it("say that the EU profile is the fallback for every other member state", () => {
    expect(profileOf("EU").notes.join(" ")).toMatch(/every member state without a profile/);
    expect(FALLBACK_NOTE).toMatch(/Directive \(EU\) 2019\/1937/);
    expect(FALLBACK_NOTE).toMatch(/32019L1937/);
  });

  it("are frozen, so no caller can change the law for everyone", () => {
    const de = profileOf("DE");
    expect(Reflect.set(de, "code", "XX")).toBe(false);
    expect(Reflect.set(de.internal.acknowledgement, "days", 70)).toBe(false);
    expect(profileOf("DE").internal.acknowledgement.days).toBe(7);
  });
});

describe("profileOf and jurisdictionFor", () => {
  it.each(["XX", "de", "", "AT", "eu", "__proto__", "toString"])("profileOf refuses %j", (j) => {
    expect(codeOf(() => profileOf(j))).toBe("unknown-jurisdiction");
  });

  it("maps member states without a profile to the Directive alone", () => {
    expect(jurisdictionFor("AT")).toBe("EU");
    expect(jurisdictionFor("EL")).toBe("EU");
    expect(jurisdictionFor("GR")).toBe("EU");
    expect(jurisdictionFor("DE")).toBe("DE");
    expect(jurisdictionFor("EU")).toBe("EU");
  });

  it("refuses countries outside the Union", () => {
    expect(codeOf(() => jurisdictionFor("US"))).toBe("unknown-jurisdiction");
    expect(codeOf(() => jurisdictionFor("GB"))).toBe("unknown-jurisdiction");
  });
});

describe("the engine holds no legal numbers", () => {
  // Every period lives in profiles.ts with its source; the logic may only use 0, 1 and 12 (months a year).
  it.each(["deadlines.ts", "retention.ts"])("%s has no numeric literal but 0, 1 and 12", (file) => {
    const source = readFileSync(new URL(`../../../server/directive/${file}`, import.meta.url), "utf8")
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/\/\/.*$/gm, "");
    const numbers = source.match(/(?<![\w$.])\d+(?![\w])/g) ?? [];
    expect(numbers.filter((n) => !["0", "1", "12"].includes(n))).toEqual([]);
  });
});
