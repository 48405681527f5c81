import { describe, expect, it } from "vitest";
import { DIRECTORY } from "../../../server/notice/directory";
import { NoticeError } from "../../../server/notice/errors";
import { type NoticeBlock, noticeItems, REQUIRED_NOTICE_ITEMS } from "../../../server/notice/items";
import { LANGS, PROFILE } from "./fixtures";

function allText(blocks: readonly NoticeBlock[]): string {
  return blocks
    .map((b) => {
      if (b.kind === "paragraph") return b.text;
      if (b.kind === "list") return b.items.join("\n");
      if (b.kind === "links") return b.items.map((l) => `${l.label} ${l.href} ${l.detail ?? ""}`).join("\n");
      if (b.kind === "subsection") return `${b.heading}\n${allText(b.blocks)}`;
      return b.href;
    })
    .join("\n");
}

describe("noticeItems", () => {
  it.each(LANGS)("returns every required item once, in order (%s)", (lang) => {
    const sections = noticeItems(PROFILE, DIRECTORY, lang);
    expect(sections.map((s) => s.id)).toEqual([...REQUIRED_NOTICE_ITEMS]);
    for (const s of sections) {
      expect(s.heading).toBeTruthy();
      expect(s.blocks.length).toBeGreaterThan(0);
    }
  });

  it("lists the national authorities of every country where the organisation has workers", () => {
    const external = noticeItems(PROFILE, DIRECTORY, "en").find((s) => s.id === "external-national");
    const text = allText(external?.blocks ?? []);
    for (const url of [
      "https://www.bundesjustizamt.de/",
      "https://www.defenseurdesdroits.fr/",
      "https://www.huisvoorklokkenluiders.nl/",
      "https://www.opdc.ie/",
      "https://www.proteccioninformante.gob.es/",
      "https://www.anticorruzione.it/",
    ]) {
      expect(text).toContain(url);
    }
    // Portugal's stricter rule on reporting externally without an internal report first is shown.
    expect(text).toContain("Lei 93/2021");
  });

  it("names the AI Office tool with its information page and portal", () => {
    const eu = noticeItems(PROFILE, DIRECTORY, "en").find((s) => s.id === "external-eu");
    const text = allText(eu?.blocks ?? []);
    expect(text).toContain("AI Act Whistleblower Tool");
    expect(text).toContain("https://digital-strategy.ec.europa.eu/en/policies/ai-act-whistleblower-tool");
    expect(text).toContain("OLAF");
  });

  it("states the non-retaliation commitment for systemic-risk reports to authorities and lists Art. 19 (a)-(o)", () => {
    const sections = noticeItems(PROFILE, DIRECTORY, "en");
    const promise = allText(sections.find((s) => s.id === "non-retaliation")?.blocks ?? []);
    expect(promise).toContain("systemic risks");
    expect(promise).toContain("Measure 8.3");
    const list = sections.find((s) => s.id === "retaliation-list")?.blocks.find((b) => b.kind === "list");
    expect(list?.kind === "list" && list.items).toHaveLength(15);
  });

  it("says that reporting internally first is never required", () => {
    const s = noticeItems(PROFILE, DIRECTORY, "en").find((x) => x.id === "no-internal-first");
    expect(allText(s?.blocks ?? [])).toContain("never have to report to us first");
  });

  it("uses the organisation's retention text when it has one", () => {
    const sections = noticeItems(
      { ...PROFILE, retentionText: "We delete reports 3 years after closing." },
      DIRECTORY,
      "en",
    );
    expect(allText(sections.find((s) => s.id === "confidentiality")?.blocks ?? [])).toContain(
      "3 years after closing",
    );
  });

  it("offers a call when there is no oral line", () => {
    const { oralChannel: _, ...noPhone } = PROFILE;
    const s = noticeItems(noPhone, DIRECTORY, "en").find((x) => x.id === "oral-and-meeting");
    expect(allText(s?.blocks ?? [])).toContain("ask for a call");
  });

  it("rejects a profile without the meeting Art. 9(2) requires, a non-https channel, or a non-EU country", () => {
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e instanceof NoticeError ? e.code : "other";
      }
      return "none";
    };
    expect(code(() => noticeItems({ ...PROFILE, meetingAvailable: false }, DIRECTORY, "en"))).toBe(
      "meeting-required",
    );
    expect(code(() => noticeItems({ ...PROFILE, channelUrl: "javascript:alert(1)" }, DIRECTORY, "en"))).toBe(
      "unsafe-url",
    );
    expect(code(() => noticeItems({ ...PROFILE, policyUrl: "http://x.example/" }, DIRECTORY, "en"))).toBe(
      "unsafe-url",
    );
    expect(code(() => noticeItems({ ...PROFILE, countries: ["US"] }, DIRECTORY, "en"))).toBe(
      "invalid-profile",
    );
    expect(code(() => noticeItems({ ...PROFILE, name: " " }, DIRECTORY, "en"))).toBe("invalid-profile");
  });
});
