import { describe, expect, it } from "vitest";
import {
  fromAcceptLanguage,
  LANGUAGES,
  localizedPagePath,
  pageLanguage,
} from "../../../server/i18n/page-language";

describe("page language", () => {
  it("knows the 24 official EU languages", () => {
    expect(LANGUAGES).toHaveLength(24);
    expect(LANGUAGES).toContain("ga");
    expect(LANGUAGES).toContain("mt");
  });

  it("takes the first supported Accept-Language range by quality", () => {
    expect(fromAcceptLanguage("de-DE,de;q=0.9,en;q=0.8")).toBe("de");
    expect(fromAcceptLanguage("fr-CH;q=0.5, pl;q=0.8")).toBe("pl");
    expect(fromAcceptLanguage("ja, pt-BR;q=0.4")).toBe("pt");
    expect(fromAcceptLanguage("ja, zh;q=0.4")).toBeUndefined();
    expect(fromAcceptLanguage("de;q=0, it")).toBe("it");
    expect(fromAcceptLanguage(undefined)).toBeUndefined();
    // Among the languages a page has (a notice in English and French only):
    expect(fromAcceptLanguage("de-DE,fr;q=0.5", ["en", "fr"])).toBe("fr");
    expect(fromAcceptLanguage("pl", ["en", "fr"])).toBeUndefined();
  });

  it("lets the person's own choice in the URL win over the browser's", () => {
    expect(pageLanguage("pl", "de-DE")).toBe("pl");
    expect(pageLanguage("PL", undefined)).toBe("pl");
    expect(pageLanguage("xx", "de-DE")).toBe("de");
    expect(pageLanguage("../../etc/passwd", undefined)).toBe("en");
    expect(pageLanguage(undefined, undefined)).toBe("en");
  });

  it("maps only reporter pages to their built language copies", () => {
    expect(localizedPagePath("/report.html", "de")).toBe("/l/de/report.html");
    expect(localizedPagePath("/inbox.html", "pl")).toBe("/l/pl/inbox.html");
    expect(localizedPagePath("/", "fr")).toBe("/l/fr/index.html");
    expect(localizedPagePath("/", "en")).toBe("/index.html");
    expect(localizedPagePath("/report.html", "en")).toBe("/report.html");
    expect(localizedPagePath("/handler.html", "de")).toBe("/handler.html");
    expect(localizedPagePath("/assets/x.js", "de")).toBe("/assets/x.js");
    expect(localizedPagePath("/report.html", "../x")).toBe("/report.html");
  });
});
