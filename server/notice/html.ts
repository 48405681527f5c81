/**
 * HTML renderers for the annual notice: a semantic fragment for the web page
 * and a self-contained snippet for intranets. Neither loads anything: no
 * images by URL, stylesheets, scripts or fonts, and every link points straight
 * at its destination (no redirects, counters or link wrappers), with
 * `rel="noreferrer"` so that following a link does not tell the destination
 * which intranet page it came from.
 */
import type { AuthorityDirectory } from "./directory";
import { NoticeError } from "./errors";
import { message, resolveLanguage } from "./i18n";
import { type NoticeBlock, type NoticeSection, noticeItems } from "./items";
import type { OrgProfile } from "./profile";

/** What every renderer needs besides the profile and the directory. */
export interface NoticeRenderOptions {
  /** Inline `<svg>` of the channel URL's QR code, from `qrSvg`. */
  qrSvg: string;
  /** The notice version, recorded with each issue. */
  version: string;
  approvedBy?: string;
  /** ISO date of approval. */
  approvedOn?: string;
  /**
   * The channel key's fingerprint from the signed roster: written out in words, and carried by every
   * link into the channel and by the QR code as `#pin=` (server/notice/pin.ts). Absent before an
   * admin's browser signed a roster.
   */
  fingerprint?: string;
  /** The public key that signs reporting persons' receipts (Art. 21(5)) and its fingerprint. */
  receiptKey?: { key: string; fingerprint: string };
}

/** The sentence that publishes the receipt key, or nothing when none was given. */
export function receiptKeyLine(profile: OrgProfile, lang: string, opts: NoticeRenderOptions): string[] {
  if (!opts.receiptKey) return [];
  const verifyUrl = new URL("/verify-receipt.html", profile.channelUrl).href;
  return [message(lang, "notice.receiptKey", { ...opts.receiptKey, verifyUrl })];
}

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

