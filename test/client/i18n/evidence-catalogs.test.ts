/**
 * The evidence panel's translations (client/src/evidence/strings-i18n/) against its English words
 * (client/src/evidence/strings.ts): one for each of the 23 other official languages, the same keys, the
 * `{max}` size placeholder where English shows a size, and no English left over.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type EvidenceTranslation, evidenceText } from "../../../client/src/evidence/strings";
import languages from "../../../content/languages.json";

const DIR = join(import.meta.dirname, "../../../client/src/evidence/strings-i18n");
const ENGLISH_WORDS = /(?<!\p{L})(the|your|with|which|this|that|report|reporting|please|here)(?!\p{L})/iu;

/** The English words as translators see them: strings, and `{max}` for the size a message shows. */
const english: Record<string, string> = Object.fromEntries(
  Object.entries(evidenceText)
    .filter(([key]) => key !== "size")
    .map(([key, value]) => [key, typeof value === "function" ? "{max}" : value]),
);

describe("evidence panel translations", () => {
  const codes = languages.languages.map((l) => l.code).filter((c) => c !== "en");

  it("exist for the 23 official languages other than English", () => {
    expect(codes).toHaveLength(23);
    for (const code of codes) expect(existsSync(join(DIR, `${code}.ts`)), code).toBe(true);
  });

  for (const code of codes) {
    describe(code, async () => {
      const own: EvidenceTranslation = (await import(`../../../client/src/evidence/strings-i18n/${code}.ts`))
        .default;

      it("has the same keys as English", () => {
        expect(Object.keys(own).sort()).toEqual(Object.keys(english).sort());
      });

      it("puts the size where English does, and nowhere else", () => {
        for (const [key, value] of Object.entries(english))
          expect(own[key as keyof EvidenceTranslation]?.includes("{max}"), key).toBe(value.includes("{max}"));
      });

      it("leaves no English behind", () => {
        const leftovers = Object.entries(own).filter(
          ([key, value]) => value === english[key] || ENGLISH_WORDS.test(value ?? ""),
        );
        expect(leftovers.map(([key]) => key)).toEqual([]);
      });
    });
  }
});
