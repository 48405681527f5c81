import { describe, expect, it } from "vitest";
import { DIRECTORY, nationalChannels } from "../../../server/notice/directory";
import { NoticeError } from "../../../server/notice/errors";
import {
  assertInlineSvg,
  escapeHtml,
  renderNoticeHtml,
  renderSnippetHtml,
  textToHtml,
} from "../../../server/notice/html";
import { message } from "../../../server/notice/i18n";
import { REQUIRED_NOTICE_ITEMS } from "../../../server/notice/items";
import type { OrgProfile } from "../../../server/notice/profile";
import { LANGS, OPTS, PROFILE } from "./fixtures";

const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1] as string);

const HOSTILE: OrgProfile = {
  ...PROFILE,
  name: '<script>alert("org")</script>',
  impartialFunction: {
    name: '"><img src=x onerror=alert(1)>',
    contact: "<a href=javascript:alert(2)>mail</a>",
  },
  oralChannel: "<iframe src=//evil.example>",
  retentionText: "</p><script>alert(3)</script>",
};

describe("renderNoticeHtml", () => {
  it.each(LANGS)("has a section for every required item, with semantic headings (%s)", (lang) => {
    const html = renderNoticeHtml(PROFILE, DIRECTORY, lang, OPTS);
    for (const id of REQUIRED_NOTICE_ITEMS) expect(html).toContain(`data-item="${id}"`);
    expect(html.match(/<h1[ >]/g)).toHaveLength(1);
    expect(html.match(/<h2[ >]/g)).toHaveLength(REQUIRED_NOTICE_ITEMS.length);
    expect(html).toContain(`lang="${lang}"`);
    expect(html).toContain("<svg");
    expect(html).toContain(escapeHtml(message(lang, "notice.meta.version", { version: "2026.1" })));
  });

  it("links straight to https destinations with no referrer, and loads nothing", () => {
    const html = renderNoticeHtml(PROFILE, DIRECTORY, "en", OPTS);
    for (const href of hrefs(html)) expect(href).toMatch(/^https:\/\//);
    expect(html).not.toMatch(/<img|<script|<link|<iframe|src=|url\(|@import/i);
    const anchors = html.match(/<a [^>]*>/g) ?? [];
    for (const a of anchors) expect(a).toContain('rel="noreferrer"');
  });

  it("escapes every profile string", () => {
    const html = renderNoticeHtml(HOSTILE, DIRECTORY, "en", OPTS);
    expect(html).not.toMatch(/<script|<img|<iframe|<a href=javascript/i);
    expect(html).toContain("&lt;script&gt;alert(&quot;org&quot;)&lt;/script&gt;");
    expect(html).toContain("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
    for (const href of hrefs(html)) expect(href).toMatch(/^https:\/\//);
  });

  it("refuses a QR code that is not a self-contained svg", () => {
    for (const qrSvg of [
      "<img src=x>",
      "<svg><script>alert(1)</script></svg>",
      '<svg><image href="https://t.example/p.png"/></svg>',
      '<svg onload="x()"></svg>',
      '<svg style="background:url(https://t.example/)"></svg>',
    ]) {
      expect(() => renderNoticeHtml(PROFILE, DIRECTORY, "en", { ...OPTS, qrSvg }), qrSvg).toThrow(
        NoticeError,
      );
    }
    expect(() => assertInlineSvg(OPTS.qrSvg)).not.toThrow();
  });
});

describe("renderSnippetHtml", () => {
  it.each(LANGS)("is self-contained: no external resource of any kind (%s)", (lang) => {
    const html = renderSnippetHtml(PROFILE, DIRECTORY, lang, OPTS);
    for (const banned of ["src=", "<link", "<script", "url(", "@import", "<style", "<img", "<iframe"]) {
      expect(html.toLowerCase()).not.toContain(banned);
    }
    for (const id of REQUIRED_NOTICE_ITEMS) expect(html).toContain(`data-item="${id}"`);
    expect(html).toContain("<svg");
    expect(html).toContain('style="');
  });

  it("links to the authorities directly, exactly as the directory has them", () => {
    const html = renderSnippetHtml(PROFILE, DIRECTORY, "en", OPTS);
    const links = hrefs(html);
    for (const country of PROFILE.countries) {
      for (const entry of nationalChannels(DIRECTORY, country)) expect(links).toContain(entry.url);
    }
    expect(links).toContain("https://digital-strategy.ec.europa.eu/en/policies/ai-act-whistleblower-tool");
    for (const href of links) expect(href).toMatch(/^https:\/\//);
  });

  it("escapes every profile string", () => {
    const html = renderSnippetHtml(HOSTILE, DIRECTORY, "de", OPTS);
    expect(html).not.toMatch(/<script|<img|<iframe|<a href=javascript/i);
  });
});

describe("textToHtml", () => {
  it("links https URLs only, without trailing punctuation, and escapes the rest", () => {
    expect(textToHtml("See https://a.example/x. Or javascript:alert(1) <b>")).toBe(
      'See <a href="https://a.example/x" rel="noreferrer">https://a.example/x</a>. Or javascript:alert(1) &lt;b&gt;',
    );
  });
});
