/**
 * The document around the transparency fragment: the notice's look (same fonts, widths and colours),
 * a `lang`, a viewport for phones, and styles inline because the page's CSP allows no stylesheet by
 * address. The admin's preview is this same page, so what is approved is what is published.
 */
import { escapeHtml } from "../notice/html";
import { message, NOTICE_LANGUAGES, resolveLanguage } from "../notice/i18n";

export const TRANSPARENCY_CSS = `
:root{color-scheme:light}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",sans-serif;font-size:17px;line-height:1.55;color:#1b1b1b;background:#fff}
main{max-width:46rem;margin:0 auto;padding:1.5rem 1rem 4rem;overflow-wrap:anywhere}
nav.langs{display:flex;flex-wrap:wrap;gap:.25rem .75rem;justify-content:flex-end;font-size:.9rem}
a{color:#0b4fb3}
h1{font-size:1.8rem;line-height:1.2}
h2{font-size:1.3rem;margin-top:2rem;border-bottom:1px solid #ccc;padding-bottom:.2rem}
h3{font-size:1.05rem}
table{border-collapse:collapse;width:100%;margin:1rem 0}
th,td{text-align:left;vertical-align:top;padding:.4rem .5rem;border-bottom:1px solid #ccc}
td{white-space:nowrap}
figure{margin:1rem 0}
svg{display:block;width:100%;height:auto}
.preview{border:2px dashed #8a5a00;background:#fff4d6;padding:.5rem .75rem}
@media print{.preview{display:none}}
`;

/** What the page is rendered with besides the fragment. */
export interface TransparencyPageOptions {
  /** The page's language (any tag; unknown languages fall back to English). */
  lang?: string;
  /** Adds a banner saying the page is not published (the admin's preview). */
  preview?: boolean;
  /** The published period shown, kept in the links to the other languages. */
  period?: string;
  /** Links to the page in each catalog's language (the public page; not the preview). */
  languageLinks?: boolean;
}

function languageNav(lang: string, period: string | undefined): string {
  const links = NOTICE_LANGUAGES.map((x) => {
    if (x === lang) return `<span aria-current="true">${escapeHtml(x.toUpperCase())}</span>`;
    const q = new URLSearchParams({ lang: x, ...(period ? { period } : {}) });
    return `<a href="/transparency?${escapeHtml(q.toString())}" hreflang="${escapeHtml(x)}" lang="${escapeHtml(x)}">${escapeHtml(x.toUpperCase())}</a>`;
  }).join(" ");
  return `<nav class="langs" aria-label="${escapeHtml(message(lang, "notice.languagesNav"))}">${links}</nav>\n`;
}

/** A full HTML document for the transparency fragment, in `opts.lang`. */
export function transparencyPage(
  fragment: string,
  orgName: string,
  opts: TransparencyPageOptions = {},
): string {
  const l = resolveLanguage(opts.lang ?? "en");
  const title = message(l, "transparency.pageTitle", { org: orgName });
  const banner = opts.preview
    ? `<p class="preview">${escapeHtml(message(l, "transparency.preview"))}</p>\n`
    : "";
  const nav = opts.languageLinks ? languageNav(l, opts.period) : "";
  return `<!doctype html>
<html lang="${escapeHtml(l)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${TRANSPARENCY_CSS}</style>
</head>
<body>
<main>
${nav}${banner}<h1>${escapeHtml(message(l, "transparency.title"))}</h1>
${fragment}
</main>
</body>
</html>
`;
}
