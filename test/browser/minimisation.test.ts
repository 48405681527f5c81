/**
 * Art. 17 minimisation in Chromium (issue 12): a handler removes the reporting person's aside and a
 * file from the case view. Both the case view and the reporting person's inbox still verify the whole
 * thread and show where something was removed and why; the removed ciphertext is gone from the SQLite
 * file and its write-ahead log, the file from the blob folder, and `audit:verify` finds the chain intact.
 * A tombstone the server makes without a handler's signed statement still shows as `thread-unverified`.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./chromium";
import { enrolThroughLink, seriousViolations } from "./helpers";
import { type RunningServer, startServer } from "./server";

const PASSPHRASE = "amber lantern orbit 3391";
const ASIDE = "My neighbour's illness, which has nothing to do with this";

async function openCase(page: Page, base: string) {
  await page.goto(`${base}/handler.html`);
  await page.getByTestId("signin-handle").fill("alice");
  await page.getByTestId("signin-passphrase").fill(PASSPHRASE);
  await page.getByTestId("signin-submit").click();
  await page.getByTestId("triage-open").first().click({ timeout: 60_000 });
  await page.getByTestId("case-report").waitFor({ timeout: 30_000 });
}

async function openInbox(page: Page, base: string, token: string) {
  await page.goto(`${base}/inbox.html`);
  await page.getByTestId("inbox-token").fill(token);
  await page.getByTestId("inbox-open").click();
  await page.getByTestId("inbox-case").waitFor({ timeout: 60_000 });
  await page.locator('[data-testid="thread"]').first().waitFor({ timeout: 30_000 });
}

/** The SQLite file and its write-ahead log, as bytes a sentinel hunt reads. */
function databaseBytes(dataDir: string): string {
  const file = join(dataDir, "channel.sqlite");
  let text = readFileSync(file).toString("latin1");
  try {
    text += readFileSync(`${file}-wal`).toString("latin1");
  } catch {}
  return text;
}

function filesUnder(dir: string): string[] {
  try {
    return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import("node:fs").Dirent[])
      .filter((e) => e.isFile())
      .map((e) => e.name);
  } catch {
    return [];
  }
}

async function removeFromCase(handler: Page, pick: (values: string[]) => string, reason: string) {
  const target = handler.getByTestId("case-minimise-target");
  await target.waitFor({ timeout: 30_000 });
  const values = await target
    .locator("option")
    .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  await target.selectOption(pick(values));
  await handler.getByTestId("case-minimise-reason").selectOption(reason);
  // Without the confirmation nothing is sent.
  await handler.getByTestId("case-minimise-submit").click();
  await expect.poll(() => handler.getByTestId("case-minimise-error").textContent()).not.toBe("");
  await handler.getByTestId("case-minimise-confirm").check();
  await handler.getByTestId("case-minimise-submit").click();
  await expect
    .poll(() => handler.getByTestId("case-notice").textContent(), { timeout: 30_000 })
    .toMatch(/^Removed\./);
}

