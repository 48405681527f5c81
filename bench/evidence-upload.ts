/**
 * Attachment benchmarks (issue 13), printed, never asserted:
 *  1. Node server peak RSS (VmHWM) while it takes a 2 GB streamed upload (BENCH_SERVER_MB, default 2048),
 *     run with the V8 flag the systemd unit uses (--max-semi-space-size=2; BENCH_SEMI_SPACE_MB);
 *     the bytes after the first chunk's real age header are filler: the server checks the header and
 *     each chunk's size and order, never the payload's tags (it has no key).
 *  2. In Chromium, encrypt-and-upload of a BENCH_UPLOAD_MB (default 1024) file against raw streaming
 *     age encryption of the same size in the same page and run: MB/s each and the ratio (aim >= 70%).
 *  3. The tab's JS heap peak (CDP Performance metrics) while uploading 64 MB and the full size: it must
 *     not grow with the file.
 * Run: npx vite build && npx tsx bench/evidence-upload.ts
 */
import { readFileSync } from "node:fs";
import { build } from "esbuild";
import {
  deriveHandlerKeys,
  deriveReporterKeys,
  encryptJson,
  encryptStream,
  generateCaseToken,
  newCaseIdentity,
  newHandlerIdentity,
  newKdfParams,
  sealIdentity,
  toBase64,
  wrapIdentityTo,
} from "../crypto/index";
import { solvePow } from "../server/abuse/pow";
import { launchChromium } from "../test/browser/chromium";
import { type RunningServer, startServer } from "../test/browser/server";

const UPLOAD_MB = Number(process.env.BENCH_UPLOAD_MB ?? 1024);
const SERVER_MB = Number(process.env.BENCH_SERVER_MB ?? 2048);
const MB = 1024 * 1024;
const CHUNK = 8 * MB;

/** The proof of work an anonymous write needs (server/abuse/pow.ts), cheap here (POW_BITS below). */
const POW_SCOPES: Record<string, string> = { "/api/reports": "report", "/api/attachments": "message" };

