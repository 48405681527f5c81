/**
 * The staff app's catalogs (client/src/i18n/staff-catalogs/) against the English one (en-staff.ts): the
 * same keys, the same placeholders and message arguments, and no English left over. The staff app runs in
 * every language that has a file there; a new one is checked here without further change.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { StaffTranslation } from "../../../client/src/i18n/catalog";
import { enStaff } from "../../../client/src/i18n/en-staff";
import { staffLanguage } from "../../../client/src/i18n/staff-language";

const DIR = join(import.meta.dirname, "../../../client/src/i18n/staff-catalogs");
const codes = readdirSync(DIR)
  .filter((f) => /^[a-z]{2}\.ts$/.test(f))
  .map((f) => f.slice(0, 2));

type Leaf = { path: string; value: unknown };

function leaves(x: unknown, path = ""): Leaf[] {
  if (typeof x === "object" && x !== null && !Array.isArray(x))
    return Object.entries(x).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [{ path, value: x }];
}

/** What a message function puts in its text, for numbers (1 and 7, singular and plural) and for markers. */
function echoed(fn: (...args: unknown[]) => string): string[] {
  const seen: string[] = [];
  for (const args of [
    [1, 1, 1],
    [7, 7, 7],
    ["⟪a⟫", "⟪b⟫", "⟪c⟫"],
  ]) {
    const text = fn(...args);
    seen.push(...args.map((a, i) => `${i}:${text.includes(String(a))}`));
  }
  return seen;
}

/**
 * Strings a language may share with English: product names, codes, and words spelled alike in it.
 */
const SAME_AS_ENGLISH: Record<string, string[]> = {
  de: ["Passkeys", "Passphrase", "Administrator", "System"],
  fr: ["Message", "Actions", "Versions", "Sessions"],
  es: ["Roles"],
  pl: ["Administrator", "System"],
};

const ENGLISH_WORDS =
  /(?<!\p{L})(the|your|with|which|this|that|report|reporting|please|here|case)(?!\p{L})/iu;

const enLeaves = leaves(enStaff);

describe("staff app languages", () => {
  it("are at least English, German, French, Italian, Spanish and Polish", () => {
    expect(["en", ...codes].sort()).toEqual(expect.arrayContaining(["de", "en", "es", "fr", "it", "pl"]));
  });

  it("are chosen by ?lang=, else by the browser's languages, else English", () => {
    const available = ["de", "en", "es", "fr", "it"];
    expect(staffLanguage(available, "fr", ["de-DE"])).toBe("fr");
    expect(staffLanguage(available, "pl", ["it-IT", "de"])).toBe("it");
    expect(staffLanguage(available, null, ["pl-PL", "es-419", "de"])).toBe("es");
    expect(staffLanguage(available, undefined, ["pl", "sv"])).toBe("en");
    expect(staffLanguage(available, "x'><", [])).toBe("en");
  });

  for (const code of codes) {
    describe(code, async () => {
      const catalog: StaffTranslation = (await import(`../../../client/src/i18n/staff-catalogs/${code}.ts`))
        .default;
      const own = leaves(catalog);

      it("has the same keys as English", () => {
        expect(own.map((l) => l.path).sort()).toEqual(enLeaves.map((l) => l.path).sort());
      });

      it("has the same placeholders and message arguments as English", () => {
        for (const { path, value } of enLeaves) {
          const theirs = own.find((l) => l.path === path)?.value;
          expect(typeof theirs, path).toBe(typeof value);
          if (Array.isArray(value)) expect((theirs as unknown[]).length, path).toBe(value.length);
          if (typeof value === "function")
            expect(echoed(theirs as (...a: unknown[]) => string), path).toEqual(
              echoed(value as (...a: unknown[]) => string),
            );
        }
      });

      it("leaves no English behind", () => {
        const allowed = new Set(SAME_AS_ENGLISH[code] ?? []);
        const leftovers = enLeaves.filter(({ path, value }) => {
          const theirs = own.find((l) => l.path === path)?.value;
          const texts =
            typeof theirs === "function"
              ? [(theirs as (...a: unknown[]) => string)("⟪a⟫", "⟪b⟫", "⟪c⟫")]
              : Array.isArray(theirs)
                ? (theirs as string[])
                : typeof theirs === "string"
                  ? [theirs]
                  : [];
          const english =
            typeof value === "string" ? value : Array.isArray(value) ? value.join("|") : undefined;
          return texts.some(
            (text) => (text === english && text.length > 1 && !allowed.has(text)) || ENGLISH_WORDS.test(text),
          );
        });
        expect(leftovers.map((l) => l.path)).toEqual([]);
      });
    });
  }
});
