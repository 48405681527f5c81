/**
 * The whole loop with the keyboard alone, in Chromium against the real Node server: the reporting person
 * in Polish (report, token, inbox, reply), then the handler (sign-in, triage, case, acknowledgement,
 * reply). Tab to each control, type, Space and Enter; focus goes to every error and to each new step.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./chromium";
import { enrolThroughLink } from "./helpers";
import { type RunningServer, startServer } from "./server";

/** Presses Tab until the element with this test id has focus (fails after 120 presses). */
async function tabTo(page: Page, testid: string): Promise<void> {
  for (let i = 0; i < 120; i++) {
    if (await page.evaluate((id) => document.activeElement?.getAttribute("data-testid") === id, testid))
      return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${testid}`);
}

const focusedId = (page: Page): Promise<string | null> =>
  page.evaluate(
    () => document.activeElement?.id || document.activeElement?.getAttribute("data-testid") || null,
  );

const PASSPHRASE = "keyboard only walk 2026";

describe("keyboard only", () => {
  let server: RunningServer;
  let browser: Browser;
  let close: () => Promise<void>;

  beforeAll(async () => {
    server = await startServer({ ORG_NAME: "Keyboard Org" });
    ({ browser, close } = await launchChromium());
    // Through the enrolment page, with the real KDF, so the handler can sign in later in the loop.
    const page = await browser.newPage();
    await enrolThroughLink(page, server.enrolmentLink, "hana", "Hana Handler", PASSPHRASE);
    await page.close();
  });

  afterAll(async () => {
    await close?.();
    await server?.stop();
  });

  it("reports, saves the token, opens the inbox and replies, with focus on every error and step", async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${server.url}/report.html?lang=pl`);
      await page.getByTestId("report-submit").and(page.locator(":enabled")).waitFor();

      // Sending an empty form puts focus on what is missing.
      await tabTo(page, "report-submit");
      await page.keyboard.press("Enter");
      await expect.poll(() => focusedId(page)).toMatch(/category|report-error/);

      await tabTo(page, "report-category");
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("ArrowDown");
      expect(await page.getByTestId("report-category").inputValue()).not.toBe("");
      await tabTo(page, "report-what");
      await page.keyboard.type("Zgłoszenie wpisane wyłącznie z klawiatury.");
      await tabTo(page, "report-submit");
      await page.keyboard.press("Enter");

      // The token page takes focus.
      await page.getByTestId("token-display").waitFor({ timeout: 60_000 });
      await expect.poll(() => focusedId(page)).toBe("sent-title");
      const token = (await page.getByTestId("token-display").textContent()) ?? "";
      expect(token).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){4}$/);

      await tabTo(page, "token-saved");
      await page.keyboard.press("Space");
      await tabTo(page, "token-continue");
      await page.keyboard.press("Enter");

      // The opened inbox takes focus.
      await page.getByTestId("inbox-case").waitFor({ state: "visible", timeout: 30_000 });
      await expect.poll(() => focusedId(page)).toBe("case-title");

      await tabTo(page, "inbox-reply");
      await page.keyboard.type("Odpowiedź z klawiatury.");
      await tabTo(page, "inbox-send");
      await page.keyboard.press("Enter");
      await expect
        .poll(() => page.getByTestId("thread-text").allTextContents(), { timeout: 30_000 })
        .toContain("Odpowiedź z klawiatury.");

      // A mistyped token on the inbox page: the error takes focus (on the field it describes).
      await page.goto(`${server.url}/inbox.html?lang=pl`);
      await page.getByTestId("inbox-token").and(page.locator(":enabled")).waitFor();
      await tabTo(page, "inbox-token");
      await page.keyboard.type(`${token.slice(0, -1)}${token.endsWith("0") ? "1" : "0"}`);
      await page.keyboard.press("Enter");
      await expect.poll(() => focusedId(page)).toBe("token");
      expect(await page.getByTestId("inbox-token").getAttribute("aria-invalid")).toBe("true");
    } finally {
      await page.close();
    }
  });
  it("signs the handler in, opens the case from triage, acknowledges and replies, focus following", async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${server.url}/handler.html`);
      await page.getByTestId("signin-submit").waitFor();
      await tabTo(page, "signin-handle");
      await page.keyboard.type("hana");
      await tabTo(page, "signin-passphrase");
      await page.keyboard.type(PASSPHRASE);
      await page.keyboard.press("Enter");

      // Triage: the report from the reporting person's walk is the first row.
      await page.getByTestId("triage-row").first().waitFor({ timeout: 60_000 });
      await tabTo(page, "triage-open");
      await page.keyboard.press("Enter");
      await page.getByTestId("case-report").waitFor({ timeout: 30_000 });
      await expect.poll(() => focusedId(page)).toBe("case-ref");

      // Acknowledgement: the prefilled message, sent with Enter on the button; the notice takes focus.
      await tabTo(page, "case-acknowledge");
      await page.keyboard.press("Enter");
      await page.getByTestId("case-acknowledged-on").waitFor({ timeout: 30_000 });
      await expect.poll(() => focusedId(page)).toBe("case-notice");

      // A reply typed and sent from the keyboard.
      await tabTo(page, "case-message");
      await page.keyboard.type("Odpowiedź zespołu, wpisana z klawiatury.");
      await tabTo(page, "case-reply");
      await page.keyboard.press("Enter");
      await expect
        .poll(() => page.getByTestId("thread-text").allTextContents(), { timeout: 30_000 })
        .toContain("Odpowiedź zespołu, wpisana z klawiatury.");
      await expect.poll(() => focusedId(page)).toBe("case-notice");

      // Every step kept a visible focus indicator: the focused control draws an outline.
      const outline = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el ? getComputedStyle(el).outlineStyle : "none";
      });
      expect(outline).not.toBe("none");
    } finally {
      await page.close();
    }
  });
});
