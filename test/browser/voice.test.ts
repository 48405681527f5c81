/**
 * Voice reports, the handler's side (client/src/evidence/case-files.ts): a recording sent from the
 * inbox is decrypted in the handler's browser and played from a Blob, which the page's CSP allows
 * (`media-src blob:`) and nothing else is needed for. The recorder itself is not built yet.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./chromium";
import { enrolThroughLink } from "./helpers";
import { submitReport } from "./reporter-helpers";
import { type RunningServer, startServer } from "./server";

const PASSPHRASE = "amber lantern quarry 5820";

/** One second of a 440 Hz tone as 16-bit mono PCM WAV. */
function toneWav(): Buffer {
  const rate = 8000;
  const samples = rate;
  const wav = Buffer.alloc(44 + samples * 2);
  wav.write("RIFF", 0);
  wav.writeUInt32LE(36 + samples * 2, 4);
  wav.write("WAVEfmt ", 8);
  wav.writeUInt32LE(16, 16);
  wav.writeUInt16LE(1, 20);
  wav.writeUInt16LE(1, 22);
  wav.writeUInt32LE(rate, 24);
  wav.writeUInt32LE(rate * 2, 28);
  wav.writeUInt16LE(2, 32);
  wav.writeUInt16LE(16, 34);
  wav.write("data", 36);
  wav.writeUInt32LE(samples * 2, 40);
  for (let i = 0; i < samples; i++)
    wav.writeInt16LE(Math.round(8000 * Math.sin((2 * Math.PI * 440 * i) / rate)), 44 + i * 2);
  return wav;
}

describe("voice reports in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let close: () => Promise<void>;

  beforeAll(async () => {
    server = await startServer({ ORG_NAME: "Voice Test Org" });
    ({ browser, close } = await launchChromium());
  });

  afterAll(async () => {
    await close?.();
    await server?.stop();
  });

  it("plays a voice recording in the handler's browser after decryption", async () => {
    const dir = mkdtempSync(join(tmpdir(), "oc-voice-"));
    const path = join(dir, "voice-report.wav");
    writeFileSync(path, toneWav());
    const handlerContext = await browser.newContext();
    const reporterContext = await browser.newContext();
    const handler = await handlerContext.newPage();
    const reporter = await reporterContext.newPage();
    const errors: string[] = [];
    for (const p of [handler, reporter]) p.on("pageerror", (e) => errors.push(e.message));

    await enrolThroughLink(handler, server.enrolmentLink, "alice", "Alice Handler", PASSPHRASE);
    await reporter.goto(`${server.url}/report.html`);
    const token = (await submitReport(reporter, "A voice message follows.")).trim();
    await reporter.goto(`${server.url}/inbox.html`);
    await reporter.getByTestId("inbox-token").fill(token);
    await reporter.getByTestId("inbox-open").click();
    await reporter.getByTestId("inbox-files-input").setInputFiles(path);
    await expect
      .poll(() => reporter.getByTestId("inbox-files-send").isEnabled(), { timeout: 30_000 })
      .toBe(true);
    await reporter.getByTestId("inbox-files-send").click();
    await expect
      .poll(() => reporter.getByTestId("inbox-files").textContent(), { timeout: 60_000 })
      .toContain("voice-report.wav");

    await handler.goto(`${server.url}/handler.html`);
    await handler.getByTestId("signin-handle").fill("alice");
    await handler.getByTestId("signin-passphrase").fill(PASSPHRASE);
    await handler.getByTestId("signin-submit").click();
    await handler.getByTestId("triage-open").first().click({ timeout: 60_000 });
    const file = handler.getByTestId("case-file");
    await file.waitFor({ timeout: 30_000 });
    await file.getByTestId("case-file-play").click();
    const audio = file.getByTestId("case-file-audio");
    await expect
      .poll(() => audio.evaluate((a) => (a as HTMLAudioElement).duration || 0), { timeout: 30_000 })
      .toBeGreaterThan(0.9);
    expect(await audio.evaluate((a) => (a as HTMLAudioElement).src)).toMatch(/^blob:/);
    expect(errors).toEqual([]);
    await handlerContext.close();
    await reporterContext.close();
  }, 300_000);
});
