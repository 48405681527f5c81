import { describe, expect, it } from "vitest";
import { DIRECTORY, EU_MEMBER_STATES } from "../../../server/notice/directory";
import { POSTER_MAX_COUNTRIES, renderPosterHtml } from "../../../server/notice/poster";
import { LANGS, OPTS, PROFILE } from "./fixtures";

const visibleText = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/, "")
    .replace(/<svg[\s\S]*?<\/svg>/, "")
    .replace(/<[^>]+>/g, "")
    .replace(/\s+/g, " ")
    .trim();

describe("renderPosterHtml", () => {
  it.each(LANGS)("is an A4 document with a large QR code (%s)", (lang) => {
    const html = renderPosterHtml(PROFILE, DIRECTORY, lang, OPTS);
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toMatch(/@page\{size:A4/);
    expect(html).toMatch(/\.qr svg\{width:95mm;height:95mm/);
    expect(html).toContain(PROFILE.channelUrl);
    expect(html).toContain(PROFILE.policyUrl);
    for (const id of [
      "internal-channel",
      "anonymous-inbox",
      "deadlines",
      "non-retaliation",
      "no-internal-first",
    ]) {
      expect(html).toContain(`data-item="${id}"`);
    }
    expect(html).not.toMatch(/<img|<script|<link|src=|url\(|@import/i);
  });

  it("stays within one page even for an employer in all 27 member states", () => {
    const html = renderPosterHtml({ ...PROFILE, countries: [...EU_MEMBER_STATES] }, DIRECTORY, "fr", OPTS);
    const listed = html.match(/<li>[^<]+: /g) ?? [];
    expect(listed.length).toBeLessThanOrEqual(POSTER_MAX_COUNTRIES);
    // A page box of fixed height that clips, plus a text budget that fits it at the set font sizes.
    expect(html).toMatch(/\.poster\{width:186mm;height:272mm;overflow:hidden/);
    expect(visibleText(html).length).toBeLessThan(1800);
  });

  it("escapes profile strings", () => {
    const html = renderPosterHtml({ ...PROFILE, name: "<script>x</script>" }, DIRECTORY, "en", OPTS);
    expect(html).not.toContain("<script>x");
    expect(html).toContain("&lt;script&gt;x&lt;/script&gt;");
  });
});
