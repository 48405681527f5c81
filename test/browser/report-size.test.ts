/**
 * The report page's weight in each of the 24 languages, in Debian's Chromium against the real Node
 * server: the JS and CSS it transfers until the network is idle, gzipped (level 9, as bench/report-page.ts
 * measures), stays at or under 80 KiB. A language's catalog loads only when it is chosen, the token page
 * with the submission and the inbox view when the person continues, so none of them weighs on the form.
 */
import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import languages from "../../content/languages.json";
import { launchChromium } from "./chromium";
import { enrolRecipient } from "./reporter-helpers";
import { type RunningServer, startServer } from "./server";

const BUDGET = 80 * 1024;

describe("report page weight", () => {
  let server: RunningServer;
  let browser: Browser;
  let close: () => Promise<void>;

  beforeAll(async () => {
    server = await startServer({ ORG_NAME: "Light Pages Ltd" });
    await enrolRecipient(server);
    ({ browser, close } = await launchChromium());
  });

  afterAll(async () => {
    await close?.();
    await server?.stop();
  });

  it("is at most 80 KiB of gzipped JS and CSS in every language, with only that language's catalog", async () => {
    const over: string[] = [];
    for (const { code } of languages.languages) {
      const page = await browser.newPage();
      const bodies: Promise<{ path: string; gz: number }>[] = [];
      page.on("response", (r) => {
        const type = r.request().resourceType();
        if (type === "script" || type === "stylesheet")
          bodies.push(
            r.body().then((b) => ({ path: new URL(r.url()).pathname, gz: gzipSync(b, { level: 9 }).length })),
          );
      });
      try {
        await page.goto(`${server.url}/report.html?lang=${code}`, { waitUntil: "networkidle" });
        await page.getByTestId("report-fingerprint").waitFor();
        const assets = await Promise.all(bodies);
        const total = assets.reduce((sum, a) => sum + a.gz, 0);
        if (total > BUDGET) over.push(`${code}: ${total} B`);
        // One catalog chunk, the chosen language's: a chunk named after another language would be a leak.
        const catalogs = assets.filter((a) => /^\/assets\/[a-z]{2}-[\w-]+\.js$/.test(a.path));
        expect(
          catalogs.map((a) => a.path.slice(8, 10)),
          code,
        ).toEqual([code]);
      } finally {
        await page.close();
      }
    }
    expect(over).toEqual([]);
  });
});
