/**
 * Reflow at 400 % zoom (WCAG 1.4.10): a 1280 × 1024 window at 400 % is a 320 × 256 CSS px viewport. Every
 * step of the loop, the reporting person's and the handler's, in Chromium against the real Node server:
 * the page never scrolls sideways, and no control lies outside the viewport (a data table may scroll
 * inside its own box, which the criterion allows for two-dimensional content).
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./chromium";
import { enrolThroughLink } from "./helpers";
import { submitReport } from "./reporter-helpers";
import { type RunningServer, startServer } from "./server";

const PASSPHRASE = "four hundred percent zoom";

/** What breaks reflow on the page as shown: sideways scrolling, and controls outside the viewport. */
function reflowProblems(page: Page, where: string): Promise<string[]> {
  return page.evaluate((where) => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1)
      problems.push(`${where}: the page is ${root.scrollWidth} px wide, ${root.clientWidth} px shown`);
    const scrollsInside = (el: Element): boolean => {
      for (let p = el.parentElement; p; p = p.parentElement) {
        const overflow = getComputedStyle(p).overflowX;
        if ((overflow === "auto" || overflow === "scroll") && p.scrollWidth > p.clientWidth) return true;
      }
      return false;
    };
    const controls = document.querySelectorAll(
      "button, input, select, textarea, a[href], summary, [tabindex]",
    );
    for (const el of controls) {
      const box = el.getBoundingClientRect();
      // Not rendered, or parked off-screen until focused (the skip link).
      if ((box.width === 0 && box.height === 0) || el.classList.contains("skip")) continue;
      if (scrollsInside(el)) continue;
      if (box.left < -1 || box.right > root.clientWidth + 1)
        problems.push(
          `${where}: ${el.tagName.toLowerCase()} ${el.getAttribute("data-testid") ?? el.id} spans ${Math.round(box.left)}..${Math.round(box.right)} px`,
        );
    }
    return problems;
  }, where);
}

describe("reflow at 400 % zoom (320 CSS px)", () => {
  let server: RunningServer;
  let browser: Browser;
  let close: () => Promise<void>;

  beforeAll(async () => {
    server = await startServer({ ORG_NAME: "Reflow Org" });
    ({ browser, close } = await launchChromium());
    const page = await browser.newPage();
    await enrolThroughLink(page, server.enrolmentLink, "rhea", "Rhea Handler", PASSPHRASE);
    await page.close();
  });

  afterAll(async () => {
    await close?.();
    await server?.stop();
  });

  it("loses nothing on any step of the loop", async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 256 } });
    const page = await context.newPage();
    const found: string[] = [];
    try {
      await page.goto(`${server.url}/`);
      found.push(...(await reflowProblems(page, "home")));
      await page.goto(`${server.url}/report.html`);
      await page.getByTestId("report-submit").and(page.locator(":enabled")).waitFor();
      await page.getByTestId("lang-picker").locator("summary").click();
      found.push(...(await reflowProblems(page, "report form")));

      await submitReport(page, "Reflow check at four hundred percent.");
      await page.getByTestId("token-spell").locator("summary").click();
      found.push(...(await reflowProblems(page, "token page")));
      await page.getByTestId("token-saved").check();
      await page.getByTestId("token-continue").click();
      await page.getByTestId("inbox-case").waitFor({ state: "visible", timeout: 30_000 });
      found.push(...(await reflowProblems(page, "inbox")));

      await page.goto(`${server.url}/notice`);
      found.push(...(await reflowProblems(page, "notice")));

      await page.goto(`${server.url}/handler.html`);
      await page.getByTestId("signin-submit").waitFor();
      found.push(...(await reflowProblems(page, "sign-in")));
      await page.getByTestId("signin-handle").fill("rhea");
      await page.getByTestId("signin-passphrase").fill(PASSPHRASE);
      await page.getByTestId("signin-submit").click();
      await page.getByTestId("triage-row").first().waitFor({ timeout: 60_000 });
      found.push(...(await reflowProblems(page, "triage")));
      await page.getByTestId("triage-open").first().click();
      await page.getByTestId("case-report").waitFor({ timeout: 30_000 });
      found.push(...(await reflowProblems(page, "case")));
      expect(found).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
