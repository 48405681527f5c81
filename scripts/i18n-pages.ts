/**
 * Vite plugin: writes every reporter page once per language. Pages carry `{{key.path}}` placeholders,
 * filled with HTML-escaped strings from the catalog, so the static text (readable without JavaScript,
 * the no-JavaScript explanation included) and the script text come from one place; an unknown key fails
 * the build. English stays at the page's own path; each other language goes to `/l/<lang>/<page>`, which
 * the server picks for `?lang=` or Accept-Language (server/i18n/page-language.ts).
 *   {{@picker}}     the language picker (links with hreflang, each language in its own name)
 *   {{@q}}          `?lang=<lang>`, for links that carry the choice to the next page
 *   {{@external}}   the external channels as plain links (EU bodies and national authorities)
 */
import type { Plugin } from "vite";
import authorities from "../content/authorities.json" with { type: "json" };
import languages from "../content/languages.json" with { type: "json" };

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};
const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

type Tree = Record<string, unknown>;

/** The string at a dotted path, HTML-escaped; throws for a path that is not a string. */
export function lookup(catalog: object, path: string): string {
  let v: unknown = catalog;
  for (const part of path.split(".")) v = (v as Tree | undefined)?.[part];
  if (typeof v !== "string") throw new Error(`i18n: no string at "${path}"`);
  return escapeHtml(v);
}

function picker(catalog: Tree, lang: string): string {
  const current = languages.languages.find((l) => l.code === lang)?.name ?? lang;
  const items = languages.languages
    .map(
      (l) =>
        `<li><a href="?lang=${l.code}" hreflang="${l.code}" lang="${l.code}" data-testid="lang-option"${
          l.code === lang ? ' aria-current="true"' : ""
        }>${escapeHtml(l.name)}</a></li>`,
    )
    .join("");
  return `<details class="lang-picker" data-testid="lang-picker"><summary class="lang-summary">${lookup(catalog, "common.language")}: <span lang="${lang}">${escapeHtml(current)}</span></summary><ul class="lang-list">${items}</ul></details>`;
}

function external(): string {
  const channels = authorities.entries.filter(
    (e) => e.roles.includes("external-channel") && /^https:\/\//.test(e.url),
  );
  const link = (e: (typeof channels)[number]): string =>
    `<li><a href="${escapeHtml(e.url)}" rel="noreferrer noopener">${escapeHtml(e.name)}</a> (${escapeHtml(e.jurisdiction)})</li>`;
  const eu = channels.filter((e) => e.jurisdiction === "EU");
  const national = channels.filter((e) => e.jurisdiction !== "EU");
  return `<ul class="external" data-testid="noscript-external">${[...eu, ...national].map(link).join("")}</ul>`;
}

/** A page's HTML with the placeholders of one language filled in. */
export function renderPage(html: string, catalog: Tree, lang: string): string {
  return html
    .replace(/<html lang="[^"]*"/, `<html lang="${lang}"`)
    .replace(/\{\{@picker\}\}/g, () => picker(catalog, lang))
    .replace(/\{\{@q\}\}/g, `?lang=${lang}`)
    .replace(/\{\{@external\}\}/g, () => external())
    .replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_, key: string) => lookup(catalog, key));
}

/**
 * @param reporter the reporter catalogs by language code (all 24)
 * @param full the catalog of pages not yet translated (the staff app)
 * @param reporterPages the page files written in every language
 */
export function i18nPages(reporter: Record<string, Tree>, full: Tree, reporterPages: string[]): Plugin {
  return {
    name: "oc-i18n-pages",
    enforce: "post",
    // The dev server has no bundle: serve English there.
    transformIndexHtml: {
      order: "pre",
      handler: (html, ctx) => (ctx.server ? renderPage(html, { ...full }, "en") : html),
    },
    generateBundle(_, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== "asset" || !file.fileName.endsWith(".html")) continue;
        const html = String(file.source);
        if (!reporterPages.includes(file.fileName)) {
          file.source = renderPage(html, full, "en");
          continue;
        }
        for (const [lang, catalog] of Object.entries(reporter)) {
          const page = renderPage(html, catalog, lang);
          if (lang === "en") file.source = page;
          else this.emitFile({ type: "asset", fileName: `l/${lang}/${file.fileName}`, source: page });
        }
      }
    },
  };
}

/** The strings of `source` that `translation` lacks, as a nested object (functions are left to the tests). */
export function missingStrings(source: Tree, translation: Tree): Tree | undefined {
  const out: Tree = {};
  for (const [key, value] of Object.entries(source)) {
    const own = translation[key];
    if (typeof value === "string" && own === undefined) out[key] = value;
    else if (typeof value === "object" && value !== null) {
      const inner = missingStrings(
        value as Tree,
        (typeof own === "object" && own !== null ? own : {}) as Tree,
      );
      if (inner) out[key] = inner;
    }
  }
  return Object.keys(out).length ? out : undefined;
}

