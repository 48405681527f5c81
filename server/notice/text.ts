/**
 * The notice as plain text, for an e-mail to all staff. Plain text cannot
 * carry tracking pixels or link wrappers; links are written out in full.
 */
import type { AuthorityDirectory } from "./directory";
import { type NoticeRenderOptions, receiptKeyLine } from "./html";
import { message, resolveLanguage } from "./i18n";
import { type NoticeBlock, noticeItems } from "./items";
import type { OrgProfile } from "./profile";

function underline(text: string, char: string): string {
  return `${text}\n${char.repeat(Math.max(3, [...text].length))}`;
}

function blocksText(blocks: readonly NoticeBlock[], lang: string, indent: string): string[] {
  const out: string[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case "paragraph":
        out.push(`${indent}${block.text}`);
        break;
      case "list":
        out.push(
          block.items
            .map(
              (item, i) =>
                `${indent}  ${block.style === "alpha" ? `(${String.fromCharCode(97 + i)})` : "-"} ${item}`,
            )
            .join("\n"),
        );
        break;
      case "links":
        out.push(
          block.items
            .map((link) => {
              const line = `${indent}  * ${message(lang, "text.link", { label: link.label, href: link.href })}`;
              return link.detail ? `${line}\n${indent}    ${link.detail}` : line;
            })
            .join("\n"),
        );
        break;
      case "subsection":
        out.push(`${indent}${block.heading}:`, ...blocksText(block.blocks, lang, `${indent}  `));
        break;
      case "qr":
        // A QR code cannot be scanned from an e-mail; the channel URL is already written out.
        break;
    }
  }
  return out;
}

/**
 * The full notice as plain text: a title, then each required item as a
 * numbered, underlined heading followed by its paragraphs, lists and links.
 * `opts.qrSvg` is not used: the channel URL is written out instead.
 */
export function renderNoticeText(
  profile: OrgProfile,
  directory: AuthorityDirectory,
  lang: string,
  opts: NoticeRenderOptions,
): string {
  const l = resolveLanguage(lang);
  const sections = noticeItems(profile, directory, l, opts.fingerprint);
  const meta = [message(l, "notice.meta.version", { version: opts.version })];
  if (opts.approvedBy && opts.approvedOn) {
    meta.push(
      message(l, "notice.meta.approved", { approvedBy: opts.approvedBy, approvedOn: opts.approvedOn }),
    );
  }
  const parts = [
    underline(message(l, "notice.title", { org: profile.name }), "="),
    meta.join(" · "),
    message(l, "notice.intro"),
    ...sections.map((s, i) =>
      [underline(`${i + 1}. ${s.heading}`, "-"), ...blocksText(s.blocks, l, "")].join("\n\n"),
    ),
    ...receiptKeyLine(profile, l, opts),
    message(l, "notice.meta.noTracking"),
  ];
  return `${parts.join("\n\n")}\n`;
}
