import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { defineConfig, type Plugin } from "vite";
// With the extension: Vite's config loader resolves extensionless imports only in its bundling mode.
import { reporterCatalogs, reporterTranslations } from "./client/src/i18n/all-catalogs.ts";
import enReporter from "./client/src/i18n/catalogs/en.ts";
import { en } from "./client/src/i18n/en.ts";
import { enStaff } from "./client/src/i18n/en-staff.ts";
import { clientRelease } from "./scripts/client-release.ts";
import { buildOnlyKeys, i18nBuildOnly, i18nFallback, i18nPages } from "./scripts/i18n-pages.ts";

const here = (p: string): string => fileURLToPath(new URL(p, import.meta.url));

/**
 * Fails the build if a page would need more than `script-src 'self'; style-src 'self'`, or would load
 * anything from another origin: inline scripts or styles, event handler attributes, remote resources.
 */
function cspGuard(): Plugin {
  const rules: [RegExp, string][] = [
    [/<script\b(?![^>]*\bsrc=)[^>]*>/i, "inline script"],
    [/<style\b/i, "inline style element"],
    [/<[^>]+\sstyle\s*=/i, "style attribute"],
    [/<[^>]+\son[a-z]+\s*=/i, "event handler attribute"],
    [
      /<(?:script|img|iframe|link|source|audio|video|object|embed)\b[^>]*\s(?:src|href)\s*=\s*"(?:[a-z]+:)?\/\//i,
      "remote resource",
    ],
  ];
  return {
    name: "oc-csp-guard",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler: (html, ctx) => {
        for (const [re, what] of rules)
          if (re.test(html)) throw new Error(`csp-guard: ${what} in ${ctx.path}`);
        return html;
      },
    },
  };
}

/**
 * Emits `verify-receipt.js`, the receipt checker (client/src/verify/main.ts), as ONE classic script with
 * no imports: client/public/verify-receipt.html loads it, and the page can inline it into a single
 * file that checks receipts from a disk with no server (Directive Art. 21(5); crypto/receipt.ts).
 */
function receiptVerifier(): Plugin {
  return {
    name: "oc-receipt-verifier",
    apply: "build",
    async generateBundle() {
      const { build } = await import("esbuild");
      const out = await build({
        entryPoints: [here("client/src/verify/main.ts")],
        bundle: true,
        format: "iife",
        minify: true,
        target: "es2022",
        legalComments: "none",
        write: false,
      });
      const code = out.outputFiles[0]?.text;
      if (!code || code.includes("</script")) throw new Error("receipt verifier: bundle cannot be inlined");
      this.emitFile({ type: "asset", fileName: "verify-receipt.js", source: code });
    },
  };
}

/** Every script of the client, outside the catalogs themselves (for {@link buildOnlyKeys}). */
function clientScripts(dir = here("client/src")): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory())
      return /^(catalogs|staff-catalogs|strings-i18n)$/.test(e.name) ? [] : clientScripts(path);
    return /\.ts$/.test(e.name) ? [readFileSync(path, "utf8")] : [];
  });
}

const REPORTER_PAGES = ["index.html", "report.html", "inbox.html"];

export default defineConfig({
  root: "client",
  publicDir: "public",
  plugins: [
    i18nFallback(reporterTranslations, enReporter),
    i18nBuildOnly(
      buildOnlyKeys(
        REPORTER_PAGES.map((p) => readFileSync(here(`client/${p}`), "utf8")),
        readFileSync(here("client/handler.html"), "utf8"),
        clientScripts(),
      ),
      ts,
    ),
    i18nPages(reporterCatalogs, { ...en, ...enStaff }, REPORTER_PAGES),
    cspGuard(),
    receiptVerifier(),
    // After the language pages exist: integrity on every tag, then the manifest of what was written.
    clientRelease(),
  ],
  build: {
    outDir: "../dist/client",
    emptyOutDir: true,
    // CSP is `script-src 'self'; style-src 'self'`: no inlined assets, no inline module-preload polyfill.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    cssCodeSplit: true,
    target: "es2022",
    rolldownOptions: {
      input: {
        index: here("client/index.html"),
        report: here("client/report.html"),
        inbox: here("client/inbox.html"),
        handler: here("client/handler.html"),
      },
      // The age/ML-KEM code in one cacheable chunk named for what it is, apart from the page code.
      output: {
        codeSplitting: {
          groups: [
            // Handler-only libraries (TOTP QR code, passkeys) stay out of the reporting person's pages.
            { name: "staff-vendor", test: /[\\/]node_modules[\\/](qrcode|dijkstrajs|@simplewebauthn)[\\/]/ },
            // Metadata removal's libraries load only with a PDF or an office file (client/src/evidence/).
            { name: "pdf-vendor", test: /[\\/]node_modules[\\/](pdf-lib|@pdf-lib|pako|tslib)[\\/]/ },
            { name: "zip-vendor", test: /[\\/]node_modules[\\/]fflate[\\/]/ },
            { name: "crypto", test: /[\\/](crypto|node_modules)[\\/]/ },
            // Each language's catalog stays its own chunk, loaded only when that language is chosen.
            { name: "shared", test: /[\\/]client[\\/]src[\\/](lib|i18n[\\/](?!catalogs[\\/]|en|staff))/ },
          ],
        },
      },
    },
  },
});
