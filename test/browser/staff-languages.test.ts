/**
 * The staff app in the staff member's language, in Chromium against the real Node server: the browser's
 * languages choose it, `?lang=` overrides them, the picker offers every staff language in its own name,
 * and a German or Polish triage shows no English string.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reporterCatalogs } from "../../client/src/i18n/all-catalogs";
import { enStaff } from "../../client/src/i18n/en-staff";
import deStaff from "../../client/src/i18n/staff-catalogs/de";
import plStaff from "../../client/src/i18n/staff-catalogs/pl";
import { recordsText } from "../../client/src/records/strings";
import deRecords from "../../client/src/records/strings-i18n/de";
import plRecords from "../../client/src/records/strings-i18n/pl";
import { launchChromium } from "./chromium";
import { enrolThroughLink } from "./helpers";
import { catalogStrings, submitReport } from "./reporter-helpers";
import { type RunningServer, startServer } from "./server";

const staffCatalogs = { de: deStaff, pl: plStaff };
const recordsCatalogs = { de: deRecords, pl: plRecords };

/**
 * English strings (staff, shared, and the records-and-meetings panel's) that `lang` translates
 * differently and that the page shows.
 */
async function englishLeftOver(page: Page, lang: keyof typeof staffCatalogs = "de"): Promise<string[]> {
  const own = new Set([
    ...catalogStrings(staffCatalogs[lang]),
    ...catalogStrings(reporterCatalogs[lang]),
    ...catalogStrings(recordsCatalogs[lang]),
  ]);
  const english = [
    ...catalogStrings(enStaff),
    ...catalogStrings(reporterCatalogs.en),
    ...catalogStrings(recordsText),
  ].filter((s) => s.length > 3 && !own.has(s) && !/^https:/.test(s));
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a person reads
  const text = await page.evaluate(() => `${document.title}\n${document.body.innerText}`);
  return english.filter((s) => text.includes(s));
}

const PASSPHRASE = "stille hafen laterne 5150";

describe("the staff app in the staff member's language", () => {
  let server: RunningServer;
  let browser: Browser;
  let close: () => Promise<void>;

  beforeAll(async () => {
    server = await startServer({ ORG_NAME: "Sprachen GmbH" });
    ({ browser, close } = await launchChromium());
  });

  afterAll(async () => {
    await close?.();
    await server?.stop();
  });

  it("runs in German for a German browser, from sign-in to triage, with its languages on offer", async () => {
    const context = await browser.newContext({ locale: "de-DE" });
    const page = await context.newPage();
    try {
      // Enrolled through the German enrolment page (the real, slow KDF); the admin's browser signs the roster.
      await enrolThroughLink(page, server.enrolmentLink, "dora", "Dora Meier", PASSPHRASE);
      await page.goto(`${server.url}/report.html`);
      await submitReport(page, "Die Prüfberichte wurden nachträglich geändert.");

      await page.goto(`${server.url}/handler.html`);
      await page.getByTestId("signin-submit").waitFor();
      expect(await page.getAttribute("html", "lang")).toBe("de");
      expect(await page.title()).toBe("Fallbearbeitung");
      const options = await page
        .getByTestId("staff-lang-option")
        .evaluateAll((as) =>
          as.map((a) => [a.getAttribute("hreflang"), a.getAttribute("lang"), a.textContent]),
        );
      expect(options).toEqual([
        ["de", "de", "Deutsch"],
        ["en", "en", "English"],
        ["es", "es", "Español"],
        ["fr", "fr", "Français"],
        ["it", "it", "Italiano"],
        ["pl", "pl", "Polski"],
      ]);
      expect(await englishLeftOver(page)).toEqual([]);

      await page.getByTestId("signin-handle").fill("dora");
      await page.getByTestId("signin-passphrase").fill(PASSPHRASE);
      await page.getByTestId("signin-submit").click();
      await page.getByTestId("triage-row").first().waitFor({ timeout: 60_000 });
      expect(await page.getByTestId("nav-cases").textContent()).toBe("Fälle");
      expect(await englishLeftOver(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("takes ?lang= over the browser's languages, and falls back to English for a language it lacks", async () => {
    const context = await browser.newContext({ locale: "de-DE" });
    const page = await context.newPage();
    try {
      await page.goto(`${server.url}/handler.html?lang=fr`);
      await page.getByTestId("signin-submit").waitFor();
      expect(await page.getAttribute("html", "lang")).toBe("fr");
      expect(await page.title()).toBe("Traitement des dossiers");
      expect(await page.getByTestId("signin-submit").textContent()).toBe("Se connecter");
    } finally {
      await context.close();
    }
    const swedish = await browser.newContext({ locale: "sv-SE" });
    const page2 = await swedish.newPage();
    try {
      await page2.goto(`${server.url}/handler.html`);
      await page2.getByTestId("signin-submit").waitFor();
      expect(await page2.getAttribute("html", "lang")).toBe("en");
      expect(await page2.title()).toBe("Case handling");
    } finally {
      await swedish.close();
    }
  });

  it("runs in Polish for a Polish browser, from sign-in to triage and a case", async () => {
    const context = await browser.newContext({ locale: "pl-PL" });
    const page = await context.newPage();
    try {
      await page.goto(`${server.url}/handler.html`);
      await page.getByTestId("signin-submit").waitFor();
      expect(await page.getAttribute("html", "lang")).toBe("pl");
      expect(await page.title()).toBe("Prowadzenie spraw");
      expect(await englishLeftOver(page, "pl")).toEqual([]);
      // Dora and her case come from the first test.
      await page.getByTestId("signin-handle").fill("dora");
      await page.getByTestId("signin-passphrase").fill(PASSPHRASE);
      await page.getByTestId("signin-submit").click();
      await page.getByTestId("triage-row").first().waitFor({ timeout: 60_000 });
      expect(await page.getByTestId("nav-cases").textContent()).toBe("Sprawy");
      expect(await englishLeftOver(page, "pl")).toEqual([]);
      // The case, with its records-and-meetings panel (loaded with the case), is in Polish too.
      await page.getByTestId("triage-open").first().click();
      await page.getByTestId("case-records").getByRole("heading", { name: "Zapisy i spotkania" }).waitFor();
      expect(await englishLeftOver(page, "pl")).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
