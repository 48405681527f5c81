/**
 * Questions per channel in Debian's Chromium against the real Node server: an admin adds questions to
 * the channel in the console (a new version), the report form shows them, the answers travel inside the
 * report's ciphertext, and the handler reads them under the question as it was asked. No file of the
 * server's data directory holds an answer.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./chromium";
import { enrolThroughLink } from "./helpers";
import { type RunningServer, startServer } from "./server";

const ANSWER = "SNTNLanswer5w the night shift";

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

describe("questions per channel in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let close: () => Promise<void>;

  beforeAll(async () => {
    server = await startServer({ ORG_NAME: "Questions Test Org" });
    ({ browser, close } = await launchChromium());
  });

  afterAll(async () => {
    await close?.();
    await server?.stop();
  });

  it("asks the channel's questions and shows the handler the answers with the question asked", async () => {
    const problems: string[] = [];
    const admin = await (await browser.newContext()).newPage();
    admin.on("pageerror", (e) => problems.push(e.message));
    await enrolThroughLink(admin, server.enrolmentLink, "alice", "Alice Admin", "amber falcon river 2207");
    await admin.getByTestId("nav-admin").click();
    await admin.getByTestId("admin-nav-channels").click();
    const editor = admin.locator('[data-testid="admin-questions"][data-channel-id="default"]');
    await editor.locator("summary").click();
    await expect
      .poll(() => editor.getByTestId("admin-questions-version").textContent())
      .toMatch(/No questions/);
    const add = async (label: string, type: string, options = "") => {
      await editor.getByTestId("admin-question-label").fill(label);
      await editor.getByTestId("admin-question-type").selectOption(type);
      await editor.getByTestId("admin-question-options").fill(options);
      await editor.getByTestId("admin-question-add").click();
    };
    await add("Which site?", "single", "Berlin\nLyon");
    await add("Which teams?", "multiple", "Research\nPolicy\nSales");
    await add("Since when?", "date");
    await add("Who else saw it?", "text");
    expect(await editor.getByTestId("admin-question").count()).toBe(4);
    await editor.getByTestId("admin-questions-save").click();
    await expect.poll(() => admin.getByTestId("admin-status").textContent()).toContain("version 1");

    const reporter = await (await browser.newContext()).newPage();
    reporter.on("pageerror", (e) => problems.push(e.message));
    await reporter.goto(`${server.url}/report.html`);
    const questions = reporter.getByTestId("report-questions");
    await questions.waitFor({ timeout: 60_000 });
    expect(await questions.getAttribute("data-version")).toBe("1");
    await reporter.waitForFunction(
      () => !(document.querySelector('[data-testid="report-submit"]') as HTMLButtonElement | null)?.disabled,
    );
    const category = reporter.getByTestId("report-category");
    const values = await category
      .locator("option")
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    await category.selectOption(values[0] ?? "");
    await reporter.getByTestId("report-what").fill("A report with answers");
    await reporter.getByLabel("Which site?").selectOption("Lyon");
    await reporter.getByLabel("Policy").check();
    await reporter.getByLabel("Sales").check();
    await reporter.getByLabel("Since when?").fill("2026-10-05");
    await reporter.getByLabel("Who else saw it?").fill(ANSWER);
    await reporter.getByTestId("report-submit").click();
    await reporter.getByTestId("token-display").waitFor({ timeout: 90_000 });

    await admin.getByTestId("nav-cases").click();
    await admin.getByTestId("triage-open").first().click();
    const answers = admin.getByTestId("case-report").getByTestId("report-answer");
    await expect.poll(() => answers.count(), { timeout: 30_000 }).toBe(4);
    const report = (await admin.getByTestId("case-report").textContent()) ?? "";
    expect(report).toContain("Which site?");
    expect(report).toContain("Lyon");
    expect(report).toContain("Policy, Sales");
    expect(report).toContain(ANSWER);
    expect(await answers.first().getAttribute("data-version")).toBe("1");
    // The date is shown in the page's locale, never as ISO.
    expect(report).not.toContain("2026-10-05");
    expect(report).toContain("2026");

    expect(scanDataDir(server.dataDir)).not.toContain("SNTNLanswer5w");
    expect(problems).toEqual([]);
  });
});
