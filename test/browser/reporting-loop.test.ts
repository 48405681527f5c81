/**
 * The whole reporting loop as a new user walks it, in Debian's Chromium against the real Node server:
 * a report with a sentinel in every field, the token, handler enrolment and sign-in, the decrypted
 * case, acknowledgement, a reply, then the reporting person's inbox. Every request of the walk is
 * recorded and searched for the sentinel; afterwards the SQLite file, its WAL and the server's output
 * are searched for the sentinel, the token and the passphrase.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./chromium";
import { type RunningServer, startServer } from "./server";

const SENTINEL = "SNTNL4c7e9b";
const PASSPHRASE = "orange canyon whistle 4812";

interface Recorded {
  url: string;
  headers: string;
  body: string;
}

function record(context: BrowserContext, into: Recorded[]) {
  context.on("request", (r) => {
    into.push({ url: r.url(), headers: JSON.stringify(r.headers()), body: r.postData() ?? "" });
  });
}

async function enrolFirstHandler(page: Page, link: string) {
  await page.goto(link);
  await page.getByTestId("enrol-handle").fill("alice");
  await page.getByTestId("enrol-display-name").fill("Alice Handler");
  await page.getByTestId("enrol-passphrase").fill(PASSPHRASE);
  await page.getByTestId("enrol-passphrase-repeat").fill(PASSPHRASE);
  await page.getByTestId("enrol-submit").click();
  await page
    .locator('[data-testid="triage-table"], [data-testid="triage-empty"]')
    .first()
    .waitFor({ timeout: 60_000 });
}

async function signIn(page: Page, base: string) {
  await page.goto(`${base}/handler.html`);
  await page.getByTestId("signin-handle").fill("alice");
  await page.getByTestId("signin-passphrase").fill(PASSPHRASE);
  await page.getByTestId("signin-submit").click();
  await page.getByTestId("triage-table").waitFor({ timeout: 60_000 });
}

function scanDataDir(dataDir: string): string {
  let text = "";
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else text += readFileSync(p).toString("latin1");
    }
  };
  walk(dataDir);
  return text;
}

describe("the reporting loop in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let close: () => Promise<void>;

  beforeAll(async () => {
    server = await startServer({ ORG_NAME: "Loop Test Org" });
    ({ browser, close } = await launchChromium());
  });

  afterAll(async () => {
    await close?.();
    await server?.stop();
  });

  it("keeps every field secret from the network, the database and the logs", async () => {
    expect(server.enrolmentLink).toMatch(/#enrol=/);
    const requests: Recorded[] = [];
    const handlerContext = await browser.newContext();
    const reporterContext = await browser.newContext();
    record(handlerContext, requests);
    record(reporterContext, requests);
    const handler = await handlerContext.newPage();
    const reporter = await reporterContext.newPage();
    const errors: string[] = [];
    for (const p of [handler, reporter]) p.on("pageerror", (e) => errors.push(e.message));

    // 1. The first handler enrols through the printed one-time link.
    await enrolFirstHandler(handler, server.enrolmentLink);

    // 2. A worker files a report with the sentinel in every field, the identity section included.
    await reporter.goto(`${server.url}/report.html`);
    await reporter.getByTestId("report-submit").waitFor();
    await expect
      .poll(() => reporter.getByTestId("report-submit").isEnabled(), { timeout: 30_000 })
      .toBe(true);
    const category = reporter.getByTestId("report-category");
    const values = await category
      .locator("option")
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    await category.selectOption(values.find((v) => v.includes("ai")) ?? values[0]!);
    await reporter.getByTestId("report-what").fill(`What happened ${SENTINEL}-what`);
    await reporter.getByTestId("report-when-where").fill(`When and where ${SENTINEL}-when`);
    await reporter.getByTestId("report-who").fill(`Who ${SENTINEL}-who`);
    const relationship = reporter.getByTestId("report-relationship");
    const rels = await relationship
      .locator("option")
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    await relationship.selectOption(rels[0]!);
    await reporter.getByTestId("report-identity-name").fill(`Name ${SENTINEL}-name`);
    await reporter.getByTestId("report-identity-contact").fill(`contact-${SENTINEL}@example.org`);
    await reporter.getByTestId("report-identity-note").fill(`Note ${SENTINEL}-note`);
    await reporter.getByTestId("report-submit").click();
    const tokenDisplay = reporter.getByTestId("token-display");
    await tokenDisplay.waitFor({ timeout: 60_000 });
    const token = (await tokenDisplay.textContent())?.trim() ?? "";
    expect(token).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){4}$/);
    expect(await reporter.getByTestId("report-ack-by").textContent()).toMatch(/\d/);
    // The page does not let the reporting person go on before confirming the token is saved.
    await expect.poll(() => reporter.getByTestId("token-continue").isDisabled()).toBe(true);
    await reporter.getByTestId("token-saved").check();
    await expect.poll(() => reporter.getByTestId("token-continue").isEnabled()).toBe(true);
    await reporter.getByTestId("token-continue").click();

    // 3. The handler signs in again (keys live in memory only), opens and decrypts the case.
    await signIn(handler, server.url);
    const row = handler.getByTestId("triage-row").first();
    expect(await row.getAttribute("data-status")).toBe("received");
    expect(await handler.getByTestId("triage-next").first().textContent()).toMatch(/ack/i);
    // Every date shows its legal basis.
    expect(await row.textContent()).toMatch(/9\(1\)\(b\)/);
    expect(await row.textContent()).toMatch(/9\(1\)\(f\)/);
    // The page's subject is decrypted in the browser, and the search looks only at this page.
    await expect.poll(() => row.getByTestId("triage-subject").textContent()).toContain(`${SENTINEL}-what`);
    await handler.getByTestId("triage-search").fill("no such words");
    await expect.poll(() => row.isHidden()).toBe(true);
    await handler.getByTestId("triage-search").fill(`${SENTINEL}-what`);
    await expect.poll(() => row.isVisible()).toBe(true);
    await row.getByTestId("triage-open").click();
    await handler.getByTestId("case-report").waitFor({ timeout: 30_000 });
    const reportText = await handler.getByTestId("case-report").textContent();
    expect(reportText).toContain(`${SENTINEL}-what`);
    expect(reportText).toContain(`${SENTINEL}-who`);

    // 4. Acknowledgement and a reply.
    await handler.getByTestId("case-ack-message").fill(`Thank you, we received it ${SENTINEL}-ack`);
    await handler.getByTestId("case-acknowledge").click();
    await handler.getByTestId("case-acknowledged-on").waitFor({ timeout: 30_000 });
    await handler.getByTestId("case-message").fill(`Our reply ${SENTINEL}-reply`);
    await handler.getByTestId("case-reply").click();
    await expect
      .poll(async () => (await handler.getByTestId("thread-text").allTextContents()).join(" "), {
        timeout: 30_000,
      })
      .toContain(`${SENTINEL}-reply`);

    // 5. The reporting person comes back with the token and reads the reply and the date.
    await reporter.goto(`${server.url}/inbox.html`);
    await reporter.getByTestId("inbox-token").fill(token.toLowerCase().replace(/-/g, " "));
    await reporter.getByTestId("inbox-open").click();
    await reporter.getByTestId("inbox-case").waitFor({ timeout: 60_000 });
    const ackOn = await reporter
      .getByTestId("inbox-acknowledged-on")
      .locator("time")
      .first()
      .getAttribute("datetime")
      .catch(() => null);
    expect(ackOn ?? (await reporter.getByTestId("inbox-acknowledged-on").textContent())).toMatch(
      /\d{4}-\d{2}-\d{2}|\d/,
    );
    await expect
      .poll(async () => (await reporter.getByTestId("thread-text").allTextContents()).join(" "), {
        timeout: 30_000,
      })
      .toContain(`${SENTINEL}-reply`);
    expect(await reporter.getByTestId("inbox-status").textContent()).toMatch(/acknowledged/i);
    const dates = (await reporter.locator("#case-dates").textContent()) ?? "";
    expect(dates).toMatch(/9\(1\)\(f\)/);
    expect(dates).toMatch(/15\(1\)/);

    // 6. Nothing secret crossed the network: not the sentinel, the token or the passphrase.
    expect(requests.length).toBeGreaterThan(10);
    const normalizedToken = token.replace(/-/g, "");
    for (const r of requests) {
      const all = `${r.url}\n${r.headers}\n${r.body}`;
      expect(all).not.toContain(SENTINEL);
      expect(all).not.toContain(token);
      expect(all).not.toContain(normalizedToken);
      expect(all).not.toContain(PASSPHRASE);
      expect(new URL(r.url).origin).toBe(server.url);
    }

    // 7. Nor is anything in the database file, its WAL, or what the server printed.
    const stored = scanDataDir(server.dataDir);
    expect(stored.length).toBeGreaterThan(10_000);
    for (const secret of [SENTINEL, token, normalizedToken, PASSPHRASE]) {
      expect(stored).not.toContain(secret);
      expect(server.output()).not.toContain(secret);
    }
    expect(errors).toEqual([]);
    await handlerContext.close();
    await reporterContext.close();
  });
});
