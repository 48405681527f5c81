/**
 * The signed receipt (Directive Art. 21(5)) in Debian's Chromium against the real Node server: the
 * reporting person downloads it from the token page and from the inbox, nothing about it stays in the
 * browser's storage, and the checker page, saved as one file, verifies it with no server and no network
 * and rejects it after one byte changes.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Download, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fingerprintOf, verifyReceipt } from "../../crypto/index";
import { launchChromium } from "./chromium";
import { enrolRecipient, submitReport } from "./reporter-helpers";
import { type RunningServer, startServer } from "./server";

async function downloadOf(page: Page, click: () => Promise<void>): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), click()]);
  return download;
}

describe("signed receipt in the browser", () => {
  let server: RunningServer;
  let browser: Browser;
  let close: () => Promise<void>;
  const dir = mkdtempSync(join(tmpdir(), "oc-receipt-browser-"));

  beforeAll(async () => {
    server = await startServer({ ORG_NAME: "Receipt Org" });
    await enrolRecipient(server);
    ({ browser, close } = await launchChromium());
  }, 180_000);

  afterAll(async () => {
    await close?.();
    await server?.stop();
  });

  it("downloads from the token page and the inbox, and a saved checker verifies it offline", async () => {
    const published = (await (await fetch(`${server.url}/api/receipt-key`)).json()) as { key: string };
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${server.url}/report.html`);
    await submitReport(page, "A report that needs a receipt.");

    const fromToken = await downloadOf(page, () => page.getByTestId("receipt-download").click());
    expect(fromToken.suggestedFilename()).toMatch(/^receipt-\d{4}-\d{2}-\d{2}\.json$/);
    const receiptFile = join(dir, "receipt.json");
    await fromToken.saveAs(receiptFile);
    const receipt = readFileSync(receiptFile, "utf8");
    const verified = verifyReceipt(receipt, published.key);
    expect(verified.facts.organisation).toBe("Receipt Org");
    expect(verified.facts.acknowledgedOn).toBeNull();

    // The inbox offers the same, as the case stands.
    await page.getByTestId("token-saved").check();
    await page.getByTestId("token-continue").click();
    await page.getByTestId("inbox-case").waitFor({ timeout: 60_000 });
    await page.locator("details.legal-dates summary").click();
    const fromInbox = await downloadOf(page, () =>
      page.getByTestId("inbox-case").getByTestId("receipt-download").click(),
    );
    const inboxFile = join(dir, "inbox-receipt.json");
    await fromInbox.saveAs(inboxFile);
    expect(verifyReceipt(readFileSync(inboxFile, "utf8"), published.key).facts.caseRefHash).toBe(
      verified.facts.caseRefHash,
    );
    // Nothing about the receipt (or anything else) is kept in the browser's storage.
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);

    // The checker served by the channel, then saved as one file.
    const checker = await context.newPage();
    await checker.goto(`${server.url}/verify-receipt.html`);
    await expect
      .poll(() => checker.getByTestId("receipt-key").inputValue())
      .toBe(fingerprintOf(published.key));
    await checker.getByTestId("receipt-file").setInputFiles(receiptFile);
    await checker.getByTestId("receipt-valid").waitFor();
    const saved = await downloadOf(checker, () => checker.getByTestId("receipt-save-offline").click());
    const offlinePage = join(dir, "verify-receipt.html");
    await saved.saveAs(offlinePage);
    await context.close();

    // Offline: a new browser context with no network at all, the page opened from the disk.
    const offline = await browser.newContext({ offline: true });
    const requests: string[] = [];
    offline.on("request", (r) => {
      if (!r.url().startsWith("file:")) requests.push(r.url());
    });
    const local = await offline.newPage();
    await local.goto(`file://${offlinePage}`);
    expect(await local.getByTestId("receipt-key").inputValue()).toBe(fingerprintOf(published.key));
    await local.getByTestId("receipt-file").setInputFiles(receiptFile);
    await local.getByTestId("receipt-valid").waitFor();
    expect(await local.getByTestId("receipt-facts").textContent()).toContain("Receipt Org");

    // One byte changed: a digit of the day received, inside the signed statement.
    const at = receipt.indexOf(verified.facts.receivedOn) + 9;
    const digit = receipt[at] === "1" ? "2" : "1";
    const changed = join(dir, "changed.json");
    writeFileSync(changed, `${receipt.slice(0, at)}${digit}${receipt.slice(at + 1)}`);
    await local.getByTestId("receipt-file").setInputFiles(changed);
    await local.getByTestId("receipt-invalid").waitFor();
    expect(await local.getByTestId("receipt-invalid").textContent()).toContain("signature does not verify");
    expect(requests).toEqual([]);
    await offline.close();
  }, 240_000);
});
