// The built client's static pages in real Chromium: they render under the production CSP with no
// violation, load nothing from anywhere else, and axe-core finds no serious or critical problem.
// Builds nothing: runs only when dist/client exists (`npx vite build`, part of `npm test`). The API is
// not mocked: every /api call gets a 404, so the pages show their static parts and their load errors.

import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCaseToken } from "../../crypto/index";
import { launchChromium } from "./chromium";
import { seriousViolations } from "./helpers";

const ROOT = join(import.meta.dirname, "../..");
const DIST = join(ROOT, "dist/client");

// The server's policy (server/middleware/security-headers.ts), so a regression shows up here too.
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; media-src 'self' blob:; font-src 'self'; " +
  "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".svg": "image/svg+xml",
};

let server: Server;
let base = "";
let browser: Browser;
let close: () => Promise<void>;

function serveDist(): Server {
  return createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    const headers = { "content-security-policy": CSP, "cache-control": "no-store" };
    if (path.startsWith("/api/")) {
      res.writeHead(404, { ...headers, "content-type": "application/json" });
      res.end(JSON.stringify({ error: { code: "not_found", message: "Not found." } }));
      return;
    }
    const file = normalize(join(DIST, path === "/" ? "index.html" : path));
    if (!file.startsWith(DIST) || !existsSync(file)) {
      res.writeHead(404, headers);
      res.end();
      return;
    }
    res.writeHead(200, { ...headers, "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
}

/** Opens a page, records CSP violations, page errors and requests to other origins. */
async function open(path: string, opts: { bypassCSP?: boolean } = {}) {
  const context = await browser.newContext({ bypassCSP: opts.bypassCSP ?? false });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (m) => {
    if (/Content.Security.Policy/i.test(m.text())) problems.push(`csp: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("request", (r) => {
    if (!r.url().startsWith(base)) problems.push(`foreign request: ${r.url()}`);
  });
  await page.goto(`${base}${path}`, { waitUntil: "networkidle" });
  return { page, problems, close: () => context.close() };
}

const PAGES: { path: string; ready: string }[] = [
  { path: "/", ready: "[data-testid=home-report-link]" },
  { path: "/report.html", ready: "[data-testid=report-status]:has-text('could not be loaded')" },
  { path: "/inbox.html", ready: "[data-testid=inbox-token]:not([disabled])" },
  { path: "/handler.html", ready: "[data-testid=signin-form]" },
];

describe.skipIf(!existsSync(join(DIST, "report.html")))("built client pages", () => {
  beforeAll(async () => {
    server = serveDist();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    ({ browser, close } = await launchChromium());
  });

  afterAll(async () => {
    await close?.();
    await new Promise((resolve) => server?.close(resolve));
  });

  for (const { path, ready } of PAGES) {
    it(`${path} renders under the strict CSP without violations or foreign requests`, async () => {
      const p = await open(path);
      try {
        await p.page.waitForSelector(ready, { timeout: 10_000 });
        expect(await p.page.locator("h1").count()).toBe(1);
        expect(p.problems).toEqual([]);
      } finally {
        await p.close();
      }
    });

    it(`${path} has no serious or critical axe-core violations`, async () => {
      // axe is injected as an inline script, which the CSP rightly refuses: bypass it for this check only.
      const p = await open(path, { bypassCSP: true });
      try {
        await p.page.waitForSelector(ready, { timeout: 10_000 });
        expect(await seriousViolations(p.page)).toEqual([]);
      } finally {
        await p.close();
      }
    });
  }

  it("report page keeps the form closed without the API, so nothing can be sent", async () => {
    const p = await open("/report.html");
    try {
      await p.page.waitForSelector(PAGES[1]!.ready);
      expect(await p.page.locator("[data-testid=report-what]").isDisabled()).toBe(true);
      expect(await p.page.locator("[data-testid=report-submit]").isDisabled()).toBe(true);
      expect(await p.page.locator("[data-testid=report-identity] legend").textContent()).toContain(
        "optional",
      );
    } finally {
      await p.close();
    }
  });

  it("inbox rejects a mistyped token before any request", async () => {
    const p = await open("/inbox.html");
    try {
      await p.page.waitForSelector(PAGES[2]!.ready);
      const apiCalls: string[] = [];
      p.page.on("request", (r) => {
        if (r.url().includes("/api/inbox")) apiCalls.push(r.url());
      });
      // A real token with its check character changed: the typo a person most likely makes.
      const token = generateCaseToken();
      const last = token.slice(-1);
      const typo = token.slice(0, -1) + (last === "0" ? "1" : "0");
      await p.page.fill("[data-testid=inbox-token]", typo.toLowerCase());
      await p.page.click("[data-testid=inbox-open]");
      await expect
        .poll(() => p.page.locator("[data-testid=inbox-error]").textContent())
        .toContain("a character looks wrong");
      expect(apiCalls).toEqual([]);
      expect(p.page.url()).toBe(`${base}/inbox.html`);
    } finally {
      await p.close();
    }
  });
});
