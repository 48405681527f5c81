import { describe, expect, it } from "vitest";
import categories from "../../../content/categories.json";
import { message } from "../../../server/notice/i18n";
import { renderTransparencyHtml } from "../../../server/transparency/html";
import { transparencyReport } from "../../../server/transparency/report";
import { caseOf, SEVEN, YEAR } from "./fixtures";

describe("renderTransparencyHtml", () => {
  const many = Array.from({ length: 12 }, (_, i) =>
    caseOf(
      `2026-03-${String(i + 1).padStart(2, "0")}`,
      `2026-03-${String(i + 2).padStart(2, "0")}`,
      null,
      i < 6 ? "substantiated" : "unsubstantiated",
      "gpai-cbrn",
    ),
  );

  it("draws inline svg bar charts and loads nothing", () => {
    const html = renderTransparencyHtml(
      transparencyReport(many, YEAR, { byCategoryGroup: true }),
      "Frontier Models",
    );
    expect(html.match(/<svg /g)).toHaveLength(3);
    expect(html).toContain("<rect");
    expect(html).toContain("<title");
    expect(html).not.toMatch(/<script|<img|<link|src=|url\(|@import|\son\w+=/i);
  });

  it("draws no bar for a withheld cell", () => {
    const html = renderTransparencyHtml(transparencyReport(SEVEN, YEAR), "X");
    const outcomes = html.slice(html.indexOf('aria-labelledby="tr-outcomes"'));
    const chart = outcomes.slice(0, outcomes.indexOf("</svg>"));
    expect(chart).not.toContain("<rect");
    expect(chart).toContain("&lt;5");
  });

  it("writes the period's days in words, never as ISO dates (one date format on the page)", () => {
    const html = renderTransparencyHtml(transparencyReport(SEVEN, YEAR, { asOf: "2026-12-31" }), "X");
    const heading = html.slice(html.indexOf("<h2>"), html.indexOf("</p>"));
    expect(heading).toContain("31 December 2026");
    expect(heading).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it("escapes the organisation name", () => {
    const html = renderTransparencyHtml(transparencyReport(SEVEN, YEAR), "<script>x</script>");
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;x&lt;/script&gt;");
  });

  it("speaks the reader's language: figures, outcomes, category groups and days", () => {
    const html = renderTransparencyHtml(
      transparencyReport(many, YEAR, { byCategoryGroup: true, asOf: "2026-12-31" }),
      "X",
      "pl",
    );
    expect(html).toContain(message("pl", "transparency.received"));
    expect(html).toContain(message("pl", "transparency.outcome.substantiated"));
    const group = categories.groups.find((g) => g.id === "gpai-systemic-risk")!;
    expect(html).toContain(group.label.pl);
    expect(html).not.toContain(group.label.en);
    expect(html).toContain("31 grudnia 2026");
    for (const english of ["Reports received", "Substantiated", "Deadlines kept", "fewer than 5"])
      expect(html).not.toContain(english);
  });
});
