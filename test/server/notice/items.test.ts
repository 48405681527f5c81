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
    // Measure 8.3 lists indicators, not duties: "in line with", and only for a signatory.
    expect(promise).not.toContain("Measure 8.3");
    const signed = noticeItems({ ...PROFILE, codeOfPracticeSignatory: true }, DIRECTORY, "en");
    const inLine = allText(signed.find((x) => x.id === "non-retaliation")?.blocks ?? []);
    expect(inLine).toContain("in line with the General-Purpose AI Code of Practice, which we have signed");
    expect(inLine).toContain("Measure 8.3");
    expect(inLine).not.toMatch(/commit to this under/);
    const list = sections.find((s) => s.id === "retaliation-list")?.blocks.find((b) => b.kind === "list");
    expect(list?.kind === "list" && list.items).toHaveLength(15);
  });

  it("says that reporting internally first is not required, qualified for Italy and Portugal", () => {
    const s = noticeItems(PROFILE, DIRECTORY, "en").find((x) => x.id === "no-internal-first");
    const text = allText(s?.blocks ?? []);
    expect(text).toContain("In most countries you never have to report to us first");
    expect(text).toContain(
      "In Italy, the law sets conditions for going to an authority without reporting to us first (D.Lgs. 24/2023 art. 6)",
    );
    expect(text).toContain("In Portugal, the law sets conditions");
    const germanOnly = noticeItems({ ...PROFILE, countries: ["DE"] }, DIRECTORY, "en");
    expect(allText(germanOnly.find((x) => x.id === "no-internal-first")?.blocks ?? [])).not.toContain(
      "sets conditions",
    );
  });

  it.each([
    ["en", "Directive (EU) 2019/1937", "Article 87"],
    ["de", "Richtlinie (EU) 2019/1937", "Artikel 87"],
    ["fr", "directive (UE) 2019/1937", "article 87"],
  ])(
    "names the Directive, AI Act Art. 87 and each national act in plain words (%s)",
    (lang, directive, art87) => {
      const what = noticeItems(PROFILE, DIRECTORY, lang).find((x) => x.id === "what-can-be-reported");
      const text = allText(what?.blocks ?? []);
      expect(text).toContain(directive);
      expect(text).toContain(art87);
      for (const act of [
        "Hinweisgeberschutzgesetz",
        "Sapin II",
        "Wet bescherming klokkenluiders",
        "Ley 2/2023",
        "n. 24",
        "Lei n.º 93/2021",
      ]) {
        expect(text).toContain(act);
      }
    },
  );

  it("says what the engine enforces: 7 working days in France, 3 months from receipt in Spain and Portugal", () => {
    const text = allText(
      noticeItems(PROFILE, DIRECTORY, "en").find((x) => x.id === "deadlines")?.blocks ?? [],
    );
    expect(text).toContain("In France, the law counts 7 working days");
    expect(text).toContain("In Spain, the 3 months run from the day we received your report");
    // Lei n.º 93/2021 art. 11.º n.º 3, read 2026-12-07 (server/directive/profiles-added.ts).
    expect(text).toContain("In Portugal, the 3 months run from the day we received your report");
    expect(text).not.toContain("In Germany,");
  });

  it("separates what the law protects from what the employer promises to hear", () => {
    const text = allText(
      noticeItems(PROFILE, DIRECTORY, "en").find((x) => x.id === "what-can-be-reported")?.blocks ?? [],
    );
    expect(text).toContain("The law protects reports of breaches of EU law");
    expect(text).toContain("This is our promise");
    expect(text).toContain("none ranks above another: risks to fundamental rights");
  });

  it("says the receipt helps show a report, and that the employer must prove duly justified grounds", () => {
    const sections = noticeItems(PROFILE, DIRECTORY, "en");
    const inbox = allText(sections.find((x) => x.id === "anonymous-inbox")?.blocks ?? []);
    expect(inbox).toContain("helps show that you reported");
    expect(inbox).not.toContain("proves");
    const retaliation = allText(sections.find((x) => x.id === "report-retaliation")?.blocks ?? []);
    expect(retaliation).toContain("based on duly justified grounds");
  });

  it("sends other AI Act breaches to national market surveillance, and shows the EDPS and the Ombudsman apart", () => {
    const eu = noticeItems(PROFILE, DIRECTORY, "en").find((x) => x.id === "external-eu");
    const blocks = eu?.blocks ?? [];
    expect(allText(blocks)).toContain("national market-surveillance authority");
    const oversightAt = blocks.findIndex(
      (b) => b.kind === "paragraph" && b.text.startsWith("These EU bodies do not take reports"),
    );
    expect(oversightAt).toBeGreaterThan(0);
    const before = allText(blocks.slice(0, oversightAt));
    const after = allText(blocks.slice(oversightAt));
    expect(before).not.toContain("European Ombudsman");
    expect(before).not.toContain("EDPS");
    expect(after).toContain("European Ombudsman");
    expect(after).toContain("EDPS");
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
