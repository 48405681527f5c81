/**
 * Voice reports in Chromium. The recorder (client/src/evidence/recorder.ts) records from Chromium's
 * fake microphone, fed a vowel-like WAV at a known pitch (`--use-fake-device-for-media-stream
 * --use-file-for-fake-audio-capture`, with `--use-fake-ui-for-media-stream` to grant it), disguises
 * it, asks for Art. 18(2) consent, and sends it after the report; the handler decrypts and plays it.
 * And a recording sent from the inbox as a file plays the same way (client/src/evidence/case-files.ts),
 * from a Blob, which the page's CSP allows (`media-src blob:`).
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./chromium";
import { enrolThroughLink, seriousViolations } from "./helpers";
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

/** Three seconds of a vowel-like sound: a 150 Hz pulse train through resonances at 700 and 1200 Hz. */
function vowelWav(f0: number): Buffer {
  const rate = 48000;
  const n = rate * 3;
  const x = new Float64Array(n);
  for (let i = 0, next = 0; i < n; i++) {
    if (i >= next) {
      x[i] = 1;
      next += rate / f0;
    }
  }
  for (const [freq, bw] of [
    [700, 110],
    [1200, 120],
  ] as const) {
    const r = Math.exp((-Math.PI * bw) / rate);
    const a1 = 2 * r * Math.cos((2 * Math.PI * freq) / rate);
    let y1 = 0;
    let y2 = 0;
    for (let i = 0; i < n; i++) {
      const y = x[i]! + a1 * y1 - r * r * y2;
      y2 = y1;
      y1 = y;
      x[i] = y;
    }
  }
  const peak = x.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
  const wav = Buffer.alloc(44 + n * 2);
  wav.write("RIFF", 0);
  wav.writeUInt32LE(36 + n * 2, 4);
  wav.write("WAVEfmt ", 8);
  wav.writeUInt32LE(16, 16);
  wav.writeUInt16LE(1, 20);
  wav.writeUInt16LE(1, 22);
  wav.writeUInt32LE(rate, 24);
  wav.writeUInt32LE(rate * 2, 28);
  wav.writeUInt16LE(2, 32);
  wav.writeUInt16LE(16, 34);
  wav.write("data", 36);
  wav.writeUInt32LE(n * 2, 40);
  for (let i = 0; i < n; i++) wav.writeInt16LE(Math.round((16000 * x[i]!) / peak), 44 + i * 2);
  return wav;
}

/** The median fundamental (Hz) of 16 kHz mono samples, by plain autocorrelation over 50 ms frames. */
function fundamental(x: ArrayLike<number>): number {
  const rate = 16000;
  const f0s: number[] = [];
  for (let start = 0; start + 1200 < x.length; start += 800) {
    let energy = 0;
    for (let i = 0; i < 800; i++) energy += x[start + i]! ** 2;
    if (energy / 800 < 1e-4) continue;
    const scores: number[] = [];
    for (let lag = 32; lag <= 320; lag++) {
      let sum = 0;
      for (let i = 0; i < 800; i++) sum += x[start + i]! * x[start + i + lag]!;
      scores.push(sum);
    }
    // The shortest lag nearly as strong as the best: a multiple of the period scores as high.
    const best = Math.max(...scores);
    const lag = 32 + scores.findIndex((v, i) => v >= 0.85 * best && v >= (scores[i + 1] ?? 0));
    f0s.push(rate / lag);
  }
  f0s.sort((a, b) => a - b);
  return f0s[f0s.length >> 1] ?? 0;
}

/** Two seconds recorded in the page straight from the (fake) microphone: the raw voice, at 16 kHz. */
async function rawVoice(page: Page): Promise<number[]> {
  return page.evaluate(async () => {
    const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    const rec = new MediaRecorder(stream);
    const parts: Blob[] = [];
    rec.addEventListener("dataavailable", (e) => parts.push(e.data));
    rec.start();
    await new Promise((r) => setTimeout(r, 2000));
    const stopped = new Promise((r) => rec.addEventListener("stop", r));
    rec.stop();
    await stopped;
    for (const t of stream.getTracks()) t.stop();
    const bytes = await new Blob(parts, { type: rec.mimeType }).arrayBuffer();
    return [...(await new OfflineAudioContext(1, 1, 16000).decodeAudioData(bytes)).getChannelData(0)];
  });
}

/** The samples of a 16-bit mono WAV, as -1..1. */
function wavSamples(wav: Buffer): { rate: number; samples: number[] } {
  expect(wav.toString("ascii", 0, 4)).toBe("RIFF");
  const count = wav.readUInt32LE(40) / 2;
  return {
    rate: wav.readUInt32LE(24),
    samples: Array.from({ length: count }, (_, i) => wav.readInt16LE(44 + i * 2) / 32768),
  };
}

