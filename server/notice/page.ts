/**
 * The page around the notice fragment at /notice: a plain document with a same-origin stylesheet
 * (/notice/notice.css), a language switch of plain links, and nothing that counts or tracks readers.
 */
import { escapeHtml } from "./html";
import { message, NOTICE_LANGUAGES, resolveLanguage } from "./i18n";
import { integrityOfText } from "./pin";

export const NOTICE_CSS = `
:root{color-scheme:light}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",sans-serif;font-size:17px;line-height:1.55;color:#1b1b1b;background:#fff}
main{max-width:46rem;margin:0 auto;padding:1.5rem 1rem 4rem;overflow-wrap:anywhere}
nav.langs{display:flex;flex-wrap:wrap;gap:.25rem .75rem;justify-content:flex-end;font-size:.9rem}
h1{font-size:1.8rem;line-height:1.2}
h2{font-size:1.3rem;margin-top:2rem;border-bottom:1px solid #ccc;padding-bottom:.2rem}
h3{font-size:1.05rem}
a{color:#0b4fb3}
a:focus-visible{outline:3px solid #f5b400;outline-offset:2px}
svg{max-width:12rem;height:auto}
@media print{nav.langs{display:none}a{color:inherit}}
`;

/** The stylesheet's SRI value: the page's `<link>` carries it like every built page's tags. */
const NOTICE_CSS_INTEGRITY = integrityOfText(NOTICE_CSS);

/** A full HTML document for the notice fragment, with links to the other languages. */
export function noticePage(
  fragment: string,
  lang: string,
  languages: readonly string[],
  title: string,
): string {
  const l = resolveLanguage(lang);
  const langs = languages
    .filter((x) => NOTICE_LANGUAGES.includes(x))
    .map((x) =>
      x === l
        ? `<span aria-current="true">${escapeHtml(x.toUpperCase())}</span>`
        : `<a href="/notice?lang=${escapeHtml(x)}" hreflang="${escapeHtml(x)}" lang="${escapeHtml(x)}">${escapeHtml(x.toUpperCase())}</a>`,
    )
    .join(" ");
  return `<!doctype html>
<html lang="${escapeHtml(l)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="/notice/notice.css" integrity="${NOTICE_CSS_INTEGRITY}">
</head>
<body>
<main>
<nav class="langs" aria-label="${escapeHtml(message(l, "notice.languagesNav"))}">${langs}</nav>
${fragment}
</main>
</body>
</html>
`;
}

/** The page at /notice or /transparency before anything is published there, in `lang`. */
export function notPublishedPage(lang: string, what: "notice" | "transparency"): string {
  const l = resolveLanguage(lang);
  const title = escapeHtml(message(l, "notPublished.title"));
  const text = escapeHtml(
    message(l, what === "notice" ? "notPublished.notice" : "notPublished.transparency"),
  );
  return `<!doctype html><html lang="${escapeHtml(l)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head><body><main><h1>${title}</h1><p>${text}</p></main></body></html>`;
}
