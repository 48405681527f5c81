/**
 * Second-admin approval in Debian's Chromium against the real Node server (issue 11, "Admin powers"):
 * with one admin a new admin's link works at once (and the console says why); with two, giving a
 * person the handler role waits until the other admin approves it with their passphrase in the
 * console, and then the handler already on the channel sees who can now read its reports.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./chromium";
import { enrolThroughLink } from "./helpers";
import { type RunningServer, startServer } from "./server";

const ADA = "orange canyon whistle 4812";
const BEN = "silver harbour lantern 9931";

async function openAdmin(page: Page): Promise<void> {
  await page.getByTestId("nav-admin").click();
  await page.getByTestId("admin-view").waitFor({ timeout: 30_000 });
}

describe("second-admin approval in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let close: () => Promise<void>;

  beforeAll(async () => {
    server = await startServer({ ORG_NAME: "Approval Org" });
    ({ browser, close } = await launchChromium());
  });

  afterAll(async () => {
    await close?.();
    await server?.stop();
  });

  it("applies at once with one admin, and waits for the second admin's approval with two", async () => {
    const ada = await (await browser.newContext()).newPage();
    await enrolThroughLink(ada, server.enrolmentLink, "ada", "Ada Admin", ADA);
    await openAdmin(ada);
    expect(await ada.getByTestId("admin-pending-rule").textContent()).toMatch(/only admin.*at once/);

    // One admin: a link for a second admin (on the default channel, not yet a handler) works at once.
    await ada.locator('[data-testid="admin-enrol-role"][data-role="handler"]').uncheck();
    await ada.locator('[data-testid="admin-enrol-role"][data-role="admin"]').check();
    await ada.locator('[data-testid="admin-enrol-channel"][data-channel-id="default"]').check();
    await ada.getByTestId("admin-enrol-submit").click();
    const link = (await ada.getByTestId("admin-enrol-link").textContent({ timeout: 30_000 })) ?? "";
    expect(await ada.getByTestId("admin-enrol-waiting").count()).toBe(0);

    const ben = await (await browser.newContext()).newPage();
    await enrolThroughLink(ben, link, "ben", "Ben Second", BEN);

    // Two admins: Ada makes Ben a handler; it waits.
    await openAdmin(ada);
    const row = ada.locator('[data-testid="admin-person-row"][data-handle="ben"]');
    await row.locator('[data-testid="admin-person-role"][data-role="handler"]').check();
    await row.getByTestId("admin-person-save").click();
    await expect
      .poll(() => ada.getByTestId("admin-status").textContent(), { timeout: 30_000 })
      .toMatch(/another admin must approve/);
    const benId = (await row.getAttribute("data-person-id")) ?? "";
    expect(
      await ada
        .locator('[data-testid="admin-person-row"][data-handle="ben"] [data-role="handler"]')
        .isChecked(),
    ).toBe(false);
    const mine = ada.locator('[data-testid="admin-pending-item"][data-kind="roles"]');
    expect(await mine.getByTestId("admin-pending-approve").isHidden()).toBe(true);

    // Ben approves in his console with his passphrase.
    await openAdmin(ben);
    const item = ben.locator(`[data-testid="admin-pending-item"][data-kind="roles"][data-target="${benId}"]`);
    await item.waitFor();
    await ben.getByTestId("confirm-passphrase").fill(BEN);
    await item.getByTestId("admin-pending-approve").click();
    await expect
      .poll(() => ben.getByTestId("admin-status").textContent(), { timeout: 60_000 })
      .toMatch(/Approved and applied/);
    await ben.getByTestId("admin-pending-none").waitFor();
    expect(
      await ben
        .locator('[data-testid="admin-person-row"][data-handle="ben"] [data-role="handler"]')
        .isChecked(),
    ).toBe(true);

    // Ada, a handler on the channel, is told in the app who can now read its reports.
    await ada.getByTestId("nav-cases").click();
    const notice = ada.locator(`[data-testid="staff-notice"][data-reader-id="${benId}"]`);
    await notice.waitFor({ timeout: 30_000 });
    expect(await notice.textContent()).toMatch(/Ben Second \(ben\) can now read reports/);
    await notice.getByTestId("staff-notice-dismiss").click();
    await expect.poll(() => ada.getByTestId("staff-notices").count()).toBe(0);
  });
});
