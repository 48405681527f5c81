/**
 * Smoke test of the Workers entry as an operator runs it locally: `wrangler d1 migrations apply --local`,
 * then `wrangler dev --local` (workerd, local D1 and R2, the built client as static assets) on a free
 * loopback port with fresh state, and Chromium going through the real pages: the first handler enrols
 * with a link minted by the ENROL_SECRET route, a reporting person submits through the report form,
 * opens the inbox with the token and reads the report, and the handler signs in and reads it too.
 *
 * wrangler runs from a temporary copy of wrangler.toml without the [build] step (the suite builds the
 * client once; a rebuild here would race other suites for dist/client), with the secret in a .dev.vars
 * file beside it, as `wrangler secret put` provides it in production.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { wranglerConfigCopy } from "../../scripts/wrangler-config.mjs";
import { launchChromium } from "./chromium";
import { ensureClientBuilt, freePort } from "./server";

const ROOT = resolve(import.meta.dirname, "../..");
const WRANGLER = join(ROOT, "node_modules/wrangler/bin/wrangler.js");
const ENROL_SECRET = "smoke-enrol-secret-0123456789abcdefghijklmnop";
const PASSPHRASE = "a long enough passphrase for the smoke test";
const WHAT = `Invoices approved twice in the Workers smoke test ${Date.now()}`;

/** wrangler without a network: no metrics, no banner, no request for Cloudflare's `cf` data. */
const WRANGLER_ENV = {
  ...process.env,
  WRANGLER_SEND_METRICS: "false",
  WRANGLER_HIDE_BANNER: "true",
  CLOUDFLARE_CF_FETCH_ENABLED: "false",
  CI: "1",
};

interface Dev {
  url: string;
  output: () => string;
  stop: () => Promise<void>;
}

async function startWranglerDev(): Promise<Dev> {
  ensureClientBuilt();
  const headers = spawnSync(process.execPath, ["--import", "tsx", "scripts/write-headers.ts"], {
    cwd: ROOT,
    encoding: "utf8",
  });
  if (headers.status !== 0) throw new Error(`write-headers failed:\n${headers.stderr}`);

  const dir = mkdtempSync(join(tmpdir(), "oc-wrangler-"));
  const config = join(dir, "wrangler.toml");
  const state = join(dir, "state");
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  writeFileSync(config, wranglerConfigCopy(readFileSync(join(ROOT, "wrangler.toml"), "utf8"), ROOT));
  writeFileSync(join(dir, ".dev.vars"), `ENROL_SECRET=${ENROL_SECRET}\nPUBLIC_URL=${url}\n`);

  const migrate = spawnSync(
    process.execPath,
    [WRANGLER, "d1", "migrations", "apply", "DB", "--local", "--persist-to", state, "--config", config],
    { cwd: dir, env: WRANGLER_ENV, encoding: "utf8" },
  );
  if (migrate.status !== 0) throw new Error(`migrations failed:\n${migrate.stdout}\n${migrate.stderr}`);

  let out = "";
  const child: ChildProcess = spawn(
    process.execPath,
    [
      WRANGLER,
      "dev",
      "--config",
      config,
      "--local",
      "--ip",
      "127.0.0.1",
      "--port",
      String(port),
      "--persist-to",
      state,
    ],
    // Its own process group, so that stopping it also stops the workerd it starts.
    { cwd: dir, env: WRANGLER_ENV, stdio: ["ignore", "pipe", "pipe"], detached: true },
  );
  child.stdout?.on("data", (d) => {
    out += String(d);
  });
  child.stderr?.on("data", (d) => {
    out += String(d);
  });
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null || !child.pid) return done();
      child.once("exit", () => done());
      process.kill(-child.pid, "SIGTERM");
    }).then(() => rmSync(dir, { recursive: true, force: true }));

  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited:\n${out}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`wrangler dev did not answer /healthz:\n${out}`);
    }
    const ok = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  return { url, output: () => out, stop };
}

let dev: Dev;
let browser: Browser;
let closeBrowser: () => Promise<void>;

