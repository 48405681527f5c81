/**
 * The annual notice and the transparency report as workers see them, in Chromium against the real
 * server: every required item in each language, the poster on one A4 page (screenshots and PDFs in
 * test-results/), and not one request to another origin. The channel key's fingerprint is written out
 * on the notice and the poster, and every link into the channel and the QR code carry it as `#pin=`.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import en from "../../content/notice/en.json";
import {
  deriveHandlerKeys,
  fingerprintOf,
  handlerSigningKey,
  newHandlerIdentity,
  newKdfParams,
  newSigningKey,
  type RosterContent,
  sealIdentity,
  signRoster,
  toBase64,
} from "../../crypto/index";
import { catalog, NOTICE_LANGUAGES } from "../../server/notice/i18n";
import { qrSvg, REQUIRED_NOTICE_ITEMS } from "../../server/notice/index";
import { launchChromium } from "./chromium";
import { axeViolations, cutOff } from "./reporter-helpers";
import { type RunningServer, startServer } from "./server";

const OUT = "test-results";

/** The fixed parts of a catalog message, between its placeholders, long enough to be telling. */
function fragments(text: string): string[] {
  return text
    .split(/\{\w+\}/)
    .map((part) => part.trim())
    .filter((part) => part.length >= 8 && /\p{L}/u.test(part));
}

/** English notice strings that `lang` words differently and that the page shows. */
async function englishLeftOver(page: Page, lang: string): Promise<string[]> {
  const own = new Set(Object.values(catalog(lang)).flatMap((t) => fragments(t ?? "")));
  const english = Object.values(en)
    .flatMap(fragments)
    .filter((f) => !own.has(f));
  const text = await page.evaluate(() => `${document.title}\n${document.body.textContent}`);
  return english.filter((f) => text.includes(f));
}

async function adminSession(
  server: RunningServer,
): Promise<{ headers: Record<string, string>; identity: string }> {
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
  return { headers: { cookie, "x-oc-csrf": "1", "content-type": "application/json" }, identity: id.identity };
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
  const channelKey = newSigningKey();
  const fingerprint = fingerprintOf(channelKey.publicKey);
  const pinned = `https://speakup.example.org/report.html#pin=${fingerprint}`;

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    server = await startServer({ ORG_NAME: "Notice Org" });
    ({ browser, close } = await launchChromium());
    const { headers: admin, identity } = await adminSession(server);
    // The roster an admin's browser signs at sign-in, signed here with a channel key the test holds.
    await call(server, admin, "PUT", "/api/trust/signing-key", {
      signingKey: handlerSigningKey(identity).publicKey,
    });
    const { draft } = (await call(server, admin, "GET", "/api/trust")) as { draft: RosterContent };
    await call(server, admin, "POST", "/api/trust/roster", signRoster(channelKey, draft, null, new Date()));
    await call(server, admin, "PUT", "/api/admin/profile", {
      name: "Frontier Models GmbH",
      countries: ["DE", "FR", "IE", "NL", "ES", "IT", "PL", "SE"],
      languages: [...NOTICE_LANGUAGES],
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
      expect(await page.locator('[data-item="internal-channel"]').textContent()).toContain(fingerprint);
      // Every link into the channel carries the pin; the fragment never reaches the server.
      const channelLinks = await page
        .locator('a[href^="https://speakup.example.org/"]')
        .evaluateAll((links) => links.map((a) => a.getAttribute("href")));
      expect(channelLinks.length).toBeGreaterThan(1);
      for (const href of channelLinks) expect(href).toMatch(new RegExp(`#pin=${fingerprint}$`));
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
      // The QR code is the pinned link's, and the fingerprint in words is printed inside the page box.
      const modules = (svg: string) => [...svg.matchAll(/\sd="([^"]+)"/g)].map((m) => m[1]);
      const served = await page
        .locator("svg")
        .first()
        .evaluate((e) => e.outerHTML);
      expect(modules(served)).toEqual(modules(await qrSvg(pinned)));
      const words = page.getByTestId("poster-fingerprint");
      expect(await words.textContent()).toContain(fingerprint);
      const box = (await page.locator(".poster").boundingBox())!;
      const line = (await words.boundingBox())!;
      expect(line.y + line.height).toBeLessThanOrEqual(box.y + box.height);
      expect([...origins]).toEqual([server.url]);
      await page.close();
    });
  }

  it("renders the notice and the transparency page in Polish for Accept-Language pl-PL, with no English left and no axe violation", async () => {
    // CSP bypassed only so that axe-core can be injected.
    const context = await browser.newContext({ locale: "pl-PL", bypassCSP: true });
    const page = await context.newPage();
    try {
      for (const path of ["/notice", "/transparency"]) {
        await page.goto(`${server.url}${path}`);
        expect(await page.locator("html").getAttribute("lang"), path).toBe("pl");
        expect(await englishLeftOver(page, "pl"), path).toEqual([]);
        expect(await axeViolations(page), path).toEqual([]);
      }
      expect(await page.locator("h1").textContent()).toBe(catalog("pl")["transparency.title"]);
      // The check bites: the English notice is full of strings Polish words differently.
      await page.goto(`${server.url}/notice?lang=en`);
      expect((await englishLeftOver(page, "pl")).length).toBeGreaterThan(50);
    } finally {
      await context.close();
    }
  });

  for (const lang of ["el", "ga", "mt"]) {
    it(`renders the notice, poster, snippet and transparency page in ${lang} with no English left`, async () => {
      const page = await browser.newPage();
      try {
        for (const path of ["/notice", "/notice/poster", "/notice/snippet.html", "/transparency"]) {
          await page.goto(`${server.url}${path}?lang=${lang}`);
          const declared = await page.evaluate(() => document.querySelector("[lang]")?.getAttribute("lang"));
          expect(declared, path).toBe(lang);
          expect(await englishLeftOver(page, lang), `${lang} ${path}`).toEqual([]);
        }
        await page.goto(`${server.url}/notice?lang=${lang}`);
        expect(await page.locator("html").getAttribute("lang")).toBe(lang);
        expect(await page.locator('[data-item="what-can-be-reported"]').textContent()).toContain("2019/1937");
      } finally {
        await page.close();
      }
    });
  }

  it("cuts no text off at 360 px in any of the 24 languages (notice, poster, snippet, transparency)", async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    try {
      const overflowing: string[] = [];
      for (const lang of NOTICE_LANGUAGES) {
        for (const path of ["/notice", "/notice/poster", "/notice/snippet.html", "/transparency"]) {
          await page.goto(`${server.url}${path}?lang=${lang}`);
          for (const w of await cutOff(page)) overflowing.push(`${lang} ${path}: ${w}`);
          // Chart labels are SVG text, which never wraps: each must end inside its chart.
          const svgOverflow = await page.evaluate(() =>
            [...document.querySelectorAll<SVGSVGElement>("svg[viewBox]")].flatMap((svg) => {
              const width = svg.viewBox.baseVal.width;
              return [...svg.querySelectorAll<SVGTextElement>("text")]
                .filter((t) => t.getBBox().x + t.getBBox().width > width + 1)
                .map((t) => `chart text "${t.textContent}"`);
            }),
          );
          for (const w of svgOverflow) overflowing.push(`${lang} ${path}: ${w}`);
        }
      }
      expect(overflowing).toEqual([]);
    } finally {
      await context.close();
    }
  });

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
