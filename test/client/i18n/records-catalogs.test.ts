/**
 * The records-and-meetings panel's translations (client/src/records/strings-i18n/) against its English
 * words (client/src/records/strings.ts): one for each of the 23 other official languages, the same keys,
 * the same `{name}` placeholders, no English left over, and the Directive's own term for the reporting
 * person (content/glossary/). Also that a translated message puts its arguments where its text says.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  type RecordsTranslation,
  recordsArgs,
  recordsMessage,
  recordsText,
} from "../../../client/src/records/strings";
import languages from "../../../content/languages.json";

const DIR = join(import.meta.dirname, "../../../client/src/records/strings-i18n");
const ENGLISH_WORDS = /(?<!\p{L})(the|your|with|which|this|that|report|reporting|please|here)(?!\p{L})/iu;
/** Strings a language spells as English does, by key ("Version {n}" is French, Danish and Swedish too). */
const SAME_AS_ENGLISH: Record<string, string[]> = { da: ["version"], fr: ["version"], sv: ["version"] };
const args = recordsArgs as Record<string, readonly string[]>;

/** The English words as translators see them: strings, and message functions with `{name}` for each argument. */
const english: Record<string, string> = Object.fromEntries(
  Object.entries(recordsText).map(([key, value]) => [
    key,
    typeof value === "function"
      ? (value as (...a: string[]) => string)(...(args[key] ?? []).map((name) => `{${name}}`))
      : value,
  ]),
);

const placeholders = (text: string): string[] => [...text.matchAll(/\{\w+\}/g)].map((m) => m[0]).sort();

/** The glossary's term for the reporting person (Art. 5(7)) in `code`. */
function reportingPerson(code: string): string {
  const glossary = JSON.parse(
    readFileSync(join(import.meta.dirname, `../../../content/glossary/${code}.json`), "utf8"),
  ) as { terms: { concept: string; term: string }[] };
  return glossary.terms.find((t) => t.concept === "reportingPerson")!.term;
}

describe("records panel, English", () => {
  it("names every message function's arguments, each of which its text shows", () => {
    for (const [key, value] of Object.entries(recordsText)) {
      if (typeof value !== "function") continue;
      expect(args[key]?.length, key).toBe(value.length);
      for (const name of args[key] ?? []) expect(english[key], key).toContain(`{${name}}`);
    }
  });

  it("puts a translated message's arguments where its text names them, in any order", () => {
    const meetingDue = recordsMessage("Bis {day} ({basis}); {day}. {other}", ["day", "basis"]);
    expect(meetingDue("3. Mai", "Art. 9")).toBe("Bis 3. Mai (Art. 9); 3. Mai. {other}");
    expect(recordsMessage("{basis}: {day}", ["day", "basis"])("1 May", "§ 17")).toBe("§ 17: 1 May");
  });
});

describe("records panel translations", () => {
  const codes = languages.languages.map((l) => l.code).filter((c) => c !== "en");

  it("exist for the 23 official languages other than English", () => {
    expect(codes).toHaveLength(23);
    for (const code of codes) expect(existsSync(join(DIR, `${code}.ts`)), code).toBe(true);
  });

  for (const code of codes) {
    describe(code, async () => {
      const own: RecordsTranslation = (await import(`../../../client/src/records/strings-i18n/${code}.ts`))
        .default;

      it("has the same keys as English", () => {
        expect(Object.keys(own).sort()).toEqual(Object.keys(english).sort());
      });

      it("has the same placeholders as English", () => {
        for (const [key, value] of Object.entries(english))
          expect(placeholders(own[key as keyof RecordsTranslation] ?? ""), key).toEqual(placeholders(value));
      });

      it("leaves no English behind", () => {
        const allowed = new Set(SAME_AS_ENGLISH[code] ?? []);
        const leftovers = Object.entries(own).filter(
          ([key, value]) => (value === english[key] && !allowed.has(key)) || ENGLISH_WORDS.test(value ?? ""),
        );
        expect(leftovers.map(([key]) => key)).toEqual([]);
      });

      it("calls the reporting person by the Directive's term", () => {
        // Each word of the term by its first four letters, so that a declined form still counts.
        const stems = reportingPerson(code)
          .toLocaleLowerCase(code)
          .split(/[\s,]+/)
          .filter((word) => word.length > 3)
          .map((word) => word.slice(0, 4));
        const missing = Object.entries(english)
          .filter(([, value]) => /reporting person/i.test(value))
          .filter(([key]) => {
            const theirs = (own[key as keyof RecordsTranslation] ?? "").toLocaleLowerCase(code);
            return !stems.every((stem) => theirs.includes(stem));
          });
        expect(missing.map(([key]) => key)).toEqual([]);
      });
    });
  }
});
