/**
 * The catalogs of the notice, poster, snippet and transparency page (content/notice/) against the English
 * one, with the checks the reporter catalogs get (test/client/i18n/checks.ts): the same keys, the same
 * placeholders, no English left over; plus a review status for each language, the Directive's own terms
 * from the language's glossary (content/glossary/), and the laws named in every language.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import languages from "../../../content/languages.json";
import en from "../../../content/notice/en.json";
import { DIRECTORY, EU_MEMBER_STATES } from "../../../server/notice/directory";
import { NoticeError } from "../../../server/notice/errors";
import { renderNoticeHtml } from "../../../server/notice/html";
import {
  catalog,
  MESSAGE_KEYS,
  message,
  missingKeys,
  NOTICE_LANGUAGES,
  resolveLanguage,
  unknownKeys,
} from "../../../server/notice/i18n";
import { renderNoticeText } from "../../../server/notice/text";
import { englishLeftovers, leaves, placeholders, stem } from "../../client/i18n/checks";
import { OPTS, PROFILE } from "./fixtures";

const TRANSLATIONS = NOTICE_LANGUAGES.filter((l) => l !== "en");
const CODES = languages.languages.map((l) => l.code);

/** Texts a language writes as English does. */
const SAME_AS_ENGLISH: Record<string, string[]> = {
  da: ["Version {version}"],
  de: ["Version {version}"],
  fr: ["Version {version}"],
  nl: ["Contact: {handlerContact}"],
  ro: ["Contact: {handlerContact}"],
  sv: ["Version {version}"],
};

/**
 * Where the notice uses each of the Directive's defined terms (Art. 5): the catalog key must carry the
 * term of the language's glossary. The notice speaks to the reporting person as "you", so that term has
 * no key of its own.
 */
const TERM_KEYS: Record<string, string[]> = {
  facilitator: ["covered.connected"],
  personConcerned: ["confidentiality.concerned"],
  retaliation: ["retaliation.heading", "nonRetaliation.heading", "transparency.retaliationClaims"],
  followUp: ["handler.who"],
  feedback: ["deadlines.feedback", "transparency.feedbackInTime"],
};

interface Glossary {
  terms: { concept: string; term: string }[];
}

const glossary = (code: string): Glossary =>
  JSON.parse(readFileSync(join(import.meta.dirname, `../../../content/glossary/${code}.json`), "utf8"));

describe("notice catalogs", () => {
  it("exist for exactly the 24 official EU languages, english first", () => {
    expect(NOTICE_LANGUAGES[0]).toBe("en");
    expect([...NOTICE_LANGUAGES].sort()).toEqual([...CODES].sort());
  });

  it("carry a review status each in content/languages.json, as the reporter catalogs do", () => {
    for (const code of NOTICE_LANGUAGES) {
      const status = languages.languages.find((l) => l.code === code)?.status;
      expect(["machine-draft", "reviewed"], code).toContain(status);
    }
    expect(languages.statusNote).toContain("content/notice/");
  });

  const enLeaves = leaves(en);

  for (const lang of TRANSLATIONS) {
    describe(lang, () => {
      it("has every key of the english catalog and no unknown key", () => {
        expect(missingKeys(lang)).toEqual([]);
        expect(unknownKeys(lang)).toEqual([]);
      });

      it("uses the same placeholders as english in every message", () => {
        for (const key of MESSAGE_KEYS) {
          expect(placeholders(catalog(lang)[key] ?? ""), `${lang} ${key}`).toEqual(placeholders(en[key]));
        }
      });

      it("leaves no English behind", () => {
        const own = leaves(catalog(lang));
        expect(englishLeftovers(enLeaves, own, new Set(SAME_AS_ENGLISH[lang] ?? []))).toEqual([]);
      });

      it("uses the Directive's own terms from its glossary", () => {
        const terms = new Map(glossary(lang).terms.map((t) => [t.concept, t.term]));
        for (const [concept, keys] of Object.entries(TERM_KEYS)) {
          const s = stem(terms.get(concept) ?? "", lang);
          for (const key of keys) {
            const text = (catalog(lang)[key as keyof typeof en] ?? "").toLocaleLowerCase(lang);
            expect(text, `${key} carries "${terms.get(concept)}" (${concept})`).toContain(s);
          }
        }
      });
    });
  }

  it.each(NOTICE_LANGUAGES)("names Directive (EU) 2019/1937 and each country's act in %s", (lang) => {
    const text = renderNoticeText({ ...PROFILE, countries: ["DE", "PL"] }, DIRECTORY, lang, OPTS);
    expect(text).toContain("2019/1937");
    expect(text).toContain(DIRECTORY.countries.DE!.law);
    expect(text).toContain(DIRECTORY.countries.PL!.law);
  });

  it.each(["pl", "sv"])("shows every national body's scope text and note in %s, none in English", (lang) => {
    const profile = { ...PROFILE, countries: [...EU_MEMBER_STATES] };
    // Neither language's texts nor the English ones carry a character that HTML escapes.
    for (const rendered of [
      renderNoticeText(profile, DIRECTORY, lang, OPTS),
      renderNoticeHtml(profile, DIRECTORY, lang, OPTS),
    ]) {
      for (const e of DIRECTORY.entries.filter((x) => x.jurisdiction !== "EU")) {
        for (const t of [e.scope, e.note]) {
          if (!t) continue;
          expect(t[lang] + t.en, e.id).not.toMatch(/[&<>"']/);
          expect(rendered, e.id).not.toContain(t.en);
          expect(rendered, e.id).toContain(t[lang]);
        }
      }
    }
  });

  it("falls back to english for an unknown language and for missing keys", () => {
    expect(resolveLanguage("de-AT")).toBe("de");
    expect(resolveLanguage("PL")).toBe("pl");
    expect(resolveLanguage("tlh")).toBe("en");
    expect(message("tlh", "what.heading")).toBe(en["what.heading"]);
    expect(missingKeys("tlh")).toHaveLength(MESSAGE_KEYS.length);
  });

  it("fills placeholders and refuses a missing one", () => {
    expect(message("en", "notice.title", { org: "X" })).toBe("How to report wrongdoing safely at X");
    expect(() => message("en", "notice.title")).toThrow(NoticeError);
  });
});
