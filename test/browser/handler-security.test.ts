import { join } from "node:path";
import Database from "better-sqlite3";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { totpCode } from "../../server/auth/totp";
import { launchChromium } from "./chromium";
import { seriousViolations } from "./helpers";
import { freePort, type RunningServer, startServer } from "./server";

const FIRST = "orange canyon whistle 4812";
const SECOND = "violet harbour lantern 9035";
const THIRD = "amber meadow compass 2271";

/** A code for a time step the server has not seen yet and still accepts (one step of drift). */
async function freshCode(secret: string, used: { step: number }): Promise<string> {
  for (;;) {
    const now = Math.floor(Date.now() / 30_000);
    const step = Math.max(used.step + 1, now);
    if (step <= now + 1) {
      used.step = step;
      return totpCode(secret, new Date(step * 30_000 + 1_000));
    }
    await new Promise((r) => setTimeout(r, 1_000));
  }
}

async function signIn(page: Page, base: string, passphrase: string): Promise<void> {
  await page.goto(`${base}/handler.html`);
  await page.getByTestId("signin-handle").fill("alice");
  await page.getByTestId("signin-passphrase").fill(passphrase);
  await page.getByTestId("signin-submit").click();
}

async function logOut(page: Page): Promise<void> {
  await page.getByTestId("handler-logout").click();
  await page.getByTestId("signin-form").waitFor();
}

const onTriage = (page: Page) =>
  page
    .locator('[data-testid="triage-table"], [data-testid="triage-empty"]')
    .first()
    .waitFor({ timeout: 60_000 });

