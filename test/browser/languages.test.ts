/**
 * Languages in Chromium against the real Node server: Accept-Language sets only the first choice; the
 * picker offers all 24 official languages; a chosen language travels in the URL from the form to the
 * token page and the inbox, and nothing is written to the browser's storage on the way.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evidenceText } from "../../client/src/evidence/strings";
import { reporterCatalogs } from "../../client/src/i18n/all-catalogs";
import { enStaff } from "../../client/src/i18n/en-staff";
import { recordsText } from "../../client/src/records/strings";
import categories from "../../content/categories.json";
import relationships from "../../content/relationships.json";
import { launchChromium } from "./chromium";
import { catalogStrings, cutOff, enrolRecipient, submitReport } from "./reporter-helpers";
import { type RunningServer, startServer } from "./server";

const en = reporterCatalogs.en;

/**
 * Every category on offer is labelled in `lang` (content/categories.json), and choosing one shows its
 * hint in `lang` too.
 */
async function expectCategoriesIn(page: Page, lang: "de" | "pl"): Promise<void> {
  const byId = new Map(
    categories.groups
      .flatMap((g) => g.categories)
      .map((c) => [c.id, c as { label: Record<string, string>; hint: Record<string, string> }]),
  );
  const select = page.getByTestId("report-category");
  const shown = await select
    .locator("option")
    .evaluateAll((os) => os.map((o) => [(o as HTMLOptionElement).value, o.textContent ?? ""]));
  const known = shown.filter(([id]) => byId.has(id ?? ""));
  expect(known.length).toBeGreaterThan(20);
  for (const [id, text] of known) expect(text, id).toBe(byId.get(id!)!.label[lang]);
  await select.selectOption("public-procurement");
  expect(await page.locator("#category-hint").textContent()).toBe(byId.get("public-procurement")!.hint[lang]);
}

/**
 * The pieces of text a catalog puts on a page: its strings, and a message function's text around each
 * argument (called with a marker, so "Channel key fingerprint: …" counts without its fingerprint).
 */
function pieces(x: unknown): string[] {
  if (typeof x === "function") {
    const MARK = "\u2063";
    try {
      return (x as (...a: string[]) => string)(MARK, MARK, MARK)
        .split(MARK)
        .map((p) => p.trim())
        .filter(Boolean);
    } catch {
      return catalogStrings(x);
    }
  }
  if (typeof x === "object" && x !== null) return Object.values(x).flatMap(pieces);
  return catalogStrings(x);
}

/**
 * English strings (the catalog's, the evidence panel's and the records-and-meetings panel's) that the
 * page's language translates differently and that show up in the page.
 */
async function englishLeftOver(page: Page, lang: string): Promise<string[]> {
  const own =
    lang === "en"
      ? []
      : [
          (await import(`../../client/src/evidence/strings-i18n/${lang}.ts`)).default,
          (await import(`../../client/src/records/strings-i18n/${lang}.ts`)).default,
        ];
  const theirs = new Set([...pieces(reporterCatalogs[lang]), ...own.flatMap(pieces)]);
  const english = [...pieces(en), ...pieces(evidenceText), ...pieces(recordsText)].filter(
    (s) => s.length > 3 && !theirs.has(s) && !/^https:/.test(s),
  );
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text (hidden parts excluded) is what a person reads
  const text = await page.evaluate(() => `${document.title}\n${document.body.innerText}`);
  return english.filter((s) => text.includes(s));
}

