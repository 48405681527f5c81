import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { enrol, setup, submit } from "../api/harness";

function verify(...args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", "server/cli/verify-receipt.ts", ...args], {
    encoding: "utf8",
    // Offline: no server runs and no database is given; the receipt and the key are all it reads.
    env: { PATH: process.env.PATH ?? "" },
  });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

describe("npm run verify:receipt", () => {
  it("verifies a receipt from the API offline and fails after one byte changes", async () => {
    const h = await setup();
    await enrol(h, h.firstCode, "alice");
    const { answer } = await submit(h, { whatHappened: "x" });
    const published = await h.request<{ key: string; fingerprint: string }>("GET", "/api/receipt-key");
    const dir = mkdtempSync(join(tmpdir(), "oc-receipt-"));
    const file = join(dir, "receipt.json");
    writeFileSync(file, answer.receipt as string);

    const own = verify(file);
    expect(own.code, own.out).toBe(0);
    expect(own.out).toContain("VALID");
    expect(own.out).toContain("received on:         2026-11-27");
    expect(own.out).toContain(published.json.fingerprint);
    expect(own.out).toContain("compare this fingerprint");
    const pinned = verify(file, "--key", published.json.fingerprint);
    expect(pinned.code, pinned.out).toBe(0);
    expect(pinned.out).toContain("matches the one you gave");
    expect(verify("--key", published.json.key, file).code).toBe(0);

    // One byte: a digit of the day received, inside the signed statement.
    const text = readFileSync(file, "utf8");
    const at = text.indexOf("2026-11-27") + 9;
    const changed = join(dir, "changed.json");
    writeFileSync(changed, `${text.slice(0, at)}8${text.slice(at + 1)}`);
    const broken = verify(changed);
    expect(broken.code).toBe(1);
    expect(broken.out).toContain("INVALID (signature does not verify)");

    const otherKey = "ccV+1zck95HB2uy+DyO8SPMb19pOmykQOAQPMthbUvw=";
    const wrongKey = verify(file, "--key", otherKey);
    expect(wrongKey.code).toBe(1);
    expect(wrongKey.out).toContain("not the pinned key");
    expect(verify().code).toBe(2);
    expect(verify(join(dir, "missing.json")).code).toBe(2);
  });
});
