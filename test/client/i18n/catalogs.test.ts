/**
 * The 24 reporter catalogs (client/src/i18n/catalogs/) against the English one: the same keys, the same
 * placeholders, no English left over, and a review status for each in content/languages.json.
 */
import { describe, expect, it } from "vitest";
import { reporterTranslations as reporterCatalogs } from "../../../client/src/i18n/all-catalogs";
import { fillFrom } from "../../../client/src/i18n/catalog";
import languages from "../../../content/languages.json";
import { missingStrings } from "../../../scripts/i18n-pages";
import { englishLeftovers, leaves, placeholders } from "./checks";

const en = reporterCatalogs.en!;

/**
 * Strings a language may legitimately share with English: proper names, URLs, and words that are the
 * same in that language (the Directive's Dutch text itself says "feedback").
 */
const SAME_AS_ENGLISH: Record<string, string[]> = {
  fr: ["Message", "Messages"],
  nl: ["Feedback"],
  ro: ["Feedback"],
};

const codes = languages.languages.map((l) => l.code);

describe("English fallback for strings not yet translated", () => {
  const source = { a: "A", b: { c: "C", d: "D" }, e: { x: "X" } as Record<string, string> };
  it("fills only what is missing, keeps the rest", () => {
    expect(fillFrom(source, { b: { c: "c" }, e: { y: "y" } })).toEqual({
      a: "A",
      b: { c: "c", d: "D" },
      e: { x: "X", y: "y" },
    });
    expect(missingStrings(source, { b: { c: "c" }, e: {} })).toEqual({
      a: "A",
      b: { d: "D" },
      e: { x: "X" },
    });
    expect(missingStrings(source, source)).toBeUndefined();
  });
});

describe("reporter catalogs", () => {
  it("exist for exactly the 24 official EU languages, each naming its own language", () => {
    expect(codes).toHaveLength(24);
    expect(Object.keys(reporterCatalogs).sort()).toEqual([...codes].sort());
    for (const code of codes) expect(reporterCatalogs[code]!.lang).toBe(code);
    for (const code of codes) expect(reporterCatalogs[code]!.locale?.startsWith(`${code}-`)).toBe(true);
  });

  it("carry a review status each, and only English is marked reviewed", () => {
    for (const l of languages.languages) expect(["machine-draft", "reviewed"]).toContain(l.status);
    expect(languages.languages.filter((l) => l.status === "reviewed").map((l) => l.code)).toEqual(["en"]);
  });

  const enLeaves = leaves(en);
  const enPaths = enLeaves.map((l) => l.path).sort();

  for (const code of codes.filter((c) => c !== "en")) {
    describe(code, () => {
      const catalog = reporterCatalogs[code]!;
      const own = leaves(catalog);

      it("has the same keys as English", () => {
        expect(own.map((l) => l.path).sort()).toEqual(enPaths);
      });

      it("has the same placeholders and message functions as English", () => {
        for (const { path, value } of enLeaves) {
          const theirs = own.find((l) => l.path === path)?.value;
          expect(typeof theirs, path).toBe(typeof value);
          expect(placeholders(theirs), path).toEqual(placeholders(value));
          if (typeof value === "function")
            for (const n of [1, 2, 7, 23])
              expect((theirs as (n: number) => string)(n), `${path}(${n})`).toContain(
                String(n === 1 ? "" : n),
              );
        }
      });

      it("leaves no English behind", () => {
        expect(englishLeftovers(enLeaves, own, new Set(SAME_AS_ENGLISH[code] ?? []))).toEqual([]);
      });

      it("uses its own language's link to the AI Office tool", () => {
        expect(catalog.links?.aiOfficeTool).toBe(
          `https://digital-strategy.ec.europa.eu/${code}/policies/ai-act-whistleblower-tool`,
        );
      });
    });
  }
});
