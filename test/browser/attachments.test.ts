/**
 * Attachments end to end in Debian's Chromium against the real Node server: a 50 MB file with a
 * sentinel at its start, middle and end goes with a report, encrypted in the browser and sent in
 * chunks; the handler downloads and decrypts it and gets the same SHA-256. The sentinel is hunted in
 * every request body, in DATA_DIR (the SQLite file, its WAL and every blob) and in the server's output.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./chromium";
import { enrolThroughLink } from "./helpers";
import { type RunningServer, startServer } from "./server";

const SENTINEL = "FILESNTNL-7d3a91";
const PASSPHRASE = "amber lantern quarry 5820";
const SIZE = 50 * 1024 * 1024;

function fileWithSentinel(dir: string): { path: string; sha256: string } {
  const bytes = Buffer.alloc(SIZE);
  for (let i = 0; i < SIZE; i += 4) bytes.writeUInt32LE((i * 2654435761) >>> 0, i);
  const mark = Buffer.from(SENTINEL);
  for (const at of [0, SIZE / 2, SIZE - mark.length]) mark.copy(bytes, at);
  const path = join(dir, "evaluation-results.bin");
  writeFileSync(path, bytes);
  return { path, sha256: createHash("sha256").update(bytes).digest("hex") };
}

function dataDirHas(dir: string, needle: Buffer): string[] {
  const found: string[] = [];
  let files = 0;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else {
        files++;
        if (readFileSync(p).includes(needle)) found.push(p);
      }
    }
  };
  walk(dir);
  expect(files).toBeGreaterThan(1);
  return found;
}

describe("attachments in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let close: () => Promise<void>;
  let tmp: string;

  beforeAll(async () => {
    server = await startServer({ ORG_NAME: "Evidence Test Org" });
    ({ browser, close } = await launchChromium());
    tmp = mkdtempSync(join(tmpdir(), "oc-evidence-"));
  });

  afterAll(async () => {
    await close?.();
    await server?.stop();
  });

  it("sends a 50 MB file encrypted in chunks; the handler decrypts the same bytes; no plaintext anywhere", async () => {
    const original = fileWithSentinel(tmp);
    const needle = Buffer.from(SENTINEL);
    const leaks: string[] = [];
    let bodies = 0;
    let chunkPuts = 0;
    const handlerContext = await browser.newContext({ acceptDownloads: true });
    const reporterContext = await browser.newContext();
    for (const ctx of [handlerContext, reporterContext]) {
      ctx.on("request", (r) => {
        const body = r.postDataBuffer();
        if (body) bodies++;
        if (/\/api\/attachments\/[^/]+\/chunks\//.test(r.url())) chunkPuts++;
        const all = Buffer.concat([
          Buffer.from(`${r.url()}\n${JSON.stringify(r.headers())}\n`),
          body ?? Buffer.alloc(0),
        ]);
        if (all.includes(needle)) leaks.push(r.url());
      });
    }
    const handler = await handlerContext.newPage();
    const reporter = await reporterContext.newPage();
    const errors: string[] = [];
    for (const p of [handler, reporter]) p.on("pageerror", (e) => errors.push(e.message));

    await enrolThroughLink(handler, server.enrolmentLink, "alice", "Alice Handler", PASSPHRASE);

    await reporter.goto(`${server.url}/report.html`);
    await expect
      .poll(() => reporter.getByTestId("report-submit").isEnabled(), { timeout: 30_000 })
      .toBe(true);
    const category = reporter.getByTestId("report-category");
    const values = await category
      .locator("option")
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    await category.selectOption(values[0]!);
    await reporter.getByTestId("report-what").fill("The evaluation results are attached.");
    await reporter.getByTestId("report-files").setInputFiles(original.path);
    // Listed with its size before anything is sent.
    await expect
      .poll(() => reporter.getByTestId("report-files-list").textContent(), { timeout: 30_000 })
      .toMatch(/evaluation-results\.bin.*50 MB/);
    const step = (what: string) => console.log(`attachments: ${what} at ${new Date().toISOString()}`);
    step("submitting");
    await reporter.getByTestId("report-submit").click();
    await reporter.getByTestId("token-display").waitFor({ timeout: 60_000 });
    const upload = reporter.getByTestId("evidence-upload");
    await expect
      .poll(() => upload.getAttribute("data-state"), { timeout: 240_000, interval: 500 })
      .toBe("sent");
    expect(await upload.locator("progress").evaluate((p) => (p as HTMLProgressElement).value)).toBe(1);
    step("uploaded");
    await reporter.getByTestId("token-saved").check();

    // The handler signs in again, opens the case, sees the decrypted name and size, and downloads.
    await handler.goto(`${server.url}/handler.html`);
    await handler.getByTestId("signin-handle").fill("alice");
    await handler.getByTestId("signin-passphrase").fill(PASSPHRASE);
    await handler.getByTestId("signin-submit").click();
    await handler.getByTestId("triage-open").first().click({ timeout: 60_000 });
    const file = handler.getByTestId("case-file");
    await file.waitFor({ timeout: 30_000 });
    expect(await file.getByTestId("case-file-name").textContent()).toBe("evaluation-results.bin");
    expect(await file.textContent()).toMatch(/50 MB/);
    const [download] = await Promise.all([
      handler.waitForEvent("download", { timeout: 180_000 }),
      file.getByTestId("case-file-download").click(),
    ]);
    step("downloaded");
    expect(download.suggestedFilename()).toBe("evaluation-results.bin");
    const saved = await download.path();
    const sha = createHash("sha256").update(readFileSync(saved)).digest("hex");
    expect(sha).toBe(original.sha256);

    // 50 MB of ciphertext went as 8 MiB chunks, none of them (nor any other request) with the sentinel.
    expect(chunkPuts).toBe(7);
    expect(bodies).toBeGreaterThan(chunkPuts);
    expect(leaks).toEqual([]);
    expect(dataDirHas(server.dataDir, needle)).toEqual([]);
    expect(server.output()).not.toContain(SENTINEL);
    expect(errors).toEqual([]);
    await handlerContext.close();
    await reporterContext.close();
  }, 540_000);
});
