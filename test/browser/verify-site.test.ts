/**
 * A client anyone can verify (issue 10): an admin publishes a release from the admin view (their
 * browser checks every served file and signs the build's manifest with the channel key), then
 * `npm run verify:site` passes against the live server, with and without the pin, and fails after one
 * byte of one served file changes, or with a wrong pin. Chromium itself refuses the changed file,
 * because the page's tag carries `integrity`.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fingerprintOf, type SignedStatement } from "../../crypto/index";
import { launchChromium } from "./chromium";
import { enrolThroughLink } from "./helpers";
import { type RunningServer, startServer } from "./server";

function verifySite(...args: string[]): { status: number | null; out: string } {
  const r = spawnSync(process.execPath, ["--import", "tsx", "server/cli/verify-site.ts", ...args], {
    encoding: "utf8",
    timeout: 120_000,
  });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

describe("verify:site against a live server", () => {
  const clientDir = mkdtempSync(join(tmpdir(), "oc-served-"));
  let server: RunningServer;
  let browser: Browser;
  let close: () => Promise<void>;
  let pin: string;

  beforeAll(async () => {
    // The test server serves its own copy of the build, so one byte of it can be changed.
    const built = spawnSync(
      "npx",
      ["vite", "build", "--logLevel", "error", "--outDir", clientDir, "--emptyOutDir"],
      {
        encoding: "utf8",
      },
    );
    if (built.status !== 0) throw new Error(`vite build failed: ${built.stderr}`);
    server = await startServer({ CLIENT_DIR: clientDir });
    ({ browser, close } = await launchChromium());
    const page = await (await browser.newContext()).newPage();
    await enrolThroughLink(page, server.enrolmentLink, "alice", "Alice Admin", "harbour lantern ochre 4417");
    const roster = (await (await fetch(`${server.url}/api/roster`)).json()) as SignedStatement;
    pin = fingerprintOf((JSON.parse(roster.body) as { channelKey: string }).channelKey);
    await page.getByTestId("nav-admin").click();
    await page.getByTestId("admin-nav-settings").click();
    await page.getByTestId("admin-release-publish").click();
    await page.getByTestId("admin-release-digest").waitFor({ timeout: 60_000 });
    await page.close();
  }, 240_000);

  afterAll(async () => {
    await close?.();
    await server?.stop();
    rmSync(clientDir, { recursive: true, force: true });
  });

  it("serves a release whose manifest digest is the built manifest's", async () => {
    const manifest = readFileSync(join(clientDir, "client-manifest.json"));
    const release = (await (await fetch(`${server.url}/api/release`)).json()) as SignedStatement;
    expect(JSON.parse(release.body).manifest).toBe(createHash("sha256").update(manifest).digest("hex"));
  });

  it("passes on the fresh server, with and without the pin", () => {
    const plain = verifySite(server.url);
    expect(plain.out).toContain("OK");
    expect(plain.status).toBe(0);
    const pinned = verifySite(server.url, "--pin", pin.toLowerCase());
    expect(pinned.status).toBe(0);
    expect(pinned.out).toContain(pin);
  }, 240_000);

  it("fails with a wrong pin", () => {
    const wrong = verifySite(server.url, "--pin", "00000-00000-00000-00000-00000");
    expect(wrong.status).toBe(1);
    expect(wrong.out).toContain("pin does not match");
  }, 120_000);

  it("fails after one byte of a served asset changes, and Chromium refuses that file", async () => {
    const css = readdirSync(join(clientDir, "assets")).find((f) => f.endsWith(".css"))!;
    const path = join(clientDir, "assets", css);
    const bytes = readFileSync(path);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 2) ^ 1, bytes.length - 2);
    writeFileSync(path, bytes);

    const changed = verifySite(server.url, "--pin", pin);
    expect(changed.status).toBe(1);
    expect(changed.out).toContain(`/assets/${css}`);

    const page = await (await browser.newContext()).newPage();
    const refused: string[] = [];
    page.on("console", (m) => {
      if (/integrity/i.test(m.text())) refused.push(m.text());
    });
    await page.goto(`${server.url}/report.html`);
    await expect.poll(() => refused.length, { timeout: 10_000 }).toBeGreaterThan(0);
    expect(refused.join("\n")).toContain(css);
    await page.close();
  }, 240_000);
});
