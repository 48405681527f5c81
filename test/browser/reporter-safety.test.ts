/**
 * The reporting person on Tor Browser and on a shared device, in Debian's Chromium against the real Node
 * server: the loop works with no JIT and no WebAssembly (Tor Browser's "Safer" level); with no JavaScript
 * ("Safest") every reporter page explains why and lists the external channels as plain links; "leave
 * quickly" leaves nothing on screen or behind the Back button.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reporterCatalogs } from "../../client/src/i18n/all-catalogs";
import { launchChromium } from "./chromium";
import { enrolRecipient, submitReport } from "./reporter-helpers";
import { type RunningServer, startServer } from "./server";

const SENTINEL = "LEAVE-SENTINEL-7f3a";

describe("reporter pages on Tor and on a shared device", () => {
  let server: RunningServer;
  let browser: Browser;
  let close: () => Promise<void>;

  beforeAll(async () => {
    server = await startServer({ ORG_NAME: "Safety Org" });
    await enrolRecipient(server);
    ({ browser, close } = await launchChromium());
  });

  afterAll(async () => {
    await close?.();
    await server?.stop();
  });

  it("gets a token with no JIT and no WebAssembly (Tor Browser 'Safer')", async () => {
    const jitless = await launchChromium(["--js-flags=--jitless --noexpose-wasm"]);
    try {
      const page = await jitless.browser.newPage();
      await page.goto(`${server.url}/report.html`);
      expect(await page.evaluate(() => typeof (globalThis as { WebAssembly?: unknown }).WebAssembly)).toBe(
        "undefined",
      );
      const started = Date.now();
      const token = await submitReport(page, "Reported from a browser without JIT or WebAssembly.");
      const ms = Date.now() - started;
      expect(token).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){4}$/);
      // The figure for the closing note (bench/ has the measured comparison); not a gate.
      console.log(`jitless, no WebAssembly: fill + submit to token in ${ms} ms`);
    } finally {
      await jitless.close();
    }
  });

  for (const lang of ["en", "de"]) {
    it(`explains, without JavaScript, why it is needed and where else to report (${lang})`, async () => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      const t = reporterCatalogs[lang]!;
      try {
        for (const path of ["/report.html", "/inbox.html"]) {
          await page.goto(`${server.url}${path}?lang=${lang}`);
          const box = page.getByTestId("noscript");
          expect(await box.isVisible()).toBe(true);
          const text = (await box.textContent()) ?? "";
          expect(text).toContain(t.common.noscript);
          expect(text).toContain(t.common.noscriptAllow);
          const links = await page
            .getByTestId("noscript-external")
            .locator("a")
            .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
          expect(links.length).toBeGreaterThan(20);
          expect(links.every((h) => h.startsWith("https://"))).toBe(true);
          expect(links.some((h) => h.includes("ai-act-whistleblower"))).toBe(true);
          // The picker and "leave quickly" are plain links: they work without a script too.
          expect(await page.getByTestId("lang-option").count()).toBe(24);
          expect(await page.getByTestId("leave-quickly").getAttribute("href")).toBe("about:blank");
        }
      } finally {
        await context.close();
      }
    });
  }

  it("leaves quickly: an empty page, and Back shows nothing that was typed", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(`${server.url}/report.html`);
      await page.getByTestId("report-what").and(page.locator(":enabled")).waitFor();
      await page.getByTestId("report-what").fill(SENTINEL);
      await page.getByTestId("leave-quickly").click();
      await page.waitForURL("about:blank");
      expect(await page.evaluate(() => document.body?.textContent ?? "")).toBe("");
      await page.goBack().catch(() => undefined);
      // Whatever Back brings (an earlier page, or this one again), the typed words are gone.
      const shown = await page.evaluate(() =>
        [...document.querySelectorAll("textarea, input")].map((f) => (f as HTMLInputElement).value).join(" "),
      );
      expect(shown).not.toContain(SENTINEL);
      expect(await page.content()).not.toContain(SENTINEL);
      const stored = await page.evaluate(async () =>
        location.protocol.startsWith("http")
          ? localStorage.length + sessionStorage.length + (await indexedDB.databases()).length
          : 0,
      );
      expect(stored).toBe(0);
      expect(await context.cookies()).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("shows no token after the token page is left and Back is pressed", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(`${server.url}/report.html`);
      const token = await submitReport(page, "Back button check.");
      await page.getByTestId("token-saved").check();
      await page.getByTestId("token-continue").click();
      await page.getByTestId("inbox-case").waitFor({ state: "visible", timeout: 30_000 });
      await page.goto(`${server.url}/notice`);
      await page.goBack();
      await page.waitForLoadState();
      expect(await page.content()).not.toContain(token.split("-")[1]!);
    } finally {
      await context.close();
    }
  });
});
