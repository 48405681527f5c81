/**
 * The admin's annual notice in Chromium against the real Node server: fill the organisation profile,
 * freeze a version, approve it, record an issue; the dashboard then shows the issue and the next due
 * date, and the public notice page serves the approved text.
 */

import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./chromium";
import { type RunningServer, startServer } from "./server";

describe("the annual notice in the admin view", () => {
  let server: RunningServer;
  let browser: Browser;
  let close: () => Promise<void>;

  beforeAll(async () => {
    server = await startServer({ ORG_NAME: "Notice UI Org" });
    ({ browser, close } = await launchChromium());
  });

  afterAll(async () => {
    await close?.();
    await server?.stop();
  });

  it("takes the profile, approves a version, records an issue and shows when the next is due", async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(server.enrolmentLink);
    await page.getByTestId("enrol-handle").fill("admin");
    await page.getByTestId("enrol-display-name").fill("Ada Admin");
    await page.getByTestId("enrol-passphrase").fill("orange canyon whistle 4812");
    await page.getByTestId("enrol-passphrase-repeat").fill("orange canyon whistle 4812");
    await page.getByTestId("enrol-submit").click();
    await page.getByTestId("nav-admin").click({ timeout: 60_000 });
    await page.getByTestId("admin-view").waitFor();
    await page.getByTestId("admin-nav-notice").click();
    await expect
      .poll(() => page.getByTestId("notice-status").getAttribute("data-state"))
      .toBe("never-issued");

    await page.getByTestId("notice-name").fill("Frontier Models GmbH");
    await page.getByTestId("notice-countries").fill("DE, FR");
    await page.getByTestId("notice-channel-url").fill("https://speakup.example.org/report.html");
    await page.getByTestId("notice-policy-url").fill("https://example.org/policy");
    await page.getByTestId("notice-impartial-name").fill("Integrity Office");
    await page.getByTestId("notice-impartial-contact").fill("integrity@example.org");
    // A machine-draft language is marked, and ticking it warns before anything is saved or published.
    const warning = page.getByTestId("notice-draft-warning");
    const pl = page.locator('[data-testid="notice-language"][value="pl"]');
    expect(await page.getByTestId("notice-language").count()).toBe(24);
    await pl.setChecked(false);
    expect(await warning.isVisible()).toBe(false);
    await pl.setChecked(true);
    expect(await warning.isVisible()).toBe(true);
    expect(await warning.textContent()).toMatch(/\bPL\b/);
    await page.getByTestId("notice-save-profile").click();
    await expect.poll(() => page.getByTestId("notice-profile-saved").textContent()).toMatch(/saved/i);

    await page.getByTestId("notice-new-version").click();
    // The version waiting for approval is in a draft language: the warning stands by the Approve button.
    const approveWarning = page.getByTestId("notice-approve-draft-warning");
    await approveWarning.waitFor({ timeout: 30_000 });
    expect(await approveWarning.textContent()).toMatch(/\bPL\b/);
    await page.getByTestId("notice-approve").click({ timeout: 30_000 });
    await expect
      .poll(() => page.locator('[data-testid="notice-version"]').first().getAttribute("data-approved"), {
        timeout: 30_000,
      })
      .toBe("true");

    await page.getByTestId("notice-issue-channel").fill("e-mail to all staff");
    await page.getByTestId("notice-issue-audience").fill("120");
    await page.getByTestId("notice-issue-record").click();
    await expect
      .poll(() => page.getByTestId("notice-status").getAttribute("data-state"), { timeout: 30_000 })
      .toBe("ok");
    expect(await page.getByTestId("notice-log-row").count()).toBe(1);
    // Days show in the page's locale; the machine-readable day is the <time> element's datetime.
    const due = (await page.getByTestId("notice-due-on").locator("time").getAttribute("datetime")) ?? "";
    const issued =
      (await page.getByTestId("notice-last-issued").locator("time").getAttribute("datetime")) ?? "";
    expect(await page.getByTestId("notice-due-on").textContent()).not.toBe(due);
    expect(Number(due.slice(0, 4))).toBe(Number(issued.slice(0, 4)) + 1);

    const notice = await page.request.get(`${server.url}/notice?lang=de`);
    expect(notice.status()).toBe(200);
    expect(await notice.text()).toContain("Frontier Models GmbH");
    expect(errors).toEqual([]);
    await page.close();
  });
});
