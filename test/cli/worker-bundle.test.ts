/**
 * The Worker builds offline exactly as `wrangler deploy` would upload it (`--dry-run`), without
 * nodejs_compat: a Node-only API anywhere in code the Worker bundles makes this fail. The bench
 * (bench/worker-size.mjs) prints the sizes; this only proves the build.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { wranglerConfigCopy } from "../../scripts/wrangler-config.mjs";

const ROOT = resolve(import.meta.dirname, "../..");

describe("the Worker bundle", () => {
  it("builds with wrangler deploy --dry-run, offline and without Node compatibility", {
    timeout: 180_000,
  }, () => {
    const toml = readFileSync(join(ROOT, "wrangler.toml"), "utf8");
    expect(toml).not.toMatch(/^compatibility_flags.*nodejs_compat/m);
    expect(toml).toMatch(/compatibility_date = "2026-0[1-4]-\d\d"/);
    const dir = mkdtempSync(join(tmpdir(), "oc-dry-run-"));
    const assets = join(dir, "assets");
    mkdirSync(assets);
    writeFileSync(join(dir, "wrangler.toml"), wranglerConfigCopy(toml, ROOT, { assetsDir: assets }));
    const r = spawnSync(
      process.execPath,
      [
        join(ROOT, "node_modules/wrangler/bin/wrangler.js"),
        "deploy",
        "--dry-run",
        "--config",
        join(dir, "wrangler.toml"),
        "--outdir",
        join(dir, "out"),
      ],
      {
        cwd: dir,
        encoding: "utf8",
        env: {
          ...process.env,
          WRANGLER_SEND_METRICS: "false",
          WRANGLER_HIDE_BANNER: "true",
          CLOUDFLARE_CF_FETCH_ENABLED: "false",
        },
      },
    );
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
    const bundle = readFileSync(join(dir, "out", "worker.js"), "utf8");
    expect(bundle).not.toMatch(/from\s*["']node:|require\(["']node:/);
    expect(bundle).not.toMatch(/better-sqlite3|nodemailer/);
  });
});
