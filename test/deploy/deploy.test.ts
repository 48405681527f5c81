/**
 * The files in deploy/ parse with the tools that run them: `systemd-analyze verify` for the unit and
 * `caddy validate` for the Caddyfile (scripts/test.mjs installs Debian's systemd and caddy when it
 * can; without them these tests are skipped and say so). Caddy's adapted JSON must hold no access
 * log and a default logger that drops client addresses.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

function which(tool: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${tool}`]).status === 0;
}

const hasSystemd = which("systemd-analyze");
const hasCaddy = which("caddy");
if (!hasSystemd)
  console.warn("deploy tests: systemd-analyze is missing (apt-get install systemd); unit not checked");
if (!hasCaddy) console.warn("deploy tests: caddy is missing (apt-get install caddy); Caddyfile not checked");

function verifyUnit(path: string) {
  const r = spawnSync("systemd-analyze", ["verify", path], { encoding: "utf8" });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

describe("deploy/open-channel.service", () => {
  it.skipIf(!hasSystemd)("passes systemd-analyze verify, and a broken copy does not", () => {
    const ok = verifyUnit("deploy/open-channel.service");
    expect(ok.out).toBe("");
    expect(ok.code).toBe(0);
    const dir = mkdtempSync(join(tmpdir(), "oc-unit-"));
    const broken = join(dir, "open-channel.service");
    writeFileSync(
      broken,
      readFileSync("deploy/open-channel.service", "utf8")
        .replace("ExecStart=/usr/bin/env", "ExecStart=/nonexistent/env")
        .replace("ProtectSystem=", "ProtectSystm="),
    );
    const bad = verifyUnit(broken);
    expect(bad.code).not.toBe(0);
    expect(bad.out).toContain("Unknown key 'ProtectSystm'");
  });

  it("keeps data and backups in their own folders, on loopback only", () => {
    const unit = readFileSync("deploy/open-channel.service", "utf8");
    expect(unit).toContain("HOST=127.0.0.1");
    expect(unit).toContain("DATA_DIR=/var/lib/open-channel");
    expect(unit).toContain("BACKUP_DIR=/var/backups/open-channel");
    expect(unit).toMatch(/^UMask=0077$/m);
  });
});

describe("deploy/Caddyfile", () => {
  it.skipIf(!hasCaddy)("passes caddy validate and logs no client address", () => {
    const valid = spawnSync("caddy", ["validate", "--config", "deploy/Caddyfile", "--adapter", "caddyfile"], {
      encoding: "utf8",
    });
    expect(`${valid.stdout}${valid.stderr}`).toContain("Valid configuration");
    expect(valid.status).toBe(0);
    const adapted = spawnSync("caddy", ["adapt", "--config", "deploy/Caddyfile", "--adapter", "caddyfile"], {
      encoding: "utf8",
    });
    const config = JSON.parse(adapted.stdout);
    for (const server of Object.values(config.apps.http.servers) as { logs?: unknown }[]) {
      expect(server.logs, "an access log").toBeUndefined();
    }
    const fields = config.logging.logs.default.encoder.fields;
    for (const field of ["request>remote_ip", "request>remote_port", "request>headers>X-Forwarded-For"]) {
      expect(fields[field], field).toEqual({ filter: "delete" });
    }
  });
});

describe("deploy/torrc", () => {
  it("points the onion service at the loopback server", () => {
    expect(existsSync("deploy/torrc")).toBe(true);
    expect(readFileSync("deploy/torrc", "utf8")).toMatch(/^HiddenServicePort 80 127\.0\.0\.1:8787$/m);
  });
});
