import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import authorities from "../../content/authorities.json";
import languages from "../../content/languages.json";
import { EU_MEMBER_STATES, type LocalizedText, parseDirectory } from "../../server/notice/directory";
import { englishLeftovers, leaves, stem } from "../client/i18n/checks";

const dir = parseDirectory(authorities);
const https = (u: string) => new URL(u).protocol === "https:";
const TRANSLATIONS = languages.languages.map((l) => l.code).filter((c) => c !== "en");
/** The languages whose texts were drafted after the glossaries were (en, de and fr came first). */
const DRAFTED = TRANSLATIONS.filter((c) => c !== "de" && c !== "fr");

/** The Directive's defined terms (Art. 5) as the English texts name them; translations use the glossary's. */
const CONCEPTS: Record<string, RegExp> = {
  reportingPerson: /whistleblower/i,
  retaliation: /retaliat/i,
};

const glossary = (code: string): { terms: { concept: string; term: string }[] } =>
  JSON.parse(readFileSync(join(import.meta.dirname, `../../content/glossary/${code}.json`), "utf8"));

describe("content/authorities.json", () => {
  it("has an external channel or referral point for each of the 27 member states", () => {
    expect(EU_MEMBER_STATES).toHaveLength(27);
    for (const country of EU_MEMBER_STATES) {
      const entries = dir.entries.filter(
        (e) =>
          e.jurisdiction === country &&
          (e.roles.includes("external-channel") || e.roles.includes("referral")),
      );
      expect(entries.length, country).toBeGreaterThan(0);
      expect(dir.countries[country]?.name.en, country).toBeTruthy();
      expect(dir.countries[country]?.law, country).toBeTruthy();
    }
  });

  it("gives every entry an https url and source and a lastChecked date", () => {
    for (const e of dir.entries) {
      expect(https(e.url), e.id).toBe(true);
      expect(https(e.source), e.id).toBe(true);
      // Compiled on 2026-11-27; some entries were checked against the body's own page on 2026-12-07.
      expect(["2026-11-27", "2026-12-07"], e.id).toContain(e.lastChecked);
      if (e.portalUrl) expect(https(e.portalUrl), e.id).toBe(true);
    }
  });

  it("has the AI Office's AI Act Whistleblower Tool with its portal marked for verification", () => {
    const tool = dir.entries.find((e) => e.id === "eu-ai-office-whistleblower-tool");
    expect(tool?.url).toBe("https://digital-strategy.ec.europa.eu/en/policies/ai-act-whistleblower-tool");
    expect(tool?.jurisdiction).toBe("EU");
    expect(tool?.launchedOn).toBe("2025-11-24");
    expect(tool?.portalUrl).toMatch(/^https:\/\//);
    expect(tool?.portalVerify).toBe(true);
  });

  it("lists the EU bodies the notice names", () => {
    const ids = dir.entries.filter((e) => e.jurisdiction === "EU").map((e) => e.id);
    for (const id of ["eu-olaf", "eu-ombudsman", "eu-edps", "eu-ecb", "eu-esma", "eu-eba", "eu-eiopa"]) {
      expect(ids).toContain(id);
    }
  });

  it("points DG COMP and EPPO to their reporting pages, and keeps the EDPS and the Ombudsman apart", () => {
    const byId = (id: string) => dir.entries.find((e) => e.id === id);
    expect(byId("eu-dg-comp")?.url).toBe("https://competition-policy.ec.europa.eu/cartels/whistle-blower_en");
    expect(byId("eu-dg-comp")?.scope.en).toMatch(/mergers and State aid/);
    expect(byId("eu-eppo")?.url).toBe("https://www.eppo.europa.eu/en/reporting-crime-to-eppo");
    for (const id of ["eu-edps", "eu-ombudsman"]) expect(byId(id)?.roles).toEqual(["oversight"]);
  });

  it("keeps no verify flag on the entries checked against the body's own page on 2026-12-07", () => {
    const checked = dir.entries.filter((e) => e.lastChecked === "2026-12-07").map((e) => e.id);
    expect(checked.sort()).toEqual(["cz-moj", "de-bfj", "eu-dg-comp", "eu-ecb", "eu-eppo", "eu-olaf"]);
    for (const e of dir.entries) {
      if (e.lastChecked !== "2026-12-07") continue;
      expect(e.verify, e.id).toBeUndefined();
      // The source is the page that was read, on the body's own domain.
      expect(new URL(e.source).hostname, e.id).toBe(new URL(e.url).hostname);
    }
    // Entries compiled from memory or summaries keep their flag until someone reads their page.
    expect(dir.entries.filter((e) => e.verify).length).toBe(21);
  });

  it("has scope text in en, de and fr for every entry", () => {
    for (const e of dir.entries) {
      for (const lang of ["en", "de", "fr"]) expect(e.scope[lang], `${e.id} ${lang}`).toBeTruthy();
    }
  });

  it("describes every body in all 24 languages, since a notice in any of them lists it", () => {
    for (const e of dir.entries) {
      for (const { code } of languages.languages) {
        expect(e.scope[code], `${e.id} ${code}`).toBeTruthy();
        if (e.note) expect(e.note[code], `${e.id} note ${code}`).toBeTruthy();
      }
    }
  });

  it.each(TRANSLATIONS)("leaves no English in any scope text or note in %s", (code) => {
    const english = dir.entries.flatMap((e) => leaves({ [e.id]: { scope: e.scope.en, note: e.note?.en } }));
    const own = dir.entries.flatMap((e) =>
      leaves({ [e.id]: { scope: e.scope[code], note: e.note?.[code] } }),
    );
    expect(englishLeftovers(english, own, new Set())).toEqual([]);
  });

  it.each(DRAFTED)("uses the glossary's terms in %s where a text names a defined concept", (code) => {
    const terms = new Map(glossary(code).terms.map((t) => [t.concept, t.term]));
    for (const e of dir.entries) {
      for (const text of [e.scope, e.note].filter((x): x is LocalizedText => !!x)) {
        for (const [concept, english] of Object.entries(CONCEPTS)) {
          if (!english.test(text.en ?? "")) continue;
          const s = stem(terms.get(concept) ?? "", code);
          expect(
            text[code]?.toLocaleLowerCase(code),
            `${e.id} ${code} carries "${terms.get(concept)}"`,
          ).toContain(s);
        }
      }
    }
  });

  it("uses no tracking or redirect parameters in any address", () => {
    for (const e of dir.entries) {
      for (const u of [e.url, e.source, e.portalUrl].filter((x): x is string => !!x)) {
        expect(u, e.id).not.toMatch(/utm_|[?&](ref|redirect|url)=/i);
      }
    }
  });
});
