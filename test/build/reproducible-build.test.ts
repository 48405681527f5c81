/**
 * Two builds of one commit give byte-identical files (issue 10, "a client anyone can verify"): the
 * project is built twice, once here and once from a copy in another folder, and every file's SHA-256
 * is compared. The built pages carry `integrity` on every script and stylesheet tag, and the manifest
 * lists every file with its digest.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseClientManifest } from "../../crypto/index";
import { integrityOf } from "../../scripts/client-release";

const root = resolve(import.meta.dirname, "../..");
const SOURCES = ["client", "crypto", "scripts", "content", "vite.config.ts", "package.json", "tsconfig.json"];

function build(cwd: string, outDir: string): void {
  const r = spawnSync("npx", ["vite", "build", "--logLevel", "error", "--outDir", outDir, "--emptyOutDir"], {
    cwd,
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`vite build failed in ${cwd}:\n${r.stdout}\n${r.stderr}`);
}

function digests(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[relative(dir, p)] = createHash("sha256").update(readFileSync(p)).digest("hex");
    }
  };
  walk(dir);
  return out;
}

describe("the client build", () => {
  const temp = mkdtempSync(join(tmpdir(), "oc-build-"));
  const first = join(temp, "first");
  const second = join(temp, "second");

  beforeAll(() => {
    build(root, first);
    // The second build runs from another folder, as someone checking a release would.
    const copy = join(temp, "checkout");
    for (const name of SOURCES) cpSync(join(root, name), join(copy, name), { recursive: true });
    symlinkSync(join(root, "node_modules"), join(copy, "node_modules"));
    build(copy, second);
  }, 180_000);

  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it("is byte-identical when built twice from one commit", () => {
    const a = digests(first);
    const b = digests(second);
    expect(Object.keys(a).length).toBeGreaterThan(50);
    expect(b).toEqual(a);
  });

  it("lists every served file with its SHA-256 in client-manifest.json", () => {
    const text = readFileSync(join(first, "client-manifest.json"), "utf8");
    const manifest = parseClientManifest(text);
    const files = digests(first);
    delete files["client-manifest.json"];
    expect(manifest.files).toEqual(Object.fromEntries(Object.entries(files).map(([p, d]) => [`/${p}`, d])));
    expect(manifest.files["/l/de/report.html"]).toMatch(/^[0-9a-f]{64}$/);
  });

  it("puts a matching integrity attribute on every script and stylesheet tag of every page", () => {
    const pages = Object.keys(digests(first)).filter((p) => p.endsWith(".html"));
    expect(pages).toContain("l/fr/inbox.html");
    let tags = 0;
    for (const page of pages) {
      const html = readFileSync(join(first, page), "utf8");
      for (const tag of html.match(/<script\b[^>]*>|<link\b[^>]*rel="(?:stylesheet|modulepreload)"[^>]*>/g) ??
        []) {
        const src = /(?:src|href)="([^"]+)"/.exec(tag)?.[1];
        const url = src && new URL(src, `https://site.invalid/${page}`).pathname.slice(1);
        expect(url, `${page}: ${tag}`).toBeDefined();
        const integrity = /integrity="([^"]+)"/.exec(tag)?.[1];
        expect(integrity, `${page}: ${tag}`).toBe(integrityOf(readFileSync(join(first, url!))));
        tags++;
      }
    }
    expect(tags).toBeGreaterThan(pages.length);
  });
});
