/**
 * Benchmarks of the report page in Debian's Chromium against the real Node server:
 *  1. bytes of JS and CSS the report page transfers, raw and gzipped, in each of the 24 languages (budget:
 *     80 KB gzipped; a language's catalog loads only when it is chosen), file by file for English and German;
 *  2. time from clicking "submit" to the token on screen, for a 10 KB report (median of N runs): after
 *     BENCH_WRITE_MS (default 5000) of writing, as a person spends at least that long on a report, so the
 *     proof of work the page solves in the background while they write is ready (issue 10's < 1 s
 *     target); and clicked at once after filling the form, where the submission waits for the puzzle.
 * Prints its figures; asserts nothing (timings on shared machines are for reading, not for gates).
 * Run: npm run bench   (builds the client first if needed); BENCH_JITLESS=1 runs Chromium with no JIT and
 * no WebAssembly, as Tor Browser's "Safer" level does.
 */
import { gzipSync } from "node:zlib";
import languages from "../content/languages.json";
import { launchChromium } from "../test/browser/chromium";
import { enrolRecipient } from "../test/browser/reporter-helpers";
import { startServer } from "../test/browser/server";

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const BUDGET = 80 * 1024;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const server = await startServer({ ORG_NAME: "Bench Org", POW_BITS: "17" });
const JITLESS = process.env.BENCH_JITLESS === "1";
const { browser, close } = await launchChromium(JITLESS ? ["--js-flags=--jitless --noexpose-wasm"] : []);
try {
  // A handler must exist for a report to have a recipient: enrolled through the API, roster signed.
  await enrolRecipient(server, "bench");

  // 1. Transfer size of the report page's JS and CSS, per language.
  const totals: [string, number][] = [];
  for (const lang of languages.languages.map((l) => l.code)) {
    const page = await browser.newPage();
    const assets: { url: string; type: string; raw: number; gz: number }[] = [];
    page.on("response", async (r) => {
      const type = r.request().resourceType();
      if (type !== "script" && type !== "stylesheet") return;
      const body = await r.body();
      assets.push({
        url: new URL(r.url()).pathname,
        type,
        raw: body.length,
        gz: gzipSync(body, { level: 9 }).length,
      });
    });
    await page.goto(`${server.url}/report.html?lang=${lang}`, { waitUntil: "networkidle" });
    const raw = assets.reduce((a, x) => a + x.raw, 0);
    const gz = assets.reduce((a, x) => a + x.gz, 0);
    totals.push([lang, gz]);
    await page.close();
    if (lang !== "en" && lang !== "de") continue;
    console.log(`\nReport page JS + CSS (${lang})`);
    for (const a of assets)
      console.log(
        `  ${a.type.padEnd(10)} ${String(a.raw).padStart(8)} B raw ${String(a.gz).padStart(8)} B gz  ${a.url}`,
      );
    console.log(
      `  total      ${String(raw).padStart(8)} B raw ${String(gz).padStart(8)} B gz  (${(gz / 1024).toFixed(1)} KiB of the ${BUDGET / 1024} KiB budget)`,
    );
  }
  totals.sort((a, b) => b[1] - a[1]);
  console.log(
    `\nReport page JS + CSS gzipped, all ${totals.length} languages, heaviest first (budget ${BUDGET} B)`,
  );
  console.log(`  ${totals.map(([lang, gz]) => `${lang} ${gz}${gz > BUDGET ? " OVER" : ""}`).join(", ")}`);

  // 2. Submit-to-token time for a 10 KB report.
  const text = "The model evaluation was skipped before release. ".repeat(205).slice(0, 10_000);
  const WRITE_MS = Number(process.env.BENCH_WRITE_MS ?? 5000);
  for (const writeMs of [WRITE_MS, 0]) {
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const p = await browser.newPage();
      await p.goto(`${server.url}/report.html`);
      await p.waitForFunction(
        () => !(document.querySelector('[data-testid="report-submit"]') as HTMLButtonElement)?.disabled,
      );
      // The categories come with the channel's configuration, after the form is enabled.
      await p.waitForFunction(
        () => document.querySelectorAll('[data-testid="report-category"] option').length > 1,
      );
      const cat = p.getByTestId("report-category");
      const values = await cat
        .locator("option")
        .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
      await cat.selectOption(values[0]!);
      await p.getByTestId("report-what").fill(text);
      if (writeMs) await p.waitForTimeout(writeMs);
      const t0 = Date.now();
      await p.getByTestId("report-submit").click();
      await p.getByTestId("token-display").waitFor({ timeout: 60_000 });
      times.push(Date.now() - t0);
      await p.close();
    }
    console.log(
      `\nSubmit to token on screen, 10 KB report, ${writeMs ? `after ${writeMs} ms of writing` : "clicked at once after filling"}, ${RUNS} runs${JITLESS ? ", no JIT, no WebAssembly" : ""}`,
    );
    console.log(
      `  median ${median(times)} ms, min ${Math.min(...times)} ms, max ${Math.max(...times)} ms  [${times.join(", ")}]`,
    );
  }
} finally {
  await close();
  await server.stop();
}
