/**
 * The annual notice and the transparency report as workers see them, in Chromium against the real
 * server: every required item in each language, the poster on one A4 page (screenshots and PDFs in
 * test-results/), and not one request to another origin.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  deriveHandlerKeys,
  newHandlerIdentity,
  newKdfParams,
  sealIdentity,
  toBase64,
} from "../../crypto/index";
import { REQUIRED_NOTICE_ITEMS } from "../../server/notice/index";
import { launchChromium } from "./chromium";
import { type RunningServer, startServer } from "./server";

const OUT = "test-results";

async function adminSession(server: RunningServer): Promise<Record<string, string>> {
  const code = server.enrolmentLink.split("#enrol=")[1]!;
  const id = await newHandlerIdentity();
  const kdf = newKdfParams({ logN: 10 });
  const { authKey, wrapKey } = await deriveHandlerKeys("notice admin passphrase", kdf);
  const res = await fetch(`${server.url}/api/enrolment`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      code,
      handle: "admin",
      displayName: "Notice Admin",
      recipient: id.recipient,
      kdf,
      authKey: toBase64(authKey),
      sealedIdentity: toBase64(sealIdentity(id.identity, wrapKey, "admin")),
    }),
  });
  expect(res.status).toBe(201);
  const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0]!;
  return { cookie, "x-oc-csrf": "1", "content-type": "application/json" };
}

async function call(
  server: RunningServer,
  headers: Record<string, string>,
  method: string,
  path: string,
  body?: unknown,
) {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  expect(res.status, `${method} ${path}: ${await res.clone().text()}`).toBeLessThan(300);
  return res.json();
}

describe("notice and transparency pages in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let close: () => Promise<void>;

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    server = await startServer({ ORG_NAME: "Notice Org" });
    ({ browser, close } = await launchChromium());
    const admin = await adminSession(server);
    await call(server, admin, "PUT", "/api/admin/profile", {
      name: "Frontier Models GmbH",
      countries: ["DE", "FR", "IE", "NL", "ES", "IT", "PL", "SE"],
      languages: ["en", "de", "fr"],
      channelUrl: "https://speakup.example.org/report.html",
      policyUrl: "https://example.org/whistleblowing-policy",
      impartialFunction: { name: "Integrity Office", contact: "integrity@example.org" },
      oralChannel: "+49 30 1234567",
    });
    const { version } = (await call(server, admin, "POST", "/api/admin/notice/versions")) as {
      version: number;
    };
    await call(server, admin, "POST", `/api/admin/notice/versions/${version}/approve`);
    await call(server, admin, "POST", "/api/admin/transparency", { from: "2025-01-01", to: "2025-12-31" });
  });

  afterAll(async () => {
    await close?.();
    await server?.stop();
  });

  for (const lang of ["en", "de", "fr"]) {
    it(`renders every required item of the notice in ${lang}, loading only from its own origin`, async () => {
      const page = await browser.newPage();
      const origins = new Set<string>();
      page.on("request", (r) => origins.add(new URL(r.url()).origin));
      await page.goto(`${server.url}/notice?lang=${lang}`);
      expect(await page.locator("html").getAttribute("lang")).toBe(lang);
      for (const item of REQUIRED_NOTICE_ITEMS) {
        const section = page.locator(`[data-item="${item}"]`);
        expect(await section.count(), `${item} in ${lang}`).toBeGreaterThan(0);
        expect(
          ((await section.first().textContent()) ?? "").trim().length,
          `${item} has text`,
        ).toBeGreaterThan(20);
      }
      expect(await page.locator("svg").count()).toBeGreaterThan(0);
      expect([...origins]).toEqual([server.url]);
      await page.close();
    });

    it(`prints the ${lang} poster on one A4 page with the QR code`, async () => {
      const page = await browser.newPage({ viewport: { width: 794, height: 1123 } });
      const origins = new Set<string>();
      page.on("request", (r) => origins.add(new URL(r.url()).origin));
      await page.goto(`${server.url}/notice/poster?lang=${lang}`);
      await page.emulateMedia({ media: "print" });
      const pdf = await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
      writeFileSync(`${OUT}/poster-${lang}.pdf`, pdf);
      await page.screenshot({ path: `${OUT}/poster-${lang}.png`, fullPage: true });
      const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? [];
      expect(pages.length).toBe(1);
      const qr = await page.locator("svg").first().boundingBox();
      expect(qr?.width ?? 0).toBeGreaterThan(200);
      expect([...origins]).toEqual([server.url]);
      await page.close();
    });
  }

  it("serves the transparency report with its charts from its own origin only", async () => {
    const page = await browser.newPage();
    const origins = new Set<string>();
    page.on("request", (r) => origins.add(new URL(r.url()).origin));
    await page.goto(`${server.url}/transparency`);
    expect(await page.locator("svg").count()).toBeGreaterThan(0);
    expect(await page.locator("body").textContent()).toContain("<5");
    expect([...origins]).toEqual([server.url]);
    await page.close();
  });
});
