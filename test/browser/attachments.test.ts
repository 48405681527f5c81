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
import { unzipSync } from "fflate";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { docxWithAuthor, jpegWithGps } from "../evidence/samples";
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
    const token = ((await reporter.getByTestId("token-display").textContent()) ?? "").trim();
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

    // Later, from the inbox, the reporting person sees the file and adds another.
    const second = join(tmp, "second-note.txt");
    writeFileSync(second, `More detail ${SENTINEL} in a second file.\n`.repeat(500));
    const inbox = await reporterContext.newPage();
    inbox.on("pageerror", (e) => errors.push(e.message));
    await inbox.goto(`${server.url}/inbox.html`);
    await inbox.getByTestId("inbox-token").fill(token);
    await inbox.getByTestId("inbox-open").click();
    await expect
      .poll(() => inbox.getByTestId("inbox-files").textContent(), { timeout: 60_000 })
      .toContain("evaluation-results.bin");
    await inbox.getByTestId("inbox-files-input").setInputFiles(second);
    await expect
      .poll(() => inbox.getByTestId("inbox-files-send").isEnabled(), { timeout: 30_000 })
      .toBe(true);
    await inbox.getByTestId("inbox-files-send").click();
    await expect
      .poll(() => inbox.getByTestId("inbox-files").textContent(), { timeout: 60_000 })
      .toContain("second-note.txt");
    chunkPuts -= 1;

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

  it("removes GPS EXIF and document authors before encryption, shows them first, and the handler gets clean files", async () => {
    const META = "METASNTNL-b82e";
    writeFileSync(join(tmp, "site-photo.jpg"), jpegWithGps(META));
    writeFileSync(join(tmp, "minutes.docx"), docxWithAuthor(META));
    const reporterContext = await browser.newContext();
    const handlerContext = await browser.newContext({ acceptDownloads: true });
    const leaks: string[] = [];
    reporterContext.on("request", (r) => {
      if ((r.postDataBuffer() ?? Buffer.alloc(0)).includes(Buffer.from(META))) leaks.push(r.url());
    });
    const reporter = await reporterContext.newPage();
    await reporter.goto(`${server.url}/report.html`);
    await expect
      .poll(() => reporter.getByTestId("report-submit").isEnabled(), { timeout: 30_000 })
      .toBe(true);
    const category = reporter.getByTestId("report-category");
    const values = await category
      .locator("option")
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    await category.selectOption(values[0]!);
    await reporter.getByTestId("report-what").fill("Photo and minutes attached.");
    await reporter
      .getByTestId("report-files")
      .setInputFiles([join(tmp, "site-photo.jpg"), join(tmp, "minutes.docx")]);
    // Before sending, the person sees what was found in each file.
    const found = reporter.getByTestId("evidence-metadata-item");
    await expect.poll(() => found.count(), { timeout: 30_000 }).toBeGreaterThan(2);
    const listed = (await found.allTextContents()).join("\n");
    expect(listed).toContain("GPS position");
    expect(listed).toContain(`author: ${META}-author`);
    expect(listed).toContain(`${META}-commenter`);
    await reporter.getByTestId("report-submit").click();
    await reporter.getByTestId("token-display").waitFor({ timeout: 60_000 });
    await expect
      .poll(
        () =>
          reporter
            .getByTestId("evidence-upload")
            .evaluateAll((els) => els.map((e) => e.getAttribute("data-state"))),
        {
          timeout: 120_000,
        },
      )
      .toEqual(["sent", "sent"]);

    const handler = await handlerContext.newPage();
    await handler.goto(`${server.url}/handler.html`);
    await handler.getByTestId("signin-handle").fill("alice");
    await handler.getByTestId("signin-passphrase").fill(PASSPHRASE);
    await handler.getByTestId("signin-submit").click();
    await handler.getByTestId("triage-table").waitFor({ timeout: 60_000 });
    // The case whose files are the photo and the minutes: the one without the 50 MB file.
    const caseId = await handler.evaluate(async () => {
      const list = (await (await fetch("/api/cases")).json()) as { cases: { id: string }[] };
      for (const c of list.cases) {
        const a = (await (await fetch(`/api/cases/${c.id}/attachments`)).json()) as {
          attachments: { size: number }[];
        };
        if (a.attachments.length === 2 && a.attachments.every((x) => x.size < 1_000_000)) return c.id;
      }
      return "";
    });
    await handler
      .locator(`[data-testid="triage-row"][data-case-id="${caseId}"]`)
      .getByTestId("triage-open")
      .click();
    await expect.poll(() => handler.getByTestId("case-file-name").count(), { timeout: 30_000 }).toBe(2);
    const files = handler.getByTestId("case-file");
    expect(await files.count()).toBe(2);
    const got = new Map<string, Buffer>();
    for (let i = 0; i < 2; i++) {
      const [download] = await Promise.all([
        handler.waitForEvent("download", { timeout: 60_000 }),
        files.nth(i).getByTestId("case-file-download").click(),
      ]);
      got.set(download.suggestedFilename(), readFileSync(await download.path()));
    }
    const photo = got.get("site-photo.jpg")!;
    expect([...photo.subarray(0, 2)]).toEqual([0xff, 0xd8]);
    expect(photo.includes(Buffer.from(META))).toBe(false);
    expect(photo.includes(Buffer.from("Exif"))).toBe(false);
    const docx = unzipSync(new Uint8Array(got.get("minutes.docx")!));
    for (const [name, data] of Object.entries(docx))
      expect(Buffer.from(data).includes(Buffer.from(META)), name).toBe(false);
    expect(Buffer.from(docx["word/document.xml"]!).toString()).toContain("The valve was disabled.");
    expect(leaks).toEqual([]);
    expect(dataDirHas(server.dataDir, Buffer.from(META))).toEqual([]);
    await reporterContext.close();
    await handlerContext.close();
  }, 300_000);
});
