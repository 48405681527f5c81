import { describe, expect, it } from "vitest";
import categories from "../../content/categories.json";
import languages from "../../content/languages.json";
import relationships from "../../content/relationships.json";

const all = categories.groups.flatMap((g) => g.categories.map((c) => ({ ...c, group: g.id })));
const LANGS = ["en", "de", "fr"] as const;

describe("content/categories.json", () => {
  it("is versioned and cites its sources", () => {
    expect(categories.version).toBe("2026-11-27");
    expect(categories.source).toContain("2019/1937");
    for (const c of all) expect(c.source, c.id).toBeTruthy();
  });

  it("has unique ids and labels in en, de and fr", () => {
    expect(new Set(all.map((c) => c.id)).size).toBe(all.length);
    for (const c of all) for (const l of LANGS) expect(c.label[l], `${c.id} ${l}`).toBeTruthy();
  });

  it("covers the Annex Part I areas, Art. 2(1)(b) and (c), and the AI Act", () => {
    const ids = all.map((c) => c.id);
    for (const id of [
      "public-procurement",
      "financial-services",
      "product-safety",
      "transport-safety",
      "environment",
      "nuclear-safety",
      "food-feed-animal",
      "public-health",
      "consumer-protection",
      "privacy-data-security",
      "union-financial-interests",
      "internal-market",
      "ai-act-infringement",
      "other-not-sure",
    ]) {
      expect(ids).toContain(id);
    }
  });

  it("gives all systemic risks equal standing: one group, no tier or severity", () => {
    const risks = all.filter((c) => c.group === "gpai-systemic-risk").map((c) => c.id);
    const expected = [
      // the Code's selected risks
      "gpai-cbrn",
      "gpai-cyber-offence",
      "gpai-loss-of-control",
      "gpai-harmful-manipulation",
      // Art. 3(65) risks the Code left for "potential consideration"
      "gpai-fundamental-rights",
      "gpai-discrimination-bias",
      "gpai-public-health",
      "gpai-safety-security",
      "gpai-society",
      // the seed paper's omitted risks
      "gpai-workplace-displacement",
      "gpai-model-concentration",
      "gpai-unfair-competition",
      "gpai-too-big-to-fail",
      "gpai-loss-of-human-agency",
      "gpai-erosion-public-trust",
      "gpai-inequalities-biases",
      "gpai-economic-disruption",
      "gpai-long-term-social-change",
      "gpai-concentration-of-power",
      "gpai-information-flooding",
      "gpai-runaway-ai-competition",
    ];
    expect([...risks].sort()).toEqual([...expected].sort());
    const text = JSON.stringify(categories);
    expect(text).not.toMatch(/"(severity|tier|priority|rank|weight)"/);
    const group = categories.groups.find((g) => g.id === "gpai-systemic-risk");
    expect(group && "ordering" in group && group.ordering).toBe("none");
  });

  it("has a national-law category for DE, FR, NL, IE, ES and IT naming the law", () => {
    const national = all.filter((c) => c.group === "national-law");
    const jurisdictions = national.map((c) => ("jurisdiction" in c ? c.jurisdiction : undefined));
    expect([...jurisdictions].sort()).toEqual(["DE", "ES", "FR", "IE", "IT", "NL"]);
    for (const c of national) expect(c.source).toMatch(/\d/);
  });

  it("is in all 24 official languages (machine drafts, status in content/languages.json), none left in English", () => {
    const codes = [...languages.languages.map((l) => l.code)].sort();
    const entries = [...categories.groups, ...all] as {
      id: string;
      label: Record<string, string>;
      hint?: Record<string, string>;
    }[];
    for (const e of entries) {
      for (const [field, text] of [
        ["label", e.label],
        ["hint", e.hint],
      ] as const) {
        if (!text) continue;
        expect(Object.keys(text).sort(), `${e.id} ${field}`).toEqual(codes);
        for (const code of codes.filter((c) => c !== "en")) {
          expect(text[code]?.trim(), `${e.id} ${field} ${code}`).toBeTruthy();
          expect(text[code], `${e.id} ${field} ${code}`).not.toBe(text.en);
        }
      }
    }
  });
});

describe("content/relationships.json", () => {
  it("has the Art. 4 relationships and 'prefer not to say', each with labels and a source", () => {
    const ids = relationships.relationships.map((r) => r.id);
    expect(ids).toEqual([
      "worker",
      "self-employed",
      "shareholder-management",
      "volunteer-trainee",
      "contractor-staff",
      "former-worker",
      "applicant",
      "facilitator-connected",
      "prefer-not-to-say",
    ]);
    for (const r of relationships.relationships) {
      for (const l of LANGS) expect(r.label[l], `${r.id} ${l}`).toBeTruthy();
      expect(r.source).toMatch(/Art\. (4|16)/);
    }
  });

  it("is in all 24 official languages (machine drafts, status in content/languages.json), none left in English", () => {
    const codes = languages.languages.map((l) => l.code);
    for (const r of relationships.relationships) {
      const label = r.label as Record<string, string>;
      const hint = (r as { hint?: Record<string, string> }).hint;
      expect(Object.keys(label).sort(), r.id).toEqual([...codes].sort());
      if (hint) expect(Object.keys(hint).sort(), `${r.id} hint`).toEqual([...codes].sort());
      for (const code of codes.filter((c) => c !== "en")) {
        expect(label[code], `${r.id} ${code}`).not.toBe(label.en);
        if (hint) expect(hint[code], `${r.id} hint ${code}`).not.toBe(hint.en);
      }
    }
  });
});
