/**
 * Backups from the admin console to a restored server, in Chromium against the real Node server: the
 * admin sets the backup recipient and sees its fingerprint; `npm run backup` (no BACKUP_RECIPIENT)
 * encrypts to that recipient while the server runs; the restore starts a server on the new folder,
 * where the admin signs in again and finds the same fingerprint.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateHybridIdentity, identityToRecipient } from "age-encryption";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recipientFingerprint } from "../../server/backup/recipient";
import { cli } from "../backup/cli";
import { launchChromium } from "./chromium";
import { enrolThroughLink } from "./helpers";
import { type RunningServer, startServer } from "./server";

const PASSPHRASE = "orange canyon whistle 4812";

describe("backups set in the admin console", () => {
  const servers: RunningServer[] = [];
  let browser: Browser;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ browser, close } = await launchChromium());
  });

  afterAll(async () => {
    await close?.();
    for (const s of servers) await s.stop();
  });

  it("shows the recipient's fingerprint, and a restored folder serves the same channel", async () => {
    const server = await startServer({ ORG_NAME: "Backup UI Org" });
    servers.push(server);
    const identity = await generateHybridIdentity();
    const recipient = await identityToRecipient(identity);
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await enrolThroughLink(page, server.enrolmentLink, "admin", "Ada Admin", PASSPHRASE);
    await page.getByTestId("nav-admin").click();
    await page.getByTestId("admin-nav-settings").click();
    await expect
      .poll(() => page.getByTestId("backup-fingerprint").textContent())
      .toMatch(/No backup recipient/);
    await page.getByTestId("backup-recipient").fill(recipient);
    await page.getByTestId("backup-save").click();
    const fingerprint = recipientFingerprint(recipient);
    await expect.poll(() => page.getByTestId("backup-fingerprint").textContent()).toContain(fingerprint);

    const work = mkdtempSync(join(tmpdir(), "oc-backup-ui-"));
    const backup = await cli("backup", ["--out", join(work, "channel.age")], {
      DATA_DIR: server.dataDir,
      BACKUP_RECIPIENT: "",
    });
    expect(backup.code, backup.out).toBe(0);
    expect(backup.out).toContain(fingerprint);
    const keyFile = join(work, "key.txt");
    writeFileSync(keyFile, identity);
    const restoredDir = join(work, "restored");
    const restore = await cli("restore", [
      join(work, "channel.age"),
      "--data-dir",
      restoredDir,
      "--identity",
      keyFile,
    ]);
    expect(restore.code, restore.out).toBe(0);

    const restored = await startServer({ DATA_DIR: restoredDir });
    servers.push(restored);
    expect(restored.enrolmentLink).toBe("");
    const version = await (await fetch(`${restored.url}/api/version`)).json();
    expect(version).toHaveProperty("schema.latest");
    await page.goto(`${restored.url}/handler.html`);
    await page.getByTestId("signin-handle").fill("admin");
    await page.getByTestId("signin-passphrase").fill(PASSPHRASE);
    await page.getByTestId("signin-submit").click();
    await page.getByTestId("nav-admin").click({ timeout: 60_000 });
    await page.getByTestId("admin-nav-settings").click();
    await expect.poll(() => page.getByTestId("backup-fingerprint").textContent()).toContain(fingerprint);
    expect(errors).toEqual([]);
  });
});
