/**
 * A dishonest server, simulated: every age recipient in the server's JSON answers is rewritten to a key
 * the test holds. The report page must verify the signed roster and the `#pin` from the poster's link,
 * send no report when they do not check out and say why, and work when they do.
 */
import { spawnSync } from "node:child_process";
import type { Browser, Page, Route } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  fingerprintOf,
  newCaseIdentity,
  newSigningKey,
  type SignedStatement,
  type SigningKey,
  signStatement,
} from "../../crypto/index";
import { launchChromium } from "./chromium";
import { enrolThroughLink } from "./helpers";
import { type RunningServer, startServer } from "./server";

const PASSPHRASE = "maple tunnel violet 9150";

/** Replaces every `age1pq1…` string anywhere in a JSON value, JSON text inside strings included. */
function swapRecipients(value: unknown, to: string): unknown {
  if (typeof value === "string" && value.startsWith("{")) {
    return JSON.stringify(swapRecipients(JSON.parse(value), to));
  }
  if (typeof value === "string") return value.startsWith("age1pq1") ? to : value;
  if (Array.isArray(value)) return value.map((v) => swapRecipients(v, to));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, swapRecipients(v, to)]));
  }
  return value;
}

describe("the report page against a dishonest server", () => {
  let server: RunningServer;
  let browser: Browser;
  let close: () => Promise<void>;
  let genuine: string;
  let alice: Page;
  let attackerRecipient: string;
  const attackerKey: SigningKey = newSigningKey();

  beforeAll(async () => {
    server = await startServer({ ORG_NAME: "Pin Test Org" });
    ({ browser, close } = await launchChromium());
    alice = await (await browser.newContext()).newPage();
    await enrolThroughLink(alice, server.enrolmentLink, "alice", "Alice Admin", PASSPHRASE);
    const roster = (await (await fetch(`${server.url}/api/roster`)).json()) as SignedStatement;
    genuine = fingerprintOf((JSON.parse(roster.body) as { channelKey: string }).channelKey);
    attackerRecipient = (await newCaseIdentity()).recipient;
  }, 120_000);

  afterAll(async () => {
    await close?.();
    await server?.stop();
  });

  /** A reporter page whose every API answer passes through `rewrite`; records report POSTs. */
  async function reporterPage(rewrite: ((json: unknown, url: string) => unknown) | null) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const posts: string[] = [];
    page.on("request", (r) => {
      if (r.method() === "POST" && r.url().endsWith("/api/reports")) posts.push(r.url());
    });
    if (rewrite) {
      await page.route("**/api/**", async (route: Route) => {
        const response = await route.fetch();
        const type = response.headers()["content-type"] ?? "";
        if (!type.includes("json")) return route.fulfill({ response });
        const json = rewrite(await response.json(), route.request().url());
        await route.fulfill({ response, body: JSON.stringify(json) });
      });
    }
    return { page, posts };
  }

  async function fillAndSubmit(page: Page): Promise<void> {
    const category = page.getByTestId("report-category");
    const values = await category
      .locator("option")
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    await category.selectOption(values[0]!);
    await page.getByTestId("report-what").fill("Invoices are being back-dated.");
    await page.getByTestId("report-submit").click();
  }

  it("sends nothing when the recipients were swapped, and says why", async () => {
    const { page, posts } = await reporterPage((json) => swapRecipients(json, attackerRecipient));
    await page.goto(`${server.url}/report.html#pin=${genuine}`);
    const refusal = page.getByTestId("report-unverified");
    await refusal.waitFor({ timeout: 30_000 });
    expect(await refusal.getAttribute("data-reason")).toBe("invalid");
    expect(await refusal.textContent()).toMatch(/cannot be verified/);
    expect(await page.getByTestId("report-submit").isDisabled()).toBe(true);
    expect(posts).toEqual([]);
    await page.context().close();
  });

  it("refuses a roster the server re-signed with its own key when the link carries the real pin", async () => {
    const forge = (json: unknown, url: string) => {
      if (!url.endsWith("/api/roster")) return swapRecipients(json, attackerRecipient);
      const roster = JSON.parse((json as SignedStatement).body) as Record<string, unknown>;
      const swapped = swapRecipients({ ...roster, channelKey: attackerKey.publicKey }, attackerRecipient);
      return { serial: 1, ...signStatement("oc-roster-1", attackerKey, JSON.stringify(swapped)) };
    };
    const pinned = await reporterPage(forge);
    await pinned.page.goto(`${server.url}/report.html#pin=${genuine}`);
    await pinned.page.getByTestId("report-unverified").waitFor({ timeout: 30_000 });
    expect(await pinned.page.getByTestId("report-unverified").getAttribute("data-reason")).toBe(
      "pin-mismatch",
    );
    expect(pinned.posts).toEqual([]);
    await pinned.page.context().close();

    // Without a pin the forgery verifies on its own terms; the page shows its fingerprint to compare,
    // and that fingerprint is not the one on the poster.
    const unpinned = await reporterPage(forge);
    await unpinned.page.goto(`${server.url}/report.html`);
    const shown = unpinned.page.getByTestId("report-fingerprint");
    await shown.waitFor({ timeout: 30_000 });
    expect(await shown.textContent()).toContain(fingerprintOf(attackerKey.publicKey));
    expect(await shown.textContent()).not.toContain(genuine);
    await unpinned.page.context().close();
  });

  it("refuses a wrong pin", async () => {
    const { page, posts } = await reporterPage(null);
    await page.goto(`${server.url}/report.html#pin=${fingerprintOf(newSigningKey().publicKey)}`);
    await page.getByTestId("report-unverified").waitFor({ timeout: 30_000 });
    expect(await page.getByTestId("report-unverified").getAttribute("data-reason")).toBe("pin-mismatch");
    expect(posts).toEqual([]);
    await page.context().close();
  });

  it("submits with the matching pin", async () => {
    const { page, posts } = await reporterPage(null);
    await page.goto(`${server.url}/report.html#pin=${genuine.toLowerCase()}`);
    await expect.poll(() => page.getByTestId("report-submit").isEnabled(), { timeout: 30_000 }).toBe(true);
    expect(await page.getByTestId("report-fingerprint").textContent()).toContain(genuine);
    await fillAndSubmit(page);
    await page.getByTestId("token-display").waitFor({ timeout: 60_000 });
    expect(posts).toHaveLength(1);
    await page.context().close();
  });

  it("signs an audit checkpoint in the admin's browser, which audit:verify checks", async () => {
    await alice.getByTestId("nav-admin").click();
    await alice.getByTestId("admin-nav-audit").click();
    const checkpoint = alice.getByTestId("audit-checkpoint");
    await checkpoint.waitFor({ timeout: 30_000 });
    expect(await checkpoint.textContent()).toMatch(/up to entry \d+/);
    const run = spawnSync(
      process.execPath,
      ["--import", "tsx", "server/cli/audit-verify.ts", "--data-dir", server.dataDir, "--pin", genuine],
      { encoding: "utf8" },
    );
    expect(`${run.stdout}${run.stderr}`).toMatch(/intact, \d+ entries, 1 signed checkpoints/);
    expect(run.status).toBe(0);
  });
});
