/**
 * The transparency report as an HTML fragment with inline SVG bar charts. It
 * loads nothing (no images by URL, stylesheets, fonts or scripts) and runs
 * nothing. Withheld cells are drawn without a bar: a bar's length would give
 * the hidden number away.
 */

import categories from "../../content/categories.json";
import { escapeHtml } from "../notice/html";
import { type MessageKey, message, resolveLanguage } from "../notice/i18n";
import type { BreakdownRow, TransparencyReport } from "./report";
import { type Cell, isSuppressed } from "./suppress";

const esc = escapeHtml;

/** The outcome keys of the report and their catalog keys. */
const OUTCOME_MESSAGES: Readonly<Record<string, MessageKey>> = {
  substantiated: "transparency.outcome.substantiated",
  unsubstantiated: "transparency.outcome.unsubstantiated",
  referred: "transparency.outcome.referred",
  "no-action": "transparency.outcome.noAction",
  withdrawn: "transparency.outcome.withdrawn",
  other: "transparency.outcome.other",
  open: "transparency.outcome.open",
};

/** The outcome labels in `lang`. */
function outcomeLabels(lang: string): Record<string, string> {
  return Object.fromEntries(Object.entries(OUTCOME_MESSAGES).map(([id, key]) => [id, message(lang, key)]));
}

/** The category groups' labels in `lang` (content/categories.json carries all 24 languages). */
function groupLabels(lang: string): Record<string, string> {
  return Object.fromEntries([
    ...categories.groups.map((g) => [g.id, (g.label as Record<string, string>)[lang] ?? g.label.en]),
    ["unspecified", message(lang, "transparency.group.unspecified")],
  ]);
}

/**
 * An ISO day (YYYY-MM-DD) in words in `lang` ("1 January 2026", "1 stycznia 2026"); anything else is
 * shown as it is. ISO stays in the machine export.
 */
export function spellDay(iso: string, lang = "en"): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const locale = lang === "en" ? "en-GB" : lang;
  return new Intl.DateTimeFormat(locale, {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${iso}T00:00:00Z`));
}

/** How a cell reads in a chart: the number (with a unit) or its short withheld marker. */
function show(cell: Cell, unit = ""): string {
  return isSuppressed(cell) ? cell.display : `${cell.value}${unit}`;
}

/** How a cell reads in the table: withheld numbers in words, with their footnote mark. */
function spell(cell: Cell, lang: string, unit = ""): string {
  if (!isSuppressed(cell)) return `${cell.value}${unit}`;
  return cell.display === "<5"
    ? `${message(lang, "transparency.fewerThan5")} ¹`
    : `${message(lang, "transparency.withheld")} ²`;
}

// Each row is a label on a line of its own with its bar below, so a label as long as a language makes it
// never runs into the bar (a chart cannot wrap text).
const ROW_HEIGHT = 44;
const CHART_WIDTH = 600;
const BAR_WIDTH = 500;

/** A horizontal bar chart; `max` is the value of a full-width bar. */
function barChart(
  id: string,
  title: string,
  rows: readonly { label: string; cell: Cell; unit?: string }[],
  max: number,
): string {
  const height = rows.length * ROW_HEIGHT + 4;
  const bars = rows
    .map((row, i) => {
      const y = 4 + i * ROW_HEIGHT;
      const label = `<text x="0" y="${y + 14}" font-size="13">${esc(row.label)}</text>`;
      const text = show(row.cell, row.unit);
      if (isSuppressed(row.cell) || max <= 0) {
        return `${label}<text x="0" y="${y + 34}" font-size="13" font-style="italic">${esc(text)}</text>`;
      }
      const w = Math.max(1, Math.round((BAR_WIDTH * row.cell.value) / max));
      return `${label}<rect x="0" y="${y + 20}" width="${w}" height="18" fill="#2f5d9e"/><text x="${w + 6}" y="${y + 34}" font-size="13">${esc(text)}</text>`;
    })
    .join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${id}" viewBox="0 0 ${CHART_WIDTH} ${height}" width="100%" style="max-width:40rem;font-family:system-ui,sans-serif"><title id="${id}">${esc(title)}</title>${bars}</svg>`;
}

function breakdownChart(
  id: string,
  title: string,
  rows: readonly BreakdownRow[],
  labels: Readonly<Record<string, string>>,
): string {
  const shown = rows.flatMap((r) => (isSuppressed(r.cell) ? [] : [r.cell.value]));
  const max = shown.length > 0 ? Math.max(...shown) : 0;
  return barChart(
    id,
    title,
    rows.map((r) => ({ label: labels[r.key] ?? r.key, cell: r.cell })),
    max,
  );
}

/**
 * The report as an HTML `<section>` in `lang` (any tag; unknown languages fall back to English):
 * headline figures in a table, bar charts for deadlines kept, outcomes and (when present) category
 * groups, and a note on withheld numbers. `orgName` is escaped.
 */
export function renderTransparencyHtml(report: TransparencyReport, orgName: string, lang = "en"): string {
  const l = resolveLanguage(lang);
  const t = (key: MessageKey, vars?: Record<string, string>) => message(l, key, vars);
  const figures: [string, string][] = [
    [t("transparency.received"), spell(report.received, l)],
    [t("transparency.ackInTime"), spell(report.acknowledgedInTimePercent, l, " %")],
    [t("transparency.feedbackInTime"), spell(report.feedbackInTimePercent, l, " %")],
    [t("transparency.medianAck"), spell(report.medianDaysToAcknowledgement, l)],
    [t("transparency.medianFeedback"), spell(report.medianDaysToFeedback, l)],
    [t("transparency.retaliationClaims"), spell(report.retaliationClaims, l)],
  ];
  const table = figures
    .map(([k, v]) => `<tr><th scope="row">${esc(k)}</th><td>${esc(v)}</td></tr>`)
    .join("\n");
  const charts = [
    barChart(
      "tr-deadlines",
      t("transparency.deadlinesChart"),
      [
        { label: t("transparency.ackInTime"), cell: report.acknowledgedInTimePercent, unit: " %" },
        { label: t("transparency.feedbackInTime"), cell: report.feedbackInTimePercent, unit: " %" },
      ],
      100,
    ),
    breakdownChart("tr-outcomes", t("transparency.outcomesChart"), report.outcomes, outcomeLabels(l)),
  ];
  if (report.byCategoryGroup) {
    charts.push(
      breakdownChart("tr-groups", t("transparency.groupsChart"), report.byCategoryGroup, groupLabels(l)),
    );
  }
  const headings = [
    t("transparency.deadlinesHeading"),
    t("transparency.outcomesHeading"),
    t("transparency.groupsHeading"),
  ];
  const { from, to } = report.period;
  const heading = t("transparency.heading", { org: orgName, from: spellDay(from, l), to: spellDay(to, l) });
  return `<section class="oc-transparency">
<h2>${esc(heading)}</h2>
<p>${esc(t("transparency.asOf", { asOf: spellDay(report.asOf, l) }))}</p>
<table>
${table}
</table>
${charts.map((svg, i) => `<h3>${esc(headings[i] ?? "")}</h3>\n<figure>${svg}</figure>`).join("\n")}
<p><small>${esc(`¹ ${t("transparency.noteFewer")}`)}<br>
${esc(`² ${t("transparency.noteWithheld")}`)}</small></p>
</section>
`;
}
