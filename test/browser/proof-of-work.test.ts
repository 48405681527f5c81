/**
 * One sender cannot shut others out of reporting (issue 11): after 30 junk POST /api/reports from one
 * address, a genuine report from the same address, made through the real form in Chromium, gets its
 * token. The junk is refused for want of a proof of work, before any other work; the form solves its
 * puzzle in a Web Worker at the server's real difficulty.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  deriveHandlerKeys,
  newHandlerIdentity,
  newKdfParams,
  sealIdentity,
  toBase64,
} from "../../crypto/index";
import { launchChromium } from "./chromium";
import { signRosterAs } from "./reporter-helpers";
import { type RunningServer, startServer } from "./server";

async function enrolHandler(server: RunningServer): Promise<void> {
  const code = server.enrolmentLink.split("#enrol=")[1]!;
  const id = await newHandlerIdentity();
  const kdf = newKdfParams({ logN: 10 });
  const { authKey, wrapKey } = await deriveHandlerKeys("pow test passphrase", kdf);
  const res = await fetch(`${server.url}/api/enrolment`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      code,
      handle: "alice",
      displayName: "Alice",
      recipient: id.recipient,
      kdf,
      authKey: toBase64(authKey),
      sealedIdentity: toBase64(sealIdentity(id.identity, wrapKey, "alice")),
    }),
  });
  expect(res.status).toBe(201);
  await signRosterAs(server, res, id.identity);
}

describe("proof of work in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let close: () => Promise<void>;

  beforeAll(async () => {
    server = await startServer({ ORG_NAME: "PoW Test Org", POW_BITS: "17" });
    ({ browser, close } = await launchChromium());
  });

  afterAll(async () => {
    await close?.();
    await server?.stop();
  });

  it("gives a genuine report its token after 30 junk POSTs from the same address", async () => {
    await enrolHandler(server);
    const junk = [
      () => ({}),
      () => ({ "x-oc-pow": "pow1.report.00.18.1.00.1" }),
      () => ({ "x-oc-pow": `pow1.report.${"a".repeat(32)}.0.${Date.now() + 60_000}.${"b".repeat(32)}.1` }),
    ];
    const statuses = new Set<number>();
    for (let i = 0; i < 30; i++) {
      const res = await fetch(`${server.url}/api/reports`, {
        method: "POST",
        headers: { "content-type": "application/json", ...junk[i % junk.length]!() },
        body: JSON.stringify({ loginKey: "junk", report: "x".repeat(1000) }),
      });
      statuses.add(res.status);
    }
    expect([...statuses].sort()).toEqual([403, 428]);

    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    const times: Record<string, number> = {};
    let bits = 0;
    let challenges = 0;
    page.on("response", async (r) => {
      if (r.url().includes("/api/pow?")) {
        challenges++;
        times.challenge = Date.now();
        bits = ((await r.json()) as { bits: number }).bits;
      }
    });
    page.on("request", (r) => {
      if (r.url().includes("/api/pow?")) times.asked ??= Date.now();
      if (r.url().endsWith("/api/reports") && r.method() === "POST") times.report = Date.now();
    });
    // The page asks for its challenge once the form is in use, before anything is sent.
    const asked = page.waitForRequest((r) => r.url().includes("/api/pow?scope=report"), { timeout: 60_000 });
    await page.goto(`${server.url}/report.html`);
    await expect.poll(() => page.getByTestId("report-submit").isEnabled(), { timeout: 30_000 }).toBe(true);
    const category = page.getByTestId("report-category");
    const values = await category
      .locator("option")
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    await category.selectOption(values[0]!);
    await page.getByTestId("report-what").fill("A genuine report after a flood of junk.");
    await asked;
    const start = Date.now();
    await page.getByTestId("report-submit").click();
    const token = page.getByTestId("token-display");
    await token.waitFor({ timeout: 120_000 });
    expect((await token.textContent())?.trim()).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){4}$/);
    expect(errors).toEqual([]);
    expect(bits).toBeGreaterThanOrEqual(17);
    // The challenge was fetched (and solved in the background) as soon as the form was in use, once.
    // `asked` resolved before `start` was read, so the two can only share a millisecond, not swap.
    expect(times.asked).toBeLessThanOrEqual(start);
    expect(challenges).toBe(1);
    console.log(
      `proof of work: ${bits} bits solved in ${(times.report ?? 0) - (times.challenge ?? 0)} ms in Chromium's Worker; ` +
        `submit to token ${Date.now() - start} ms`,
    );
    await context.close();
  });
});