/**
 * Fills, in each language's catalog chunk, the strings its translation still lacks with the English ones,
 * so a string added to en.ts shows in English rather than as a hole until it is translated (the catalog
 * tests fail meanwhile). Nothing is added to a complete translation.
 */
export function i18nFallback(translations: Record<string, Tree>, english: Tree): Plugin {
  return {
    name: "oc-i18n-fallback",
    transform(code, id) {
      const lang = /[\\/]client[\\/]src[\\/]i18n[\\/]catalogs[\\/]([a-z]{2})\.ts$/.exec(id)?.[1];
      const translation = lang && lang !== "en" ? translations[lang] : undefined;
      const missing = translation && missingStrings(english, translation);
      if (!missing) return null;
      const fill =
        "function __ocFill(t, m) { for (const k of Object.keys(m)) { " +
        "if (typeof m[k] === 'string') { if (t[k] === undefined) t[k] = m[k]; } " +
        "else { t[k] = t[k] ?? {}; __ocFill(t[k], m[k]); } } return t; }\n";
      const out = code.replace(
        /export default (\w+);/,
        (_, name: string) => `${fill}export default __ocFill(${name}, ${JSON.stringify(missing)});`,
      );
      return out === code ? null : { code: out, map: null };
    },
  };
}

/**
 * The catalog keys that only the build reads: filled into a reporter page's HTML by {@link i18nPages}
 * (`{{key}}`), but read by no script at run time (no `t.key` in client/src) and not relabelled by the
 * staff app (not in handler.html). The language's catalog chunk need not carry them again.
 */
export function buildOnlyKeys(reporterHtml: string[], handlerHtml: string, scripts: string[]): string[] {
  const keys = new Set<string>();
  for (const html of reporterHtml)
    for (const m of html.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)) keys.add(m[1] ?? "");
  return [...keys].filter(
    (k) => k.includes(".") && !handlerHtml.includes(k) && !scripts.some((code) => code.includes(`t.${k}`)),
  );
}

/**
 * Empties, in each reporter catalog chunk (client/src/i18n/catalogs/*.ts and the English en.ts), the
 * strings at `keys` (see {@link buildOnlyKeys}): the page's HTML already holds them in its language, so
 * the report page's JavaScript stays within its budget. The catalogs' sources, which the tests check
 * and the HTML is written from, keep every string. Uses TypeScript's parser, so only an object literal's
 * property at exactly that path is touched.
 */
export function i18nBuildOnly(keys: string[], ts: typeof import("typescript")): Plugin {
  const wanted = new Set(keys);
  return {
    name: "oc-i18n-build-only",
    enforce: "pre",
    apply: "build",
    transform(code, id) {
      if (!/[\\/]client[\\/]src[\\/]i18n[\\/](catalogs[\\/][a-z]{2}|en)\.ts$/.test(id)) return null;
      const file = ts.createSourceFile(id, code, ts.ScriptTarget.ES2022, true);
      const cuts: [number, number][] = [];
      const walk = (node: import("typescript").ObjectLiteralExpression, path: string[]): void => {
        for (const p of node.properties) {
          if (!ts.isPropertyAssignment(p)) continue;
          const name = ts.isIdentifier(p.name) || ts.isStringLiteral(p.name) ? p.name.text : null;
          if (name === null) continue;
          const at = [...path, name];
          let value = p.initializer;
          while (ts.isAsExpression(value) || ts.isSatisfiesExpression(value)) value = value.expression;
          if (ts.isObjectLiteralExpression(value)) walk(value, at);
          else if (wanted.has(at.join(".")) && !ts.isArrowFunction(value) && !ts.isFunctionExpression(value))
            cuts.push([p.initializer.getStart(file), p.initializer.getEnd()]);
        }
      };
      const visit = (node: import("typescript").Node): void => {
        if (ts.isVariableDeclaration(node) && node.initializer) {
          let init = node.initializer;
          while (ts.isAsExpression(init) || ts.isSatisfiesExpression(init)) init = init.expression;
          if (ts.isObjectLiteralExpression(init)) walk(init, []);
          return;
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
      if (cuts.length === 0) return null;
      let out = code;
      for (const [from, to] of cuts.sort((a, b) => b[0] - a[0]))
        out = `${out.slice(0, from)}""${out.slice(to)}`;
      return { code: out, map: null };
    },
  };
}