const UNSAFE_SVG = /<script|<style|<foreignobject|<image|<use|href|src\s*=|url\(|@import|\son\w+\s*=/i;

/**
 * Checks that `svg` is one inline `<svg>` element that can load nothing and run
 * nothing; throws `unsafe-svg` otherwise. Returns it trimmed.
 */
export function assertInlineSvg(svg: string): string {
  const s = svg.trim();
  if (!s.startsWith("<svg") || !s.endsWith("</svg>") || UNSAFE_SVG.test(s)) {
    throw new NoticeError("unsafe-svg", "qr code is not a self-contained svg");
  }
  return s;
}

/** Adds a style attribute to the opening tag of a checked inline svg. */
export function styleSvg(svg: string, style: string): string {
  return assertInlineSvg(svg).replace(/^<svg/, `<svg style="${escapeHtml(style)}"`);
}

const URL_IN_TEXT = /https:\/\/[^\s<>"']+/g;

/**
 * Escapes plain `text` and turns each https URL in it into a direct link.
 * Only https URLs become links, so no other scheme can reach an href.
 */
export function textToHtml(text: string, linkStyle?: string): string {
  const style = linkStyle ? ` style="${escapeHtml(linkStyle)}"` : "";
  let out = "";
  let last = 0;
  for (const match of text.matchAll(URL_IN_TEXT)) {
    const url = match[0].replace(/[.,;:!?)]+$/, "");
    const start = match.index ?? 0;
    out += escapeHtml(text.slice(last, start));
    out += `<a href="${escapeHtml(url)}" rel="noreferrer"${style}>${escapeHtml(url)}</a>`;
    last = start + url.length;
  }
  return out + escapeHtml(text.slice(last));
}

/** Style attributes per element; empty for the semantic fragment. */
type Styles = Partial<
  Record<"root" | "h1" | "h2" | "h3" | "p" | "meta" | "ul" | "li" | "a" | "qr" | "small", string>
>;

function attr(styles: Styles, key: keyof Styles): string {
  const s = styles[key];
  return s ? ` style="${escapeHtml(s)}"` : "";
}

function blockHtml(block: NoticeBlock, qrSvg: string, styles: Styles, id: string): string {
  if (block.kind === "paragraph") return `<p${attr(styles, "p")}>${textToHtml(block.text, styles.a)}</p>`;
  if (block.kind === "list") {
    const tag = block.style === "alpha" ? "ol" : "ul";
    const type = block.style === "alpha" ? ' type="a"' : "";
    const items = block.items.map((item) => `<li${attr(styles, "li")}>${escapeHtml(item)}</li>`).join("");
    return `<${tag}${type}${attr(styles, "ul")}>${items}</${tag}>`;
  }
  if (block.kind === "links") {
    const items = block.items.map((link) => {
      const a = `<a href="${escapeHtml(link.href)}" rel="noreferrer"${attr(styles, "a")}>${escapeHtml(link.label)}</a>`;
      const detail = link.detail ? ` <span${attr(styles, "small")}>– ${escapeHtml(link.detail)}</span>` : "";
      return `<li${attr(styles, "li")}>${a}${detail}</li>`;
    });
    return `<ul${attr(styles, "ul")}>${items.join("")}</ul>`;
  }
  if (block.kind === "subsection") {
    const heading = `<h3 id="${id}"${attr(styles, "h3")}>${escapeHtml(block.heading)}</h3>`;
    // A plain block under its <h3>, not a <section> landmark: the same country heads both the authorities
    // and the support bodies, and landmarks must have names of their own.
    return `<div>${heading}${blocksHtml(block.blocks, qrSvg, styles, id)}</div>`;
  }
  const svg = styles.qr ? styleSvg(qrSvg, styles.qr) : assertInlineSvg(qrSvg);
  const link = `<a href="${escapeHtml(block.href)}" rel="noreferrer"${attr(styles, "a")}>${svg}</a>`;
  return `<figure${attr(styles, "p")}>${link}<figcaption${attr(styles, "small")}>${escapeHtml(block.label)}</figcaption></figure>`;
}

function blocksHtml(blocks: readonly NoticeBlock[], qrSvg: string, styles: Styles, idBase: string): string {
  return blocks.map((block, i) => blockHtml(block, qrSvg, styles, `${idBase}-${i}`)).join("\n");
}

function metaLines(lang: string, opts: NoticeRenderOptions): string[] {
  const lines = [message(lang, "notice.meta.version", { version: opts.version })];
  if (opts.approvedBy && opts.approvedOn) {
    lines.push(
      message(lang, "notice.meta.approved", { approvedBy: opts.approvedBy, approvedOn: opts.approvedOn }),
    );
  }
  return lines;
}

function documentHtml(
  profile: OrgProfile,
  sections: readonly NoticeSection[],
  lang: string,
  opts: NoticeRenderOptions,
  styles: Styles,
  rootTag: "article" | "div",
): string {
  const head = [
    `<h1${attr(styles, "h1")}>${escapeHtml(message(lang, "notice.title", { org: profile.name }))}</h1>`,
    `<p${attr(styles, "meta")}>${escapeHtml(metaLines(lang, opts).join(" · "))}</p>`,
    `<p${attr(styles, "p")}>${escapeHtml(message(lang, "notice.intro"))}</p>`,
  ].join("\n");
  const body = sections
    .map((s) => {
      const id = `notice-${s.id}`;
      return `<section data-item="${s.id}" id="${id}" aria-labelledby="${id}-h">\n<h2 id="${id}-h"${attr(styles, "h2")}>${escapeHtml(s.heading)}</h2>\n${blocksHtml(s.blocks, opts.qrSvg, styles, id)}\n</section>`;
    })
    .join("\n");
  const receipt = receiptKeyLine(profile, lang, opts).map(
    (line) => `<p data-item="receipt-key"${attr(styles, "meta")}>${escapeHtml(line)}</p>\n`,
  );
  const foot = `${receipt.join("")}<p${attr(styles, "meta")}>${escapeHtml(message(lang, "notice.meta.noTracking"))}</p>`;
  const root = rootTag === "article" ? `article class="oc-notice"` : "div";
  return `<${root} lang="${escapeHtml(lang)}"${attr(styles, "root")}>\n<header>\n${head}\n</header>\n${body}\n<footer>\n${foot}\n</footer>\n</${rootTag}>\n`;
}

/**
 * The full notice as an HTML body fragment: one `<article>` with an `<h1>`, one
 * `<section data-item="...">` per required item with an `<h2>`, and country
 * subsections with `<h3>`. Unstyled, for the host page's stylesheet. Every
 * profile string is escaped.
 */
export function renderNoticeHtml(
  profile: OrgProfile,
  directory: AuthorityDirectory,
  lang: string,
  opts: NoticeRenderOptions,
): string {
  const l = resolveLanguage(lang);
  return documentHtml(profile, noticeItems(profile, directory, l, opts.fingerprint), l, opts, {}, "article");
}

const SNIPPET_STYLES: Styles = {
  root: "font-family:system-ui,-apple-system,'Segoe UI',sans-serif;font-size:16px;line-height:1.5;color:#1b1b1b;background:#ffffff;max-width:46rem;padding:1rem;overflow-wrap:anywhere",
  h1: "font-size:1.6em;line-height:1.2;margin:0 0 0.5em",
  h2: "font-size:1.25em;line-height:1.3;margin:1.6em 0 0.4em;padding-bottom:0.2em;border-bottom:1px solid #c8c8c8",
  h3: "font-size:1.05em;margin:1em 0 0.3em",
  p: "margin:0.5em 0",
  meta: "margin:0.5em 0;font-size:0.875em;color:#4a4a4a",
  ul: "margin:0.5em 0;padding-left:1.5em",
  li: "margin:0.25em 0",
  a: "color:#0b4fb3;text-decoration:underline",
  qr: "display:block;width:11rem;height:11rem",
  small: "font-size:0.9em;color:#3d3d3d",
};

/**
 * The full notice as one self-contained `<div>` for intranet pages and CMS
 * blocks: inline style attributes only (no `<style>`, `<link>`, `<script>`,
 * `url()` or `@import`), the QR code inline as `<svg>`, and links straight to
 * the authorities.
 */
export function renderSnippetHtml(
  profile: OrgProfile,
  directory: AuthorityDirectory,
  lang: string,
  opts: NoticeRenderOptions,
): string {
  const l = resolveLanguage(lang);
  return documentHtml(
    profile,
    noticeItems(profile, directory, l, opts.fingerprint),
    l,
    opts,
    SNIPPET_STYLES,
    "div",
  );
}
