/**
 * The Vite plugin that makes the built client checkable by anyone (crypto/SPEC.md "Client manifest"):
 *   - every `<script src>`, `<link rel="stylesheet">` and `<link rel="modulepreload">` in every built
 *     page (the per-language pages under /l/<lang>/ and the public folder's pages too) carries
 *     `integrity="sha384-…"`, so a browser refuses a changed file. Chunks loaded by `import()` and the
 *     proof-of-work worker cannot carry it; the signed manifest covers them instead.
 *   - `client-manifest.json` lists the SHA-256 of every file in the output folder (itself aside),
 *     sorted, so two builds of one commit write the same bytes. An admin's browser signs it as a
 *     release, and `npm run verify:site` checks a live site against it.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import type { Plugin } from "vite";

/** The file the manifest is written to, at the site root. */
export const MANIFEST_FILE = "client-manifest.json";

/** Files in the output folder that are not served as they are (the Workers headers file). */
const NOT_SERVED = new Set([MANIFEST_FILE, "_headers"]);

const TAG = /<(script|link)\b[^>]*>/gi;

/** The SRI value of bytes. */
export function integrityOf(bytes: Uint8Array | string): string {
  return `sha384-${createHash("sha384").update(bytes).digest("base64")}`;
}

/** The site path a tag's `src`/`href` names, from the page at `pagePath`; null for another origin. */
export function localPath(url: string, pagePath: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url)) return null;
  return new URL(url, `https://site.invalid${pagePath}`).pathname;
}

/**
 * `html` (the page at `pagePath`) with `integrity` added to every local script, stylesheet and module
 * preload; `read` gives a file's bytes by site path.
 */
export function addIntegrity(
  html: string,
  pagePath: string,
  read: (path: string) => Uint8Array | string | undefined,
): string {
  return html.replace(TAG, (tag, name: string) => {
    if (/\sintegrity=/i.test(tag)) return tag;
    const rel = /\srel="([^"]*)"/i.exec(tag)?.[1];
    if (name.toLowerCase() === "link" && rel !== "stylesheet" && rel !== "modulepreload") return tag;
    const url = /\s(?:src|href)="([^"]+)"/i.exec(tag)?.[1];
    const path = url === undefined ? null : localPath(url, pagePath);
    if (path === null) return tag;
    const bytes = read(path);
    if (bytes === undefined) throw new Error(`sri: ${path} is not in the build`);
    return tag.replace(/\s*(\/?)>$/, ` integrity="${integrityOf(bytes)}"$1>`);
  });
}

/**
 * The manifest text for `files` (path → hex SHA-256), as `parseClientManifest` in crypto/ reads it:
 * keys sorted, one per line, so two builds of one commit write the same bytes.
 */
export function clientManifestText(files: Record<string, string>): string {
  const lines = Object.keys(files)
    .sort()
    .map((p) => `    ${JSON.stringify(p)}: ${JSON.stringify(files[p])}`);
  return `{\n  "version": "oc-files-1",\n  "files": {\n${lines.join(",\n")}\n  }\n}\n`;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/** The manifest of an output folder: every served file's path from the root and its hex SHA-256. */
export function manifestOf(outDir: string): string {
  const files: Record<string, string> = {};
  for (const path of walk(outDir)) {
    const name = relative(outDir, path).split(sep).join("/");
    if (NOT_SERVED.has(name)) continue;
    files[`/${name}`] = createHash("sha256").update(readFileSync(path)).digest("hex");
  }
  return clientManifestText(files);
}

/**
 * Once everything is on disk (Vite rewrites chunks' preload lists late, and copies the public folder):
 * `integrity` on the tags of every page, then `client-manifest.json` over the final bytes. One hook,
 * because Rollup runs `closeBundle` of different plugins in parallel.
 */
export function clientRelease(): Plugin {
  let outDir = "";
  return {
    name: "oc-client-release",
    apply: "build",
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const read = (path: string): Uint8Array | undefined => {
        try {
          return readFileSync(join(outDir, ...path.split("/").filter(Boolean)));
        } catch {
          return undefined;
        }
      };
      for (const file of walk(outDir)) {
        if (!file.endsWith(".html")) continue;
        const pagePath = `/${relative(outDir, file).split(sep).join("/")}`;
        writeFileSync(file, addIntegrity(readFileSync(file, "utf8"), pagePath, read));
      }
      writeFileSync(join(outDir, MANIFEST_FILE), manifestOf(outDir));
    },
  };
}