describe("voice recorder in Chromium (fake microphone)", () => {
  let server: RunningServer;
  let browser: Browser;
  let close: () => Promise<void>;

  beforeAll(async () => {
    server = await startServer({ ORG_NAME: "Voice Recorder Org" });
    const dir = mkdtempSync(join(tmpdir(), "oc-voice-mic-"));
    const voice = join(dir, "voice.wav");
    writeFileSync(voice, vowelWav(150));
    ({ browser, close } = await launchChromium([
      "--use-fake-device-for-media-stream",
      "--use-fake-ui-for-media-stream",
      `--use-file-for-fake-audio-capture=${voice}`,
    ]));
  });

  afterAll(async () => {
    await close?.();
    await server?.stop();
  });

  it("records, disguises, asks consent, sends with the report; the handler plays the disguised voice", async () => {
    const handlerContext = await browser.newContext({ acceptDownloads: true });
    const reporterContext = await browser.newContext();
    const handler = await handlerContext.newPage();
    const reporter = await reporterContext.newPage();
    const errors: string[] = [];
    for (const p of [handler, reporter]) p.on("pageerror", (e) => errors.push(e.message));
    const scripts: string[] = [];
    reporter.on("request", (r) => {
      if (r.resourceType() === "script") scripts.push(r.url());
    });

    await enrolThroughLink(handler, server.enrolmentLink, "alice", "Alice Handler", PASSPHRASE);
    await reporter.goto(`${server.url}/report.html`);
    await reporter.getByTestId("report-what").waitFor();
    expect(scripts.some((u) => /recorder|disguise/.test(u))).toBe(false);

    await reporter.getByTestId("report-voice").click();
    await reporter.getByTestId("voice-start").click();
    await reporter.getByTestId("voice-stop").waitFor({ state: "visible" });
    await reporter.waitForTimeout(3000);
    await reporter.getByTestId("voice-stop").click();
    const preview = reporter.getByTestId("voice-preview");
    await reporter.getByTestId("voice-result").waitFor({ state: "visible", timeout: 60_000 });
    const src = await preview.evaluate((a) => (a as HTMLAudioElement).src);
    expect(src).toMatch(/^blob:/);
    await expect
      .poll(() => preview.evaluate((a) => (a as HTMLAudioElement).duration || 0), { timeout: 30_000 })
      .toBeGreaterThan(2);

    // The raw voice, as the page records it, is at 150 Hz.
    const raw = fundamental(await rawVoice(reporter));
    expect(raw).toBeGreaterThan(140);
    expect(raw).toBeLessThan(160);

    expect(await seriousViolations(reporter)).toEqual([]);

    // No answer on keeping the recording, no sending.
    await reporter.getByTestId("voice-use").click();
    await expect.poll(() => reporter.getByTestId("voice-error").textContent()).toContain("kept");
    await reporter.getByTestId("voice-keep-yes").check();
    await reporter.getByTestId("voice-use").click();
    await expect
      .poll(() => reporter.getByTestId("report-voice-item").textContent())
      .toMatch(/^voice-message-[0-9a-f]{6}\.wav /);
    const name = ((await reporter.getByTestId("report-voice-item").textContent()) ?? "").split(" ")[0]!;

    const token = (await submitReport(reporter, "A voice message goes with this.")).trim();
    const row = reporter.getByTestId("evidence-upload");
    await expect.poll(() => row.getAttribute("data-state"), { timeout: 60_000 }).toBe("sent");

    // A second message from the inbox, this time without consent to keeping it; sent at once.
    await reporter.goto(`${server.url}/inbox.html`);
    await reporter.getByTestId("inbox-token").fill(token);
    await reporter.getByTestId("inbox-open").click();
    await reporter.getByTestId("inbox-voice").click();
    await reporter.getByTestId("voice-start").click();
    await reporter.getByTestId("voice-stop").waitFor({ state: "visible" });
    await reporter.waitForTimeout(1500);
    await reporter.getByTestId("voice-stop").click();
    await reporter.getByTestId("voice-result").waitFor({ state: "visible", timeout: 60_000 });
    await reporter.getByTestId("voice-disguise").selectOption("higher");
    await reporter.getByTestId("voice-keep-no").check();
    await reporter.getByTestId("voice-use").click();
    await expect
      .poll(() => reporter.getByTestId("inbox-files").textContent(), { timeout: 60_000 })
      .toMatch(/voice-message-[0-9a-f]{6}\.wav.*voice-message-[0-9a-f]{6}\.wav/s);

    const db = new Database(join(server.dataDir, "channel.sqlite"), { readonly: true });
    const stored = db
      .prepare("SELECT keep_recording AS keep, state FROM attachments ORDER BY rowid")
      .all() as {
      keep: number | null;
      state: string;
    }[];
    db.close();
    expect(stored).toEqual([
      { keep: 1, state: "stored" },
      { keep: 0, state: "stored" },
    ]);

    await handler.goto(`${server.url}/handler.html`);
    await handler.getByTestId("signin-handle").fill("alice");
    await handler.getByTestId("signin-passphrase").fill(PASSPHRASE);
    await handler.getByTestId("signin-submit").click();
    await handler.getByTestId("triage-open").first().click({ timeout: 60_000 });
    const file = handler.getByTestId("case-file").filter({ hasText: name });
    await file.waitFor({ timeout: 30_000 });
    await file.getByTestId("case-file-play").click();
    const audio = file.getByTestId("case-file-audio");
    await expect
      .poll(() => audio.evaluate((a) => (a as HTMLAudioElement).duration || 0), { timeout: 30_000 })
      .toBeGreaterThan(2);

    // What the handler decrypts is the disguised voice (the "lower" disguise: about 0.74 of the pitch),
    // not the raw one; the raw recording was never sent.
    const [download] = await Promise.all([
      handler.waitForEvent("download", { timeout: 60_000 }),
      file.getByTestId("case-file-download").click(),
    ]);
    const decrypted = wavSamples(readFileSync(await download.path()));
    expect(decrypted.rate).toBe(16000);
    expect(decrypted.samples.length / decrypted.rate).toBeGreaterThan(2);
    const disguised = fundamental(decrypted.samples);
    expect(disguised / raw).toBeGreaterThan(0.64);
    expect(disguised / raw).toBeLessThan(0.84);
    expect(errors).toEqual([]);
    await handlerContext.close();
    await reporterContext.close();
  }, 300_000);
});

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
