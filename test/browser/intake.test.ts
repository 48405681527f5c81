/**
 * The intake a worker can finish, in Debian's Chromium against the real Node server: grouped categories
 * with "not sure" first, a warning before a written report is lost, the token page going straight on
 * to the inbox without the token being typed, the inbox's newest-first thread and plain status, and no
 * sideways scrolling at 360 px.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./chromium";
import { enrolThroughLink } from "./helpers";
import { type RunningServer, startServer } from "./server";

const PASSPHRASE = "amber meadow lantern 5531";
const ORG = "Intake Test Organisation";

async function noSidewaysScroll(page: Page): Promise<{ scrollWidth: number; innerWidth: number }> {
  return page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
}

async function formReady(page: Page): Promise<void> {
  await expect.poll(() => page.getByTestId("report-submit").isEnabled(), { timeout: 30_000 }).toBe(true);
}

describe("the intake in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let close: () => Promise<void>;

  beforeAll(async () => {
    server = await startServer({ ORG_NAME: ORG, ORG_JURISDICTION: "DE" });
    ({ browser, close } = await launchChromium());
    const page = await browser.newPage();
    await enrolThroughLink(page, server.enrolmentLink, "hana", "Hana Handler", PASSPHRASE);
    await page.close();
  });

  afterAll(async () => {
    await close?.();
    await server?.stop();
  });

  it("groups the categories, puts 'not sure' first and shows only the organisation's national law", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/report.html`);
    await formReady(page);
    const groups = await page
      .getByTestId("report-category")
      .locator("optgroup")
      .evaluateAll((gs) =>
        gs.map((g) => ({
          label: (g as HTMLOptGroupElement).label,
          ids: [...g.querySelectorAll("option")].map((o) => o.value),
          hints: [...g.querySelectorAll("option")].map((o) => o.title),
        })),
      );
    expect(groups.length).toBeGreaterThanOrEqual(2);
    expect(groups[0]?.label).toBe("Something else / not sure");
    expect(groups[0]?.ids[0]).toBe("other-not-sure");
    const labels = groups.map((g) => g.label);
    expect(labels).toContain("Breaches of EU law");
    expect(labels).toContain("AI safety and fundamental rights");
    const national = groups.flatMap((g) => g.ids).filter((id) => id.startsWith("national-"));
    expect(national).toEqual(["national-de"]);
    // Every option has its one-line hint.
    for (const g of groups) for (const [i, hint] of g.hints.entries()) expect(hint, g.ids[i]).not.toBe("");
    // One click picks "not sure".
    await page.getByTestId("report-not-sure").click();
    expect(await page.getByTestId("report-category").inputValue()).toBe("other-not-sure");
    await page.close();
  });

  it("warns before a written report is lost", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/report.html`);
    await formReady(page);
    await page.getByTestId("report-what").fill("Half a report");
    const dialogs: string[] = [];
    page.on("dialog", async (d) => {
      dialogs.push(d.type());
      await d.dismiss();
    });
    await page.getByRole("link", { name: "Home" }).click();
    await expect.poll(() => dialogs).toContain("beforeunload");
    expect(new URL(page.url()).pathname).toBe("/report.html");
    await page.close();
  });

  it("goes from the token to the inbox without typing it, and shows what to do", async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${server.url}/report.html`);
    await formReady(page);
    expect((await noSidewaysScroll(page)).scrollWidth).toBeLessThanOrEqual(360);
    // Progress sits next to the button; the authorities wait behind a <details> after it.
    expect(await page.locator(".submit-row [data-testid=report-status]").count()).toBe(1);
    expect(await page.locator("details.elsewhere [data-testid=report-external]").count()).toBe(1);
    expect(await page.locator("details.elsewhere").getAttribute("open")).toBeNull();

    await page.getByTestId("report-category").selectOption("other-not-sure");
    await page.getByTestId("report-what").fill("The intake walk");
    await page.getByTestId("report-submit").click();
    await page.getByTestId("token-display").waitFor({ timeout: 60_000 });
    expect(await page.getByTestId("receipt-org").textContent()).toBe(ORG);
    expect(await page.getByTestId("report-received-on").getAttribute("datetime")).toMatch(
      /^\d{4}-\d{2}-\d{2}$/,
    );
    expect(await page.getByTestId("report-ack-by").textContent()).toMatch(/\d/);
    expect(await page.getByTestId("report-feedback-by").textContent()).toMatch(/\d/);
    expect((await noSidewaysScroll(page)).scrollWidth).toBeLessThanOrEqual(360);

    await page.getByTestId("token-saved").check();
    await page.getByTestId("token-continue").click();
    await page.getByTestId("inbox-case").waitFor({ state: "visible", timeout: 60_000 });
    expect(await page.getByTestId("inbox-token").count()).toBe(0);
    expect(new URL(page.url()).pathname).toBe("/inbox.html");
    // The token left the page when the inbox opened: nothing of it is in the DOM.
    expect(await page.getByTestId("token-panel").isHidden()).toBe(true);
    expect(await page.getByTestId("token-display").textContent()).toBe("");
    await expect
      .poll(() => page.locator("[data-testid=report-field][data-field=whatHappened]").textContent())
      .toBe("The intake walk");
    expect(await page.getByTestId("inbox-todo").textContent()).toMatch(/Nothing to do now/);
    expect(await page.locator("details.legal-dates").getAttribute("open")).toBeNull();
    expect(await page.getByTestId("inbox-dates-summary").textContent()).toMatch(/Feedback due by/);
    expect((await noSidewaysScroll(page)).scrollWidth).toBeLessThanOrEqual(360);

    // A reply comes first in the thread, above the report.
    await page.getByTestId("inbox-reply").fill("A second thought");
    await page.getByTestId("inbox-send").click();
    await expect
      .poll(() => page.getByTestId("thread-entry").first().getAttribute("data-kind"), { timeout: 30_000 })
      .toBe("message");
    expect(await page.getByTestId("thread-entry").last().getAttribute("data-kind")).toBe("report");
    await page.close();
  });

  it("has no sideways scrolling at 360 px on the inbox page and the notice", async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    for (const path of ["/inbox.html", "/notice"]) {
      await page.goto(`${server.url}${path}`, { waitUntil: "networkidle" });
      const { scrollWidth, innerWidth } = await noSidewaysScroll(page);
      expect(scrollWidth, path).toBeLessThanOrEqual(innerWidth);
    }
    await page.close();
  });
});
