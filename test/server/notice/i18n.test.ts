import { describe, expect, it } from "vitest";
import en from "../../../content/notice/en.json";
import { NoticeError } from "../../../server/notice/errors";
import {
  catalog,
  MESSAGE_KEYS,
  message,
  missingKeys,
  NOTICE_LANGUAGES,
  resolveLanguage,
  unknownKeys,
} from "../../../server/notice/i18n";

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const TRANSLATIONS = NOTICE_LANGUAGES.filter((l) => l !== "en");

describe("notice catalogs", () => {
  it("has english first, and german and french", () => {
    expect(NOTICE_LANGUAGES[0]).toBe("en");
    expect(NOTICE_LANGUAGES).toEqual(expect.arrayContaining(["de", "fr"]));
  });

  it.each(TRANSLATIONS)("%s has every key of the english catalog and no unknown key", (lang) => {
    expect(missingKeys(lang)).toEqual([]);
    expect(unknownKeys(lang)).toEqual([]);
  });

  it.each(TRANSLATIONS)("%s uses the same placeholders as english in every message", (lang) => {
    for (const key of MESSAGE_KEYS) {
      expect(placeholders(catalog(lang)[key] ?? ""), `${lang} ${key}`).toEqual(placeholders(en[key]));
    }
  });

  it("falls back to english for an unknown language and for missing keys", () => {
    expect(resolveLanguage("de-AT")).toBe("de");
    expect(resolveLanguage("pt")).toBe("en");
    expect(message("pt", "what.heading")).toBe(en["what.heading"]);
    expect(missingKeys("pt")).toHaveLength(MESSAGE_KEYS.length);
  });

  it("fills placeholders and refuses a missing one", () => {
    expect(message("en", "notice.title", { org: "X" })).toBe("How to report wrongdoing safely at X");
    expect(() => message("en", "notice.title")).toThrow(NoticeError);
  });
});
