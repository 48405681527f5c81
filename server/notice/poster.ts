/**
 * The notice as a one-page A4 poster for notice boards: the channel's QR code
 * large, the promises that matter most, and where else to report. The full
 * notice stays at the policy URL the poster names. Like every renderer here it
 * loads nothing and its links go straight to their destination.
 */
import type { AuthorityDirectory } from "./directory";
import { aiOfficeTool, countryName, entryLabel, nationalChannels } from "./directory";
import { assertInlineSvg, escapeHtml, type NoticeRenderOptions, textToHtml } from "./html";
import { message, resolveLanguage } from "./i18n";
import { pinnedChannelUrl } from "./pin";
import { checkProfile, type OrgProfile } from "./profile";

/** Countries named on the poster; beyond this the poster points to the full notice, so the page never overflows. */
export const POSTER_MAX_COUNTRIES = 6;

const POSTER_CSS = [
  "@page{size:A4 portrait;margin:12mm}",
  "*{box-sizing:border-box}",
  "html,body{margin:0;padding:0;background:#fff;color:#111}",
  "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;-webkit-print-color-adjust:exact;print-color-adjust:exact}",
  ".poster{width:186mm;height:272mm;overflow:hidden;display:flex;flex-direction:column;gap:5mm;break-inside:avoid;page-break-after:avoid}",
  "h1{font-size:26pt;line-height:1.15;margin:0}",
  ".org{font-size:13pt;margin:0;color:#333}",
  ".qr{display:flex;align-items:center;gap:8mm}",
  ".qr svg{width:95mm;height:95mm;flex:none;display:block}",
  ".scan{font-size:13pt;margin:0 0 2mm}",
  ".url{font-size:15pt;font-weight:700;word-break:break-all;margin:0}",
  ".pin{font-size:12pt;margin:2mm 0 0}",
  ".points{font-size:13pt;line-height:1.35;margin:0;padding-left:6mm}",
  ".points li{margin:0 0 1.5mm}",
  "h2{font-size:13pt;margin:0}",
  ".ext{font-size:10pt;line-height:1.3;margin:0;padding-left:5mm}",
  ".more{font-size:10pt;margin-top:auto;word-break:break-all}",
  "a{color:inherit}",
  ".ext li,.points li{overflow-wrap:anywhere}",
  // On a phone screen the A4 box gives way, so long addresses wrap instead of running off the side.
  "@media screen and (max-width:740px){.poster{width:auto;height:auto;overflow:visible;padding:4mm}.qr{flex-direction:column;align-items:flex-start}.qr svg{width:100%;max-width:95mm;height:auto}h1{font-size:20pt}}",
].join("\n");

/**
 * A complete HTML document for printing the notice on one A4 page
 * (`@page { size: A4 }`, a fixed-height page box with overflow hidden), with
 * the QR code 95 mm wide. Names at most `POSTER_MAX_COUNTRIES` countries'
 * first external channel plus the AI Office tool, and points to the full
 * notice. Every profile string is escaped.
 */
export function renderPosterHtml(
  profile: OrgProfile,
  directory: AuthorityDirectory,
  lang: string,
  opts: NoticeRenderOptions,
): string {
  checkProfile(profile);
  const l = resolveLanguage(lang);
  const t = (key: Parameters<typeof message>[1], vars: Record<string, string> = {}) => message(l, key, vars);
  const a = (href: string, label: string) =>
    `<a href="${escapeHtml(href)}" rel="noreferrer">${escapeHtml(label)}</a>`;

  const external: string[] = [];
  const tool = aiOfficeTool(directory);
  if (tool)
    external.push(`<li data-item="external-eu">${escapeHtml(tool.nameEn)}: ${a(tool.url, tool.url)}</li>`);
  for (const country of [...new Set(profile.countries)].slice(0, POSTER_MAX_COUNTRIES)) {
    const first = nationalChannels(directory, country)[0];
    if (first) {
      external.push(
        `<li>${escapeHtml(countryName(directory, country, l))}: ${escapeHtml(entryLabel(directory, first, l))} – ${a(first.url, first.url)}</li>`,
      );
    }
  }

  const svg = assertInlineSvg(opts.qrSvg);
  const channelUrl = pinnedChannelUrl(profile.channelUrl, opts.fingerprint);
  const title = escapeHtml(t("poster.title"));
  return `<!doctype html>
<html lang="${escapeHtml(l)}">
<head>
<meta charset="utf-8">
<title>${title}</title>
<style>
${POSTER_CSS}
</style>
</head>
<body>
<main class="poster">
<h1>${title}</h1>
<p class="org">${escapeHtml(profile.name)} · ${escapeHtml(t("notice.meta.version", { version: opts.version }))}</p>
<div class="qr" data-item="internal-channel">
${svg}
<div>
<p class="scan">${escapeHtml(t("poster.scan"))}</p>
<p class="url">${a(channelUrl, channelUrl)}</p>
${opts.fingerprint ? `<p class="pin" data-testid="poster-fingerprint">${escapeHtml(t("poster.fingerprint", { fingerprint: opts.fingerprint }))}</p>` : ""}
</div>
</div>
<ul class="points">
<li data-item="anonymous-inbox">${escapeHtml(t("poster.point.anonymous"))}</li>
<li data-item="deadlines">${escapeHtml(t("poster.point.deadlines"))}</li>
<li data-item="non-retaliation">${escapeHtml(t("poster.point.noRetaliation"))}</li>
<li data-item="no-internal-first">${escapeHtml(t("poster.point.choice"))}</li>
</ul>
<section data-item="external-national">
<h2>${escapeHtml(t("poster.external"))}</h2>
<ul class="ext">
${external.join("\n")}
</ul>
</section>
<p class="more" data-item="protection-policy">${textToHtml(t("poster.more", { policyUrl: profile.policyUrl }))}</p>
</main>
</body>
</html>
`;
}