describe("a handler's own security in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let close: () => Promise<void>;
  let context: BrowserContext;
  let base = "";

  beforeAll(async () => {
    const port = await freePort();
    base = `http://localhost:${port}`;
    server = await startServer({ PORT: String(port), PUBLIC_URL: base, ORG_NAME: "Security Test Org" });
    ({ browser, close } = await launchChromium());
  });

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await close?.();
    await server?.stop();
  });

  it("registers a passkey, sets up TOTP when required, and changes and recovers the passphrase", async () => {
    context = await browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("console", (m) => {
      if (/Content.Security.Policy/i.test(m.text())) problems.push(`csp: ${m.text()}`);
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send("WebAuthn.enable");
    await cdp.send("WebAuthn.addVirtualAuthenticator", {
      options: {
        protocol: "ctap2",
        transport: "internal",
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
      },
    });

    // Enrol through the printed link, which names localhost.
    expect(server.enrolmentLink.startsWith(`${base}/handler.html#enrol=`)).toBe(true);
    await page.goto(server.enrolmentLink);
    await page.getByTestId("enrol-handle").fill("alice");
    await page.getByTestId("enrol-display-name").fill("Alice Admin");
    await page.getByTestId("enrol-passphrase").fill(FIRST);
    await page.getByTestId("enrol-passphrase-repeat").fill(FIRST);
    await page.getByTestId("enrol-submit").click();
    await onTriage(page);

    // 1. The organisation requires a second factor: with none yet, the next view is the TOTP setup.
    await page.getByTestId("nav-admin").click();
    await page.getByTestId("admin-nav-settings").click();
    await page.getByTestId("settings-require-totp").check();
    await page.getByTestId("settings-save").click();
    // Once the requirement is saved it is in force at once: the app sends a person without a second
    // factor straight to its setup, and going elsewhere leads back there.
    await page.getByTestId("security-notice").waitFor({ state: "visible", timeout: 60_000 });
    await page.getByTestId("nav-cases").click();
    await page.getByTestId("security-notice").waitFor({ state: "visible", timeout: 30_000 });
    // Every change of one's own security is confirmed with the current passphrase (and second factor).
    await page.getByTestId("confirm-passphrase").fill(FIRST);
    await page.getByTestId("totp-setup").click();
    const secret = ((await page.getByTestId("totp-secret").textContent()) ?? "").replace(/\s/g, "");
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    expect(await page.getByTestId("totp-uri").textContent()).toContain(`secret=${secret}`);
    expect(await page.getByTestId("totp-qr").getAttribute("role")).toBe("img");
    expect(await seriousViolations(page)).toEqual([]);
    const used = { step: 0 };
    await page.getByTestId("totp-code").fill(await freshCode(secret, used));
    await page.getByTestId("totp-enable").click();
    await expect.poll(() => page.getByTestId("totp-state").getAttribute("data-state")).toBe("on");
    await page.getByTestId("security-continue").click();
    await onTriage(page);

    // 2. A passkey as well: sign-in then offers both second factors, and the passkey alone suffices.
    await page.getByTestId("nav-security").click();
    await page.getByTestId("confirm-passphrase").fill(FIRST);
    await page.getByTestId("confirm-totp").fill(await freshCode(secret, used));
    await page.getByTestId("passkey-add").click();
    await expect
      .poll(() => page.getByTestId("passkey-status").textContent(), { timeout: 30_000 })
      .toMatch(/added/);
    await logOut(page);
    await signIn(page, base, FIRST);
    await page.getByTestId("signin-passkey").waitFor({ state: "visible", timeout: 60_000 });
    expect(await page.getByTestId("signin-totp").isVisible()).toBe(true);
    await page.getByTestId("signin-passkey").click();
    await onTriage(page);

    // 3. Sign-in now demands the code (or the passkey).
    await logOut(page);
    await signIn(page, base, FIRST);
    await page.getByTestId("signin-totp").waitFor({ state: "visible", timeout: 60_000 });
    expect(await page.getByTestId("signin-passkey").isVisible()).toBe(true);
    await page.getByTestId("signin-totp").fill("000000");
    await page.getByTestId("signin-submit").click();
    await expect.poll(() => page.getByTestId("signin-error").textContent()).toMatch(/not right/);
    await page.getByTestId("signin-totp").fill(await freshCode(secret, used));
    await page.getByTestId("signin-submit").click();
    await onTriage(page);

    // 4. A new passphrase; the old one stops working.
    await page.getByTestId("nav-security").click();
    await page.getByTestId("confirm-passphrase").fill(FIRST); // with the passkey as second factor
    await page.getByTestId("change-passphrase").fill(SECOND);
    await page.getByTestId("change-passphrase-repeat").fill(SECOND);
    await page.getByTestId("change-submit").click();
    await expect
      .poll(() => page.getByTestId("change-status").textContent(), { timeout: 60_000 })
      .toMatch(/changed/);
    await logOut(page);
    await signIn(page, base, FIRST);
    await expect
      .poll(() => page.getByTestId("signin-error").textContent(), { timeout: 60_000 })
      .toMatch(/wrong|not right/);
    await signIn(page, base, SECOND);
    await page.getByTestId("signin-passkey").waitFor({ state: "visible", timeout: 60_000 });
    await page.getByTestId("signin-passkey").click();
    await onTriage(page);

    // 5. A recovery key, shown once; with it (and the code) a forgotten passphrase is replaced.
    await page.getByTestId("nav-security").click();
    await page.getByTestId("confirm-passphrase").fill(SECOND);
    await page.getByTestId("recovery-create").click();
    const recoveryKey = (
      (await page.getByTestId("recovery-key").textContent({ timeout: 60_000 })) ?? ""
    ).trim();
    expect(recoveryKey).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){6}$/);
    expect(await page.getByTestId("recovery-done").isDisabled()).toBe(true);
    await page.getByTestId("recovery-saved").check();
    await page.getByTestId("recovery-done").click();
    expect(await page.getByTestId("recovery-key").count()).toBe(0);
    await logOut(page);
    await page.getByTestId("signin-recover").click();
    await page.getByTestId("recover-handle").fill("alice");
    await page.getByTestId("recover-key").fill(recoveryKey.toLowerCase().replace(/-/g, " "));
    await page.getByTestId("recover-passphrase").fill(THIRD);
    await page.getByTestId("recover-passphrase-repeat").fill(THIRD);
    await page.getByTestId("recover-submit").click();
    await page.getByTestId("recover-totp").waitFor({ state: "visible", timeout: 60_000 });
    await page.getByTestId("recover-totp").fill(await freshCode(secret, used));
    await page.getByTestId("recover-submit").click();
    await onTriage(page);
    await logOut(page);
    await signIn(page, base, THIRD);
    await page.getByTestId("signin-passkey").waitFor({ state: "visible", timeout: 60_000 });
    await page.getByTestId("signin-passkey").click();
    await onTriage(page);

    // 6. The reminder address, then signing out everywhere.
    await page.getByTestId("nav-security").click();
    await page.getByTestId("notify-email").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId("notify-email").fill("alice@example.org");
    await page.getByTestId("confirm-passphrase").fill(THIRD);
    await page.getByTestId("notify-save").click();
    await expect
      .poll(() => page.getByTestId("notify-status").textContent(), { timeout: 60_000 })
      .toMatch(/saved/);
    const db = new Database(join(server.dataDir, "channel.sqlite"), { readonly: true, fileMustExist: true });
    try {
      const row = db.prepare("select notify_email as e from persons where handle = 'alice'").get() as {
        e: string;
      };
      expect(row.e).toBe("alice@example.org");
    } finally {
      db.close();
    }
    await page.getByTestId("sessions-end").click();
    await page.getByTestId("signin-form").waitFor();
    expect(await page.getByTestId("signin-error").textContent()).toMatch(/signed out everywhere/);
    expect(await page.evaluate(async () => (await fetch("/api/me")).status)).toBe(401);
    expect(problems).toEqual([]);
  });
});
