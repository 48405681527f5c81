/**
 * The handler's workbench in Debian's Chromium against the real Node server with a real SMTP server on
 * loopback: a content-free mail about a new report, the triage marking a case the reporting person
 * wrote in since the handler last opened it (and a second mail about that), the case view's two
 * regions with one form per action, a confirmation before feedback, no outcome chosen in advance,
 * no jump to the top after an action, and a triage without sideways scrolling at 360 px.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Sink, startSink } from "../server/mail/sink";
import { launchChromium } from "./chromium";
import { enrolThroughLink } from "./helpers";
import { type RunningServer, startServer } from "./server";

const PASSPHRASE = "copper harbour violin 7720";
const ADDRESS = "hana@example.org";
const WHAT = "Workbench walk: the model card omits the red-team results";

async function showTriage(page: Page): Promise<void> {
  await page.getByTestId("nav-cases").click();
  await page.getByTestId("triage-table").waitFor({ timeout: 30_000 });
}

describe("the handler's workbench in Chromium", () => {
  let server: RunningServer;
  let sink: Sink;
  let browser: Browser;
  let close: () => Promise<void>;

  beforeAll(async () => {
    sink = await startSink();
    server = await startServer({
      ORG_NAME: "Workbench Org",
      SMTP_URL: sink.url,
      SMTP_FROM: "channel@example.org",
      SCHEDULER_MINUTES: "0.05",
    });
    ({ browser, close } = await launchChromium());
  });

  afterAll(async () => {
    await close?.();
    await server?.stop();
    await sink?.stop();
  });

  it("marks new reporter activity, mails about it without content, and keeps the case view calm", async () => {
    const handler = await browser.newPage({ viewport: { width: 1280, height: 640 } });
    await enrolThroughLink(handler, server.enrolmentLink, "hana", "Hana Handler", PASSPHRASE);
    // The reminder address is a sensitive change: confirmed with the current passphrase.
    await handler.getByTestId("nav-security").click();
    await handler.getByTestId("confirm-passphrase").fill(PASSPHRASE);
    await handler.getByTestId("notify-email").fill(ADDRESS);
    await handler.getByTestId("notify-save").click();
    await expect
      .poll(() => handler.getByTestId("notify-status").textContent(), { timeout: 60_000 })
      .toMatch(/saved/);
    await handler.getByTestId("nav-cases").click();

    // A report arrives; the reporting person goes on to the inbox in place.
    const reporter = await browser.newPage();
    await reporter.goto(`${server.url}/report.html`);
    await expect
      .poll(() => reporter.getByTestId("report-submit").isEnabled(), { timeout: 30_000 })
      .toBe(true);
    await reporter.getByTestId("report-category").selectOption("other-not-sure");
    await reporter.getByTestId("report-what").fill(WHAT);
    await reporter.getByTestId("report-submit").click();
    await reporter.getByTestId("token-saved").check({ timeout: 60_000 });
    await reporter.getByTestId("token-continue").click();
    await reporter.getByTestId("inbox-case").waitFor({ timeout: 60_000 });

    // The new report is new activity for the handler, and a mail says so without saying anything else.
    await showTriage(handler);
    const row = handler.getByTestId("triage-row").first();
    expect(await row.getByTestId("triage-new-activity").count()).toBe(1);
    const ref = (await row.getAttribute("data-ref")) ?? "";
    await expect
      .poll(() => sink.received.filter((m) => m.to.includes(ADDRESS)).length, {
        timeout: 90_000,
        interval: 1000,
      })
      .toBeGreaterThanOrEqual(1);
    const first = sink.received.find((m) => m.to.includes(ADDRESS));
    expect(first?.text).toContain("There is new activity on 1 case");

    // Opening the case clears the marker; the view has two regions and says the next step in words.
    await row.getByTestId("triage-open").click();
    await handler.getByTestId("case-report").waitFor({ timeout: 30_000 });
    expect(await handler.locator(".case-layout > .case-main").count()).toBe(1);
    expect(await handler.locator(".case-layout > aside.case-panel").count()).toBe(1);
    expect(await handler.getByTestId("case-next-step").textContent()).toMatch(/^Acknowledge receipt by/);
    // No outcome is chosen in advance.
    expect(await handler.getByTestId("case-outcome-select").inputValue()).toBe("");
    // The channel shows its name, not its id.
    expect(await handler.locator(".case-main").textContent()).not.toMatch(/\bdefault\b/);

    await handler.getByTestId("case-acknowledge").click();
    await handler.getByTestId("case-acknowledged-on").waitFor({ timeout: 30_000 });
    expect(await handler.getByTestId("case-notice").textContent()).toBe("Acknowledgement sent.");

    // Feedback waits for a confirmation; the view does not jump to the top afterwards.
    await handler.getByTestId("case-feedback-message").fill("We checked the model card and corrected it.");
    await handler.getByTestId("case-feedback").scrollIntoViewIfNeeded();
    await handler.getByTestId("case-feedback").click();
    await handler.getByTestId("case-feedback-confirm").waitFor();
    expect(await handler.getByTestId("thread-entry").count()).toBe(1);
    const before = await handler.evaluate(() => window.scrollY);
    await handler.getByTestId("case-feedback-confirm").click();
    await expect
      .poll(() => handler.getByTestId("case-notice").textContent(), { timeout: 30_000 })
      .toBe("Feedback sent and recorded.");
    expect(await handler.locator('[data-testid="thread-entry"][data-kind="feedback"]').count()).toBe(1);
    if (before > 0) expect(await handler.evaluate(() => window.scrollY)).toBeGreaterThan(0);

    // Back in the triage nothing is new; then the reporting person answers.
    await showTriage(handler);
    expect(await handler.getByTestId("triage-new-activity").count()).toBe(0);
    await reporter.getByTestId("inbox-reply").fill("Thank you, one more detail follows.");
    await reporter.getByTestId("inbox-send").click();
    await expect
      .poll(() => reporter.getByTestId("inbox-reply-status").textContent(), { timeout: 30_000 })
      .toBe("Sent.");
    await showTriage(handler);
    const marked = handler.locator(`[data-testid="triage-row"][data-ref="${ref}"]`);
    expect(await marked.getByTestId("triage-new-activity").count()).toBe(1);
    await expect
      .poll(() => sink.received.filter((m) => m.to.includes(ADDRESS)).length, {
        timeout: 90_000,
        interval: 1000,
      })
      .toBeGreaterThanOrEqual(2);
    for (const m of sink.received) {
      expect(m.raw).not.toContain(WHAT);
      expect(m.raw).not.toContain(ref);
      expect(m.raw.toLowerCase()).not.toContain(ref.toLowerCase());
    }
    expect(sink.received.at(-1)?.text).toContain("There is new activity on 1 case");

    // The triage at 360 px: no sideways scrolling.
    await handler.setViewportSize({ width: 360, height: 740 });
    const width = await handler.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      inner: window.innerWidth,
    }));
    expect(width.scroll).toBeLessThanOrEqual(width.inner);
    await handler.close();
    await reporter.close();
  });
});
