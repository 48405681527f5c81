/**
 * The admin console's mistakes and public pages in Debian's Chromium against the real Node server:
 * a refused profile is explained by the field's name in words (never the validator's wording), the
 * transparency preview is the public page itself, publishing asks first, and /transparency, /notice
 * and the poster have no sideways scrolling at 360 px.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./chromium";
import { enrolThroughLink } from "./helpers";
import { type RunningServer, startServer } from "./server";

const LONG_URL =
  "https://speakup.frontier-models-gmbh.example.org/reporting/channel/for-workers-contractors-and-trainees/report.html";

async function fitsAt360(page: Page, url: string): Promise<void> {
  await page.setViewportSize({ width: 360, height: 740 });
  const res = await page.goto(url);
  expect(res?.status(), url).toBe(200);
  const w = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    inner: window.innerWidth,
  }));
  expect(w.scroll, url).toBeLessThanOrEqual(w.inner);
}

describe("the admin console in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let close: () => Promise<void>;

  beforeAll(async () => {
    server = await startServer({ ORG_NAME: "Console Org" });
    ({ browser, close } = await launchChromium());
  });

  afterAll(async () => {
    await close?.();
    await server?.stop();
  });

  it("explains a refused profile in words, previews and confirms publishing, and fits a phone", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await enrolThroughLink(page, server.enrolmentLink, "ada", "Ada Admin", "orange canyon whistle 4812");
    await page.getByTestId("nav-admin").click();
    await page.getByTestId("admin-view").waitFor();
    // The console opens on its first section, at its own address; the notice has another.
    expect(await page.evaluate(() => location.hash)).toBe("#/admin/people");
    await page.getByTestId("admin-nav-notice").click();
    await page.locator('[data-testid="admin-view"][data-section="notice"]').waitFor();
    expect(await page.evaluate(() => location.hash)).toBe("#/admin/notice");

    // A profile without countries: the message names the field and says what to do.
    await page.getByTestId("notice-name").fill("Frontier Models GmbH");
    await page.getByTestId("notice-countries").fill("");
    await page.getByTestId("notice-channel-url").fill(LONG_URL);
    // Address fields take the form's width, not a browser's default 20 characters.
    const urlWidth = await page
      .getByTestId("notice-channel-url")
      .evaluate((e) => e.getBoundingClientRect().width);
    expect(urlWidth).toBeGreaterThan(400);
    await page.getByTestId("notice-policy-url").fill("https://example.org/policy");
    await page.getByTestId("notice-impartial-name").fill("Integrity Office");
    await page.getByTestId("notice-impartial-contact").fill("integrity@example.org");
    await page.getByTestId("notice-save-profile").click();
    const error = page.getByTestId("notice-profile-error");
    await expect
      .poll(() => error.textContent(), { timeout: 30_000 })
      .toMatch(/Countries where you have workers/);
    const text = (await error.textContent()) ?? "";
    expect(text).toMatch(/two-letter country code/);
    expect(text).not.toMatch(/Field '|Invalid|Expected|received/);
    expect(await page.getByTestId("notice-countries").getAttribute("aria-invalid")).toBe("true");

    // Corrected, saved, frozen and approved.
    await page.getByTestId("notice-countries").fill("DE, FR");
    await page.getByTestId("notice-save-profile").click();
    await expect.poll(() => page.getByTestId("notice-profile-saved").textContent()).toMatch(/saved/i);
    await page.getByTestId("notice-new-version").click();
    await page.getByTestId("notice-approve").click({ timeout: 30_000 });
    await expect
      .poll(() => page.locator('[data-testid="notice-version"]').first().getAttribute("data-approved"), {
        timeout: 30_000,
      })
      .toBe("true");

    // The profile is the one home of the organisation's name: the settings show the same name.
    await page.getByTestId("admin-nav-settings").click();
    await expect
      .poll(() => page.getByTestId("settings-org-name").textContent(), { timeout: 30_000 })
      .toContain("Frontier Models GmbH");

    // Transparency has its own address; back and forward move between the sections.
    await page.getByTestId("admin-nav-transparency").click();
    await page.locator('[data-testid="admin-view"][data-section="transparency"]').waitFor();
    await page.goBack();
    await page.locator('[data-testid="admin-view"][data-section="settings"]').waitFor();
    await page.goForward();
    await page.locator('[data-testid="admin-view"][data-section="transparency"]').waitFor();
    expect(await page.evaluate(() => location.hash)).toBe("#/admin/transparency");

    // The preview is the public page for the period, marked as not published.
    const href = (await page.getByTestId("transparency-preview").getAttribute("href")) ?? "";
    expect(href).toMatch(/^\/api\/admin\/transparency\/preview\.html\?from=\d{4}-01-01&to=\d{4}-12-31$/);
    const previewPage = await context.newPage();
    await previewPage.goto(`${server.url}${href}`);
    expect(await previewPage.locator("html").getAttribute("lang")).toBe("en");
    expect(await previewPage.locator("body").textContent()).toContain("Preview: not published");
    expect(await previewPage.locator("body").textContent()).toContain("fewer than 5");
    await previewPage.close();

    // Publishing asks first; nothing is public before the confirmation.
    await page.getByTestId("transparency-publish").click();
    await page.getByTestId("transparency-publish-confirm").waitFor();
    expect(await page.getByTestId("transparency-publish-question").textContent()).toMatch(
      /cannot be changed/,
    );
    expect((await page.request.get(`${server.url}/transparency`)).status()).toBe(404);
    await page.getByTestId("transparency-publish-confirm").click();
    await expect
      .poll(() => page.getByTestId("transparency-published").textContent(), { timeout: 30_000 })
      .toMatch(/Published/);

    // The public pages at 360 px.
    const phone = await context.newPage();
    await fitsAt360(phone, `${server.url}/transparency`);
    expect(await phone.locator("html").getAttribute("lang")).toBe("en");
    const body = (await phone.locator("body").textContent()) ?? "";
    expect(body).toContain("fewer than 5 ¹");
    expect(body).toContain("¹ Fewer than 5");
    await fitsAt360(phone, `${server.url}/notice`);
    expect(await phone.locator("body").textContent()).toContain(LONG_URL.slice(0, 40));
    await fitsAt360(phone, `${server.url}/notice/poster`);
    await fitsAt360(phone, `${server.url}/report.html`);
    await context.close();
  });
});