describe("Art. 17 minimisation in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let close: () => Promise<void>;

  beforeAll(async () => {
    server = await startServer({ ORG_NAME: "Minimisation Org" });
    ({ browser, close } = await launchChromium());
  });

  afterAll(async () => {
    await close?.();
    await server?.stop();
  });

  it("removes an entry and a file; both sides still verify and show the removal, and nothing of them stays", async () => {
    const handler = await (await browser.newContext()).newPage();
    const reporter = await (await browser.newContext({ acceptDownloads: true })).newPage();
    await enrolThroughLink(handler, server.enrolmentLink, "alice", "Alice Handler", PASSPHRASE);

    // A report with a file that turns out not to be relevant.
    const tmp = mkdtempSync(join(tmpdir(), "oc-minimise-"));
    const aside = join(tmp, "holiday-photos-list.txt");
    writeFileSync(aside, "A list of holiday photos, nothing to do with the report.\n".repeat(50));
    await reporter.goto(`${server.url}/report.html`);
    await expect
      .poll(() => reporter.getByTestId("report-submit").isEnabled(), { timeout: 30_000 })
      .toBe(true);
    const category = reporter.getByTestId("report-category");
    const categories = await category
      .locator("option")
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    await category.selectOption(categories[0]!);
    await reporter.getByTestId("report-what").fill("The evaluation was skipped.");
    await reporter.getByTestId("report-files").setInputFiles(aside);
    await reporter.getByTestId("report-submit").click();
    await reporter.getByTestId("token-display").waitFor({ timeout: 60_000 });
    const token = ((await reporter.getByTestId("token-display").textContent()) ?? "").trim();
    await expect
      .poll(() => reporter.getByTestId("evidence-upload").getAttribute("data-state"), { timeout: 120_000 })
      .toBe("sent");

    await openCase(handler, server.url);
    await handler.getByTestId("case-ack-message").fill("Received, thank you.");
    await handler.getByTestId("case-acknowledge").click();
    await handler.getByTestId("case-acknowledged-on").waitFor({ timeout: 30_000 });

    await openInbox(reporter, server.url, token);
    await reporter.getByTestId("inbox-reply").fill(ASIDE);
    await reporter.getByTestId("inbox-send").click();
    await expect
      .poll(() => reporter.getByTestId("thread").textContent(), { timeout: 30_000 })
      .toContain(ASIDE);

    // The aside's ciphertext is in the database file before it is removed.
    const db = new Database(join(server.dataDir, "channel.sqlite"), { readonly: true });
    const stored = db
      .prepare("select ciphertext from entries where thread_seq = 3 and kind = 'message'")
      .get() as { ciphertext: string };
    db.close();
    const probe = stored.ciphertext.slice(200, 260);
    expect(databaseBytes(server.dataDir)).toContain(probe);
    expect(filesUnder(join(server.dataDir, "blobs"))).toHaveLength(1);

    // The handler removes the aside (entry 3) and then the file.
    await openCase(handler, server.url);
    await expect.poll(() => handler.getByTestId("case-view").textContent()).toContain(ASIDE);
    await removeFromCase(handler, (values) => values.find((v) => v === "entry:3")!, "not_relevant");
    await handler.getByTestId("thread-removed").waitFor({ timeout: 30_000 });
    expect(await handler.getByTestId("thread-removed").getAttribute("data-reason")).toBe("not_relevant");
    expect(await handler.getByTestId("case-view").textContent()).not.toContain(ASIDE);
    await removeFromCase(handler, (values) => values.find((v) => v.startsWith("attachment:"))!, "untrue");
    await handler.getByTestId("thread-removed-file").waitFor({ timeout: 30_000 });
    for (const page of [handler]) {
      expect(await page.getByTestId("thread-unverified").count()).toBe(0);
      expect(await page.getByTestId("thread-removed").textContent()).toContain(
        "An entry was removed here under Art. 17",
      );
    }
    await expect.poll(() => handler.getByTestId("case-file").count(), { timeout: 30_000 }).toBe(0);
    expect(await seriousViolations(handler)).toEqual([]);

    // The reporting person's inbox verifies the same thread and says what was removed and why.
    await openInbox(reporter, server.url, token);
    await reporter.getByTestId("thread-removed").waitFor({ timeout: 30_000 });
    expect(await reporter.getByTestId("thread-unverified").count()).toBe(0);
    expect(await reporter.getByTestId("thread-removed").textContent()).toContain(
      "not relevant to the report",
    );
    expect(await reporter.getByTestId("thread-removed-file").textContent()).toContain("found to be untrue");
    expect(await reporter.getByTestId("thread").textContent()).not.toContain(ASIDE);
    expect(await reporter.getByTestId("thread").textContent()).toContain("Received, thank you.");
    await expect.poll(() => reporter.getByTestId("inbox-file").count(), { timeout: 30_000 }).toBe(0);
    expect(await seriousViolations(reporter)).toEqual([]);

    // Nothing of the removed entry stays in the database file or its log, nor of the file in the blobs.
    expect(databaseBytes(server.dataDir)).not.toContain(probe);
    expect(filesUnder(join(server.dataDir, "blobs"))).toEqual([]);
    const run = spawnSync(
      process.execPath,
      ["--import", "tsx", "server/cli/audit-verify.ts", "--data-dir", server.dataDir],
      { encoding: "utf8" },
    );
    expect(`${run.stdout}${run.stderr}`).toMatch(/intact/);
    expect(run.status).toBe(0);
    const audit = new Database(join(server.dataDir, "channel.sqlite"), { readonly: true });
    const details = audit
      .prepare("select detail from audit_log where action = 'case.minimised' order by seq")
      .all() as { detail: string }[];
    audit.close();
    expect(details.map((d) => JSON.parse(d.detail))).toEqual([
      { entry: 3, reason: "not_relevant", seq: 4 },
      expect.objectContaining({ reason: "untrue", seq: 5 }),
    ]);

    // A tombstone the server makes on its own (no handler's signed statement) is a break, on both sides.
    const writer = new Database(join(server.dataDir, "channel.sqlite"));
    writer.pragma("busy_timeout = 5000");
    writer.prepare("update entries set ciphertext = '', kind = 'minimised' where thread_seq = 2").run();
    writer.close();
    await openInbox(reporter, server.url, token);
    await reporter.getByTestId("thread-unverified").first().waitFor({ timeout: 30_000 });
    expect(await reporter.getByTestId("thread").textContent()).not.toContain("Received, thank you.");
    await openCase(handler, server.url);
    await handler.getByTestId("thread-unverified").first().waitFor({ timeout: 30_000 });
  }, 400_000);
});
