import { describe, expect, it } from "vitest";
import { DIRECTORY } from "../../../server/notice/directory";
import { noticeItems } from "../../../server/notice/items";
import { renderNoticeText } from "../../../server/notice/text";
import { LANGS, OPTS, PROFILE } from "./fixtures";

describe("renderNoticeText", () => {
  it.each(LANGS)("has a numbered heading for every required item (%s)", (lang) => {
    const text = renderNoticeText(PROFILE, DIRECTORY, lang, OPTS);
    noticeItems(PROFILE, DIRECTORY, lang).forEach((s, i) => {
      expect(text).toContain(`${i + 1}. ${s.heading}\n---`);
    });
    expect(text).toContain(PROFILE.channelUrl);
    expect(text).toContain("(o) ");
    expect(text).not.toMatch(/<[a-z]/i);
  });

  it("writes authority links out in full, with no wrapper", () => {
    const text = renderNoticeText(PROFILE, DIRECTORY, "en", OPTS);
    expect(text).toContain("https://www.huisvoorklokkenluiders.nl/");
    expect(text).toContain("https://digital-strategy.ec.europa.eu/en/policies/ai-act-whistleblower-tool");
  });
});
