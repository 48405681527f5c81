/**
 * The document around the transparency fragment: the notice's look (same fonts, widths and colours),
 * a `lang`, a viewport for phones, and styles inline because the page's CSP allows no stylesheet by
 * address. The admin's preview is this same page, so what is approved is what is published.
 */
import { escapeHtml } from "../notice/html";

export const TRANSPARENCY_CSS = `
:root{color-scheme:light}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",sans-serif;font-size:17px;line-height:1.55;color:#1b1b1b;background:#fff}
main{max-width:46rem;margin:0 auto;padding:1.5rem 1rem 4rem;overflow-wrap:anywhere}
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

/** A full HTML document for the transparency fragment; `preview` adds a banner saying it is not published. */
export function transparencyPage(
  fragment: string,
  orgName: string,
  opts: { preview?: boolean } = {},
): string {
  const title = `Whistleblowing channel of ${orgName}: transparency report`;
  const banner = opts.preview
    ? `<p class="preview">${escapeHtml("Preview: not published. This is exactly how the public page will look.")}</p>\n`
    : "";
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${TRANSPARENCY_CSS}</style>
</head>
<body>
<main>
${banner}<h1>${escapeHtml("Transparency report")}</h1>
${fragment}
</main>
</body>
</html>
`;
}
