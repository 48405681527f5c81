import { describe, expect, it } from "vitest";
import { DIRECTORY } from "../../../server/notice/directory";
import { renderSnippetHtml } from "../../../server/notice/html";
import { pinnedChannelUrl, withPin } from "../../../server/notice/pin";
import { renderPosterHtml } from "../../../server/notice/poster";
import { qrSvg } from "../../../server/notice/qr";
import { renderNoticeText } from "../../../server/notice/text";
import { LANGS, PROFILE } from "./fixtures";

const FINGERPRINT = "7K3QF-M9X2A-0RJWT-B4HZC-PD8N1";

describe("pinned channel links", () => {
  it("point at the report page with the fingerprint as the fragment", () => {
    expect(pinnedChannelUrl("https://x.example/report.html", FINGERPRINT)).toBe(
      `https://x.example/report.html#pin=${FINGERPRINT}`,
    );
    expect(pinnedChannelUrl("https://x.example/", FINGERPRINT)).toBe(
      `https://x.example/report.html#pin=${FINGERPRINT}`,
    );
    expect(pinnedChannelUrl("https://x.example/speak/index.html?lang=de", FINGERPRINT)).toBe(
      `https://x.example/speak/report.html?lang=de#pin=${FINGERPRINT}`,
    );
    expect(withPin("https://x.example/inbox.html#old", FINGERPRINT)).toBe(
      `https://x.example/inbox.html#pin=${FINGERPRINT}`,
    );
  });

  it("leave the address as it is without a signed roster", () => {
    expect(pinnedChannelUrl("https://x.example/", undefined)).toBe("https://x.example/");
  });

  it.each(LANGS)(
    "are what the snippet, the poster and the text notice link to, in words too (%s)",
    async (lang) => {
      const pinned = pinnedChannelUrl(PROFILE.channelUrl, FINGERPRINT);
      const opts = { qrSvg: await qrSvg(pinned), version: "1", fingerprint: FINGERPRINT };
      for (const html of [
        renderSnippetHtml(PROFILE, DIRECTORY, lang, opts),
        renderPosterHtml(PROFILE, DIRECTORY, lang, opts),
      ]) {
        const channelLinks = [...html.matchAll(/href="([^"]+)"/g)]
          .map((m) => m[1]!.replaceAll("&amp;", "&"))
          .filter((href) => href.startsWith(new URL("/", PROFILE.channelUrl).href));
        expect(channelLinks.length).toBeGreaterThan(0);
        for (const href of channelLinks) expect(href.endsWith(`#pin=${FINGERPRINT}`)).toBe(true);
        expect(html).toContain(`: ${FINGERPRINT}`);
      }
      expect(renderNoticeText(PROFILE, DIRECTORY, lang, opts)).toContain(pinned);
    },
  );
});