describe("reporter pages in the person's language", () => {
  let server: RunningServer;
  let browser: Browser;
  let close: () => Promise<void>;

  beforeAll(async () => {
    server = await startServer({ ORG_NAME: "Sprachen GmbH" });
    await enrolRecipient(server);
    ({ browser, close } = await launchChromium());
  });

  afterAll(async () => {
    await close?.();
    await server?.stop();
  });

  it("renders /report.html in German for Accept-Language de-DE, with all 24 languages on offer", async () => {
    const context = await browser.newContext({ locale: "de-DE" });
    const page = await context.newPage();
    try {
      await page.goto(`${server.url}/report.html`);
      await page.getByTestId("report-submit").and(page.locator(":enabled")).waitFor();
      expect(await page.getAttribute("html", "lang")).toBe("de");
      expect(await englishLeftOver(page, "de")).toEqual([]);
      await expectCategoriesIn(page, "de");
      const options = page.getByTestId("lang-option");
      expect(await options.count()).toBeGreaterThanOrEqual(24);
      const langs = await options.evaluateAll((as) =>
        as.map((a) => [a.getAttribute("hreflang"), a.getAttribute("lang"), a.textContent]),
      );
      expect(new Set(langs.map(([code]) => code)).size).toBe(24);
      expect(langs).toContainEqual(["pl", "pl", "Polski"]);
      expect(langs).toContainEqual(["el", "el", "Ελληνικά"]);
    } finally {
      await context.close();
    }
  });

  it("loads no staff app strings on the reporter pages, in English or German", async () => {
    // Long staff strings only: short ones ("Cancel", "Open") are shared words, not a leaked catalog.
    const staff = catalogStrings(enStaff).filter((s) => s.length > 40);
    expect(staff.length).toBeGreaterThan(100);
    for (const lang of ["en", "de"]) {
      const page = await browser.newPage();
      const scripts: Promise<string>[] = [];
      page.on("response", (r) => {
        if (r.request().resourceType() === "script") scripts.push(r.text());
      });
      try {
        await page.goto(`${server.url}/report.html?lang=${lang}`, { waitUntil: "networkidle" });
        const code = (await Promise.all(scripts)).join("\n");
        expect(code.length).toBeGreaterThan(10_000);
        expect(staff.filter((s) => code.includes(s))).toEqual([]);
      } finally {
        await page.close();
      }
    }
  });

  it("cuts no text off at 360 px in any of the 24 languages", async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    try {
      const overflowing: string[] = [];
      for (const lang of Object.keys(reporterCatalogs)) {
        for (const path of ["/report.html", "/inbox.html", "/"]) {
          await page.goto(`${server.url}${path}?lang=${lang}`);
          await page.getByTestId("lang-picker").locator("summary").click();
          for (const w of await cutOff(page)) overflowing.push(`${lang} ${path}: ${w}`);
        }
      }
      expect(overflowing).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("carries a chosen Polish through the token page and the inbox, and stores nothing", async () => {
    const context = await browser.newContext({ locale: "de-DE" });
    const page = await context.newPage();
    const urls: string[] = [];
    page.on("request", (r) => urls.push(r.url()));
    try {
      await page.goto(`${server.url}/report.html`);
      await page.getByTestId("lang-picker").locator("summary").click();
      await page.locator('[data-testid=lang-option][hreflang="pl"]').click();
      await page.waitForURL(/\/report\.html\?lang=pl$/);
      expect(await page.getAttribute("html", "lang")).toBe("pl");
      // The relationship values (content/relationships.json) are in Polish too.
      await page.getByTestId("report-submit").and(page.locator(":enabled")).waitFor();
      expect(await page.getByTestId("report-relationship").locator("option").allTextContents()).toContain(
        relationships.relationships[0]!.label.pl,
      );
      // So are the categories and their hints (content/categories.json).
      await expectCategoriesIn(page, "pl");
      // The roster check's line is in Polish, fingerprint and all.
      expect(await page.getByTestId("report-fingerprint").textContent()).toMatch(/^Odcisk klucza kanału: \S/);
      expect(await englishLeftOver(page, "pl")).toEqual([]);

      const token = await submitReport(page, "Zgłoszenie testowe dotyczące naruszenia.");
      expect(token).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){4}$/);
      expect(await page.locator("#sent-title").textContent()).toBe(reporterCatalogs.pl!.report.sentTitle);
      expect(await page.getByTestId("inbox-url").textContent()).toBe(`${server.url}/inbox.html?lang=pl`);
      expect(await englishLeftOver(page, "pl")).toEqual([]);

      await page.getByTestId("token-saved").check();
      await page.getByTestId("token-continue").click();
      // The token page opens the inbox in place; the address becomes the inbox's, in Polish.
      await page.waitForURL(/\/inbox\.html\?lang=pl$/);
      await page.getByTestId("inbox-case").waitFor({ state: "visible", timeout: 30_000 });
      expect(await page.getByTestId("inbox-status").textContent()).toBe(reporterCatalogs.pl!.status.received);
      expect(await englishLeftOver(page, "pl")).toEqual([]);

      // The inbox page itself, opened later with the token, is in Polish too.
      await page.reload();
      expect(await page.getAttribute("html", "lang")).toBe("pl");
      await page.getByTestId("inbox-token").and(page.locator(":enabled")).waitFor();
      await page.getByTestId("inbox-token").fill(token);
      await page.getByTestId("inbox-open").click();
      await page.getByTestId("inbox-case").waitFor({ state: "visible", timeout: 30_000 });
      expect(await page.getByTestId("inbox-status").textContent()).toBe(reporterCatalogs.pl!.status.received);
      await page.getByTestId("inbox-records-section").waitFor({ timeout: 30_000 });
      expect(await englishLeftOver(page, "pl")).toEqual([]);
      // Asking for a meeting: the panel answers in Polish.
      await page.getByTestId("inbox-meeting-ask").click();
      await expect
        .poll(() => page.getByTestId("inbox-meeting-state").textContent(), { timeout: 60_000 })
        .toMatch(/^Poprosiłeś o spotkanie\./);
      expect(await englishLeftOver(page, "pl")).toEqual([]);

      // The token never travels in a URL.
      const bare = token.replace(/-/g, "");
      expect(urls.filter((u) => u.includes(token) || u.toUpperCase().includes(bare))).toEqual([]);

      // Nothing of any kind is left in the origin's storage after the whole flow.
      const stored = await page.evaluate(async () => ({
        local: localStorage.length,
        session: sessionStorage.length,
        indexedDB: (await indexedDB.databases()).length,
        caches: (await caches.keys()).length,
        cookie: document.cookie,
      }));
      expect(stored).toEqual({ local: 0, session: 0, indexedDB: 0, caches: 0, cookie: "" });
      expect(await context.cookies()).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