async function post(
  server: RunningServer,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
) {
  const scope = POW_SCOPES[path];
  if (scope) {
    const c = (await (await fetch(`${server.url}/api/pow?scope=${scope}`)).json()) as {
      challenge: string;
      salt: string;
      bits: number;
    };
    headers = { ...headers, "x-oc-pow": `${c.challenge}.${solvePow(c.salt, c.bits)}` };
  }
  const res = await fetch(`${server.url}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res.json() as Promise<Record<string, unknown>>;
}

/** A handler and a report through the API; returns what the reporting person's browser would hold. */
async function caseFor(server: RunningServer) {
  const code = server.enrolmentLink.split("#enrol=")[1]!;
  const id = await newHandlerIdentity();
  const kdf = newKdfParams({ logN: 10 });
  const keys = await deriveHandlerKeys("bench passphrase", kdf);
  const enrolled = await post(server, "/api/enrolment", {
    code,
    handle: "bench",
    displayName: "Bench",
    recipient: id.recipient,
    kdf,
    authKey: toBase64(keys.authKey),
    sealedIdentity: toBase64(sealIdentity(id.identity, keys.wrapKey, "bench")),
  });
  const personId = (enrolled.person as { id: string }).id;
  const reporter = await deriveReporterKeys(generateCaseToken());
  const kase = await newCaseIdentity();
  await post(server, "/api/reports", {
    loginKey: toBase64(reporter.loginKey),
    channelId: "default",
    caseRecipient: kase.recipient,
    report: toBase64(await encryptJson([kase.recipient], { v: 1, whatHappened: "bench" })),
    reporterKey: toBase64(await wrapIdentityTo(reporter.recipient, kase.identity)),
    handlerKeys: [{ personId, wrapped: toBase64(await wrapIdentityTo(id.recipient, kase.identity)) }],
    excludedPersonIds: [],
    identity: null,
  });
  return { loginKey: toBase64(reporter.loginKey), caseRecipient: kase.recipient };
}

function memoryOf(pid: number): { rss: number; hwm: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (name: string) => Number(status.match(new RegExp(`${name}:\\s+(\\d+)`))?.[1] ?? 0) * 1024;
  return { rss: kb("VmRSS"), hwm: kb("VmHWM") };
}

async function serverRss(): Promise<void> {
  // With the young generation capped as deploy/open-channel.service runs it (BENCH_SEMI_SPACE_MB=0: V8's default).
  const semi = process.env.BENCH_SEMI_SPACE_MB ?? "2";
  const server = await startServer({
    ORG_NAME: "Bench Org",
    POW_BITS: "4",
    ...(semi !== "0" ? { NODE_OPTIONS: `--max-semi-space-size=${semi}` } : {}),
  });
  try {
    const target = await caseFor(server);
    const size = SERVER_MB * MB;
    // A real header needs a real stream: encrypt a source that yields the first chunk, then stop reading.
    let sent = 0;
    const source = new ReadableStream<Uint8Array>({
      pull(c) {
        if (sent >= size) return c.close();
        const n = Math.min(MB, size - sent);
        sent += n;
        c.enqueue(new Uint8Array(n));
      },
    });
    const real = await encryptStream([target.caseRecipient], source, size);
    const reader = real.stream.getReader();
    const first = new Uint8Array(CHUNK);
    let filled = 0;
    while (filled < CHUNK) {
      const { value } = await reader.read();
      const n = Math.min(CHUNK - filled, value!.length);
      first.set(value!.subarray(0, n), filled);
      filled += n;
    }
    await reader.cancel();
    const before = memoryOf(server.pid);
    const begun = await post(
      server,
      "/api/attachments",
      {
        meta: toBase64(await encryptJson([target.caseRecipient], { v: 1, name: "x", type: "", size })),
        size: real.size,
      },
      { "x-oc-login": target.loginKey },
    );
    const id = begun.id as string;
    const filler = new Uint8Array(CHUNK).fill(0x5a);
    let peakRss = 0;
    const t0 = performance.now();
    for (let i = 0, off = 0; off < real.size; i++, off += CHUNK) {
      const n = Math.min(CHUNK, real.size - off);
      const body = i === 0 ? first : filler.subarray(0, n);
      const res = await fetch(`${server.url}/api/attachments/${id}/chunks/${i}`, {
        method: "PUT",
        headers: { "content-type": "application/octet-stream", "x-oc-login": target.loginKey },
        body,
      });
      if (!res.ok) throw new Error(`chunk ${i}: ${res.status} ${await res.text()}`);
      if (i % 8 === 0) peakRss = Math.max(peakRss, memoryOf(server.pid).rss);
    }
    await post(server, `/api/attachments/${id}/complete`, {}, { "x-oc-login": target.loginKey });
    const secs = (performance.now() - t0) / 1000;
    const after = memoryOf(server.pid);
    console.log(
      `server: ${SERVER_MB} MB upload (${Math.ceil(real.size / CHUNK)} chunks) in ${secs.toFixed(1)} s, ${(SERVER_MB / secs).toFixed(0)} MB/s`,
    );
    console.log(
      `server RSS: ${(before.rss / MB).toFixed(0)} MB before, sampled peak ${(Math.max(peakRss, after.rss) / MB).toFixed(0)} MB, VmHWM ${(after.hwm / MB).toFixed(0)} MB (aim < 200 MB)`,
    );
  } finally {
    await server.stop();
  }
}

async function browserThroughput(): Promise<void> {
  const bundle = await build({
    entryPoints: ["bench/evidence-page.ts"],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2022",
    logLevel: "error",
    // The page's catalogs load through Vite's import.meta.glob; the bench needs none of their strings.
    plugins: [
      {
        name: "no-catalog-glob",
        setup(b) {
          b.onLoad({ filter: /client[\\/]src[\\/]i18n[\\/]index\.ts$/ }, (args) => ({
            loader: "ts",
            contents: readFileSync(args.path, "utf8").replace(/import\.meta\.glob<[^>]*>\([^)]*\)/, "{}"),
          }));
        },
      },
    ],
  });
  const code = bundle.outputFiles[0]!.text;
  const worker = await build({
    entryPoints: ["client/src/evidence/encrypt-worker.ts"],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2022",
    logLevel: "error",
  });
  const workerCode = worker.outputFiles[0]!.text;
  const server = await startServer({ ORG_NAME: "Bench Org", POW_BITS: "4" });
  const { browser, close } = await launchChromium();
  try {
    const target = await caseFor(server);
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${server.url}/report.html`);
    await page.addScriptTag({ content: code });
    await page.evaluate((w) => {
      (globalThis as unknown as { evidenceWorkerCode: string }).evidenceWorkerCode = w;
    }, workerCode);
    const cdp = await context.newCDPSession(page);
    await cdp.send("Performance.enable");
    const heap = async () => {
      const { metrics } = (await cdp.send("Performance.getMetrics")) as {
        metrics: { name: string; value: number }[];
      };
      return metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? 0;
    };
    const withHeapPeak = async <T>(work: Promise<T>): Promise<{ result: T; peak: number }> => {
      let peak = await heap();
      let running = true;
      const sampler = (async () => {
        while (running) {
          peak = Math.max(peak, await heap());
          await new Promise((r) => setTimeout(r, 200));
        }
      })();
      const result = await work;
      running = false;
      await sampler;
      return { result, peak };
    };
    type Bench = {
      rawEncrypt(size: number, r: string): Promise<number>;
      upload(size: number, t: { loginKey: string; caseRecipient: string }): Promise<number>;
    };
    const size = UPLOAD_MB * MB;
    const raw = await page.evaluate(
      ([s, r]) =>
        (globalThis as unknown as { evidenceBench: Bench }).evidenceBench.rawEncrypt(
          s as number,
          r as string,
        ),
      [size, target.caseRecipient],
    );
    console.log(
      `chromium: raw streaming age encryption of ${UPLOAD_MB} MB: ${(raw / 1000).toFixed(1)} s, ${(UPLOAD_MB / (raw / 1000)).toFixed(1)} MB/s`,
    );
    const small = await withHeapPeak(
      page.evaluate(
        ([s, t]) =>
          (globalThis as unknown as { evidenceBench: Bench }).evidenceBench.upload(s as number, t as never),
        [64 * MB, target] as const,
      ),
    );
    console.log(`chromium: JS heap peak ${(small.peak / MB).toFixed(1)} MB uploading 64 MB`);
    const big = await withHeapPeak(
      page.evaluate(
        ([s, t]) =>
          (globalThis as unknown as { evidenceBench: Bench }).evidenceBench.upload(s as number, t as never),
        [size, target] as const,
      ),
    );
    const rawMBs = UPLOAD_MB / (raw / 1000);
    const upMBs = UPLOAD_MB / (big.result / 1000);
    console.log(
      `chromium: encrypt-and-upload of ${UPLOAD_MB} MB: ${(big.result / 1000).toFixed(1)} s, ${upMBs.toFixed(1)} MB/s = ${((upMBs / rawMBs) * 100).toFixed(0)}% of raw (aim >= 70%)`,
    );
    console.log(
      `chromium: JS heap peak ${(small.peak / MB).toFixed(1)} MB uploading 64 MB, ${(big.peak / MB).toFixed(1)} MB uploading ${UPLOAD_MB} MB`,
    );
    console.log(`server VmHWM after the browser uploads: ${(memoryOf(server.pid).hwm / MB).toFixed(0)} MB`);
  } finally {
    await close();
    await server.stop();
  }
}

if (process.env.BENCH_SKIP_SERVER !== "1") await serverRss();
if (process.env.BENCH_SKIP_BROWSER !== "1") await browserThroughput();
