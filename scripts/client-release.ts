/**
 * Vite plugins that make the built client checkable by anyone (crypto/SPEC.md "Client manifest"):
 *   - `subresourceIntegrity`: every `<script src>`, `<link rel="stylesheet">` and
 *     `<link rel="modulepreload">` in every built page (the per-language pages under /l/<lang>/ too)
 *     carries `integrity="sha384-…"`, so a browser refuses a changed file. Chunks loaded by `import()`
 *     and the proof-of-work worker cannot carry it; the signed manifest covers them instead.
 *   - `clientManifest`: writes `client-manifest.json` with the SHA-256 of every file in the output
 *     folder (itself aside), sorted, so two builds of one commit write the same bytes. An admin's
 *     browser signs it as a release, and `npm run verify:site` checks a live site against it.
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

/** `html` with `integrity` added to every local script, stylesheet and module preload; `read` gives a file's bytes. */
export function addIntegrity(html: string, read: (path: string) => Uint8Array | string | undefined): string {
  return html.replace(TAG, (tag, name: string) => {
    if (/\sintegrity=/i.test(tag)) return tag;
    const rel = /\srel="([^"]*)"/i.exec(tag)?.[1];
    if (name.toLowerCase() === "link" && rel !== "stylesheet" && rel !== "modulepreload") return tag;
    const url = /\s(?:src|href)="(\/[^"]+)"/i.exec(tag)?.[1];
    if (!url) return tag;
    const bytes = read(url);
    if (bytes === undefined) throw new Error(`sri: ${url} is not in the build`);
    return tag.replace(/\s*(\/?)>$/, ` integrity="${integrityOf(bytes)}"$1>`);
  });
}

/**
 * Adds `integrity` to the written pages. It works on the files on disk, after everything is written:
 * Vite rewrites the preload lists of chunks with dynamic imports in its own late `generateBundle`.
 */
export function subresourceIntegrity(): Plugin {
  return {
    name: "oc-sri",
    apply: "build",
    writeBundle(options, bundle) {
      const dir = options.dir ?? "";
      const read = (url: string): Uint8Array | undefined => {
        const name = url.slice(1);
        return bundle[name] ? readFileSync(join(dir, name)) : undefined;
      };
      for (const name of Object.keys(bundle)) {
        if (!name.endsWith(".html")) continue;
        const path = join(dir, name);
        writeFileSync(path, addIntegrity(readFileSync(path, "utf8"), read));
      }
    },
  };
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

/** Writes `client-manifest.json` once the build (public files included) is on disk. */
export function clientManifest(): Plugin {
  let outDir = "";
  return {
    name: "oc-client-manifest",
    apply: "build",
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      writeFileSync(join(outDir, MANIFEST_FILE), manifestOf(outDir));
    },
  };
}