beforeAll(async () => {
  dev = await startWranglerDev();
  const chromium = await launchChromium();
  browser = chromium.browser;
  closeBrowser = chromium.close;
});

afterAll(async () => {
  await closeBrowser?.();
  await dev?.stop();
});

/** A page in its own browser context (no shared cookies or storage), with page errors surfaced. */
async function freshPage(): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on("pageerror", (e) => console.error("page error:", e.message));
  return page;
}

describe("the Workers entry under wrangler dev", () => {
  it("takes a report through the real pages, from enrolment to both inboxes", async () => {
    // The operator mints the first link with the setup secret (POST, Bearer), as the README says.
    const minted = await fetch(`${dev.url}/api/setup/enrolment`, {
      method: "POST",
      headers: { authorization: `Bearer ${ENROL_SECRET}` },
    });
    expect(minted.status, dev.output()).toBe(201);
    const { link } = (await minted.json()) as { link: string };
    expect(link.startsWith(`${dev.url}/handler.html#enrol=`)).toBe(true);

    // The first handler enrols through /handler.html#enrol=CODE, so that a report has a recipient.
    const handler = await freshPage();
    await handler.goto(link);
    await handler.fill("[data-testid=enrol-handle]", "alice");
    await handler.fill("[data-testid=enrol-display-name]", "Alice Handler");
    await handler.fill("[data-testid=enrol-passphrase]", PASSPHRASE);
    await handler.fill("[data-testid=enrol-passphrase-repeat]", PASSPHRASE);
    await handler.click("[data-testid=enrol-submit]");
    await handler.waitForSelector("[data-testid=triage-empty]", { timeout: 60_000 });

    // The reporting person fills in the form; the browser encrypts; the token is shown once.
    const reporter = await freshPage();
    await reporter.goto(`${dev.url}/report.html`);
    await reporter.waitForSelector("[data-testid=report-submit]:not([disabled])");
    await reporter.selectOption("[data-testid=report-category]", { index: 1 });
    await reporter.fill("[data-testid=report-what]", WHAT);
    await reporter.click("[data-testid=report-submit]");
    await reporter.waitForSelector("[data-testid=token-panel]:visible", { timeout: 60_000 });
    const token = (await reporter.textContent("[data-testid=token-display]"))?.trim() ?? "";
    expect(token.length).toBeGreaterThan(20);
    await reporter.check("[data-testid=token-saved]");
    await reporter.click("[data-testid=token-continue]");
    await reporter.waitForURL((url) => url.pathname === "/inbox.html");

    // The inbox opens in the same page from the token in memory (nothing typed) and decrypts the report
    // in the reporting person's browser.
    await reporter.waitForSelector("[data-testid=inbox-case]:visible", { timeout: 60_000 });
    await expect
      .poll(() => reporter.textContent("[data-testid=report-field][data-field=whatHappened]"))
      .toBe(WHAT);

    // The handler signs in again (keys live only in page memory) and reads the same report.
    await handler.reload();
    await handler.fill("[data-testid=signin-handle]", "alice");
    await handler.fill("[data-testid=signin-passphrase]", PASSPHRASE);
    await handler.click("[data-testid=signin-submit]");
    await handler.click("[data-testid=triage-open]", { timeout: 60_000 });
    await expect
      .poll(() =>
        handler.textContent("[data-testid=case-report] [data-testid=report-field][data-field=whatHappened]"),
      )
      .toBe(WHAT);

    // Static files carry the same security headers as the app's answers (dist/client/_headers).
    const page = await fetch(`${dev.url}/report.html`);
    expect(page.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(page.headers.get("cache-control")).toBe("no-store");
    expect(page.headers.get("referrer-policy")).toBe("no-referrer");
    expect(page.headers.get("x-content-type-options")).toBe("nosniff");

    // The setup route is dead once someone is enrolled.
    const again = await fetch(`${dev.url}/api/setup/enrolment`, {
      method: "POST",
      headers: { authorization: `Bearer ${ENROL_SECRET}` },
    });
    expect(again.status).toBe(409);
  });
});
