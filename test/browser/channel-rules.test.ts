/**
 * An admin sets a channel's legal entity (jurisdiction and time zone) in the admin console, in Debian's
 * Chromium against the real Node server; the server then holds exactly that for new reports.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./chromium";
import { enrolThroughLink } from "./helpers";
import { type RunningServer, startServer } from "./server";

describe("jurisdiction per channel in the admin console", () => {
  let server: RunningServer;
  let browser: Browser;
  let close: () => Promise<void>;

  beforeAll(async () => {
    server = await startServer({ ORG_NAME: "Group Org" });
    ({ browser, close } = await launchChromium());
  }, 180_000);

  afterAll(async () => {
    await close?.();
    await server?.stop();
  });

  it("sets a channel's jurisdiction and time zone, and refuses an unknown zone in words", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await enrolThroughLink(page, server.enrolmentLink, "ada", "Ada Admin", "orange canyon whistle 4812");
    await page.getByTestId("nav-admin").click();
    await page.getByTestId("admin-view").waitFor();
    await page.getByTestId("admin-nav-channels").click();
    await expect
      .poll(() => page.getByTestId("admin-rules-unverified").textContent())
      .toMatch(/not yet verified against national law.*Austria \(AT: 5\)/);
    const entity = page.getByTestId("admin-channel-entity").first();
    await entity.getByTestId("admin-channel-jurisdiction").selectOption("IE");
    await entity.getByTestId("admin-channel-time-zone").fill("Mars/Olympus");
    await entity.getByTestId("admin-channel-rules-save").click();
    await expect.poll(() => page.getByTestId("admin-channel-rules-error").textContent()).not.toBe("");

    await entity.getByTestId("admin-channel-time-zone").fill("Europe/Dublin");
    await entity.getByTestId("admin-channel-rules-save").click();
    await expect.poll(() => page.getByTestId("admin-status").textContent()).toMatch(/Saved the legal entity/);
    const saved = await page.evaluate(async () => {
      const res = await fetch("/api/admin/channel-rules");
      return (await res.json()) as { channels: { jurisdiction: string | null; timeZone: string | null }[] };
    });
    expect(saved.channels[0]).toMatchObject({ jurisdiction: "IE", timeZone: "Europe/Dublin" });
    await context.close();
  }, 240_000);
});
