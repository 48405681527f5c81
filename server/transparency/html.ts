/**
 * The transparency report as an HTML fragment with inline SVG bar charts. It
 * loads nothing (no images by URL, stylesheets, fonts or scripts) and runs
 * nothing. Withheld cells are drawn without a bar: a bar's length would give
 * the hidden number away.
 */

import categories from "../../content/categories.json";
import { escapeHtml } from "../notice/html";
import type { BreakdownRow, TransparencyReport } from "./report";
import { type Cell, isSuppressed } from "./suppress";

const esc = escapeHtml;

const OUTCOME_LABELS: Readonly<Record<string, string>> = {
  substantiated: "Substantiated",
  unsubstantiated: "Not substantiated",
  referred: "Referred to an authority",
  "no-action": "Closed without action",
  withdrawn: "Withdrawn",
  other: "Other outcome",
  open: "Still open",
};

// The page is in English: days as people read them there ("1 January 2026"), ISO only in exports.
const DAY = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

/** An ISO day (YYYY-MM-DD) in words; anything else is shown as it is. */
export function spellDay(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? DAY.format(new Date(`${iso}T00:00:00Z`)) : iso;
}

const GROUP_LABELS: Readonly<Record<string, string>> = Object.fromEntries([
  ...categories.groups.map((g) => [g.id, g.label.en]),
  ["unspecified", "No category given"],
]);

/** How a cell reads in a chart: the number (with a unit) or its short withheld marker. */
function show(cell: Cell, unit = ""): string {
  return isSuppressed(cell) ? cell.display : `${cell.value}${unit}`;
}

/** How a cell reads in the table: withheld numbers in words, with their footnote mark. */
function spell(cell: Cell, unit = ""): string {
  if (!isSuppressed(cell)) return `${cell.value}${unit}`;
  return cell.display === "<5" ? "fewer than 5 ¹" : "withheld ²";
}

const ROW_HEIGHT = 28;
const LABEL_WIDTH = 230;
const BAR_WIDTH = 300;

/** A horizontal bar chart; `max` is the value of a full-width bar. */
function barChart(
  id: string,
  title: string,
  rows: readonly { label: string; cell: Cell; unit?: string }[],
  max: number,
): string {
  const height = rows.length * ROW_HEIGHT + 8;
  const bars = rows
    .map((row, i) => {
      const y = 4 + i * ROW_HEIGHT;
      const label = `<text x="0" y="${y + 18}" font-size="13">${esc(row.label)}</text>`;
      const text = show(row.cell, row.unit);
      if (isSuppressed(row.cell) || max <= 0) {
        return `${label}<text x="${LABEL_WIDTH}" y="${y + 18}" font-size="13" font-style="italic">${esc(text)}</text>`;
      }
      const w = Math.max(1, Math.round((BAR_WIDTH * row.cell.value) / max));
      return `${label}<rect x="${LABEL_WIDTH}" y="${y + 4}" width="${w}" height="18" fill="#2f5d9e"/><text x="${LABEL_WIDTH + w + 6}" y="${y + 18}" font-size="13">${esc(text)}</text>`;
    })
    .join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${id}" viewBox="0 0 ${LABEL_WIDTH + BAR_WIDTH + 70} ${height}" width="100%" style="max-width:40rem;font-family:system-ui,sans-serif"><title id="${id}">${esc(title)}</title>${bars}</svg>`;
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
 * The report as an HTML `<section>`: headline figures in a table, bar charts
 * for deadlines kept, outcomes and (when present) category groups, and a note
 * on withheld numbers. `orgName` is escaped.
 */
export function renderTransparencyHtml(report: TransparencyReport, orgName: string): string {
  const figures: [string, string][] = [
    ["Reports received", spell(report.received)],
    ["Acknowledged within 7 days", spell(report.acknowledgedInTimePercent, " %")],
    ["Feedback within 3 months", spell(report.feedbackInTimePercent, " %")],
    ["Median days to acknowledgement", spell(report.medianDaysToAcknowledgement)],
    ["Median days to feedback", spell(report.medianDaysToFeedback)],
    ["Retaliation claims", spell(report.retaliationClaims)],
  ];
  const table = figures
    .map(([k, v]) => `<tr><th scope="row">${esc(k)}</th><td>${esc(v)}</td></tr>`)
    .join("\n");
  const charts = [
    barChart(
      "tr-deadlines",
      "Deadlines kept, in percent",
      [
        { label: "Acknowledged within 7 days", cell: report.acknowledgedInTimePercent, unit: " %" },
        { label: "Feedback within 3 months", cell: report.feedbackInTimePercent, unit: " %" },
      ],
      100,
    ),
    breakdownChart("tr-outcomes", "Reports by outcome", report.outcomes, OUTCOME_LABELS),
  ];
  if (report.byCategoryGroup) {
    charts.push(
      breakdownChart("tr-groups", "Reports by kind of matter", report.byCategoryGroup, GROUP_LABELS),
    );
  }
  const headings = ["Deadlines kept", "Outcomes", "Kinds of matter"];
  const { from, to } = report.period;
  return `<section class="oc-transparency">
<h2>${esc(`Whistleblowing channel of ${orgName}: ${spellDay(from)} to ${spellDay(to)}`)}</h2>
<p>${esc(`Reports received in this period, with figures as of ${spellDay(report.asOf)}.`)}</p>
<table>
${table}
</table>
${charts.map((svg, i) => `<h3>${esc(headings[i] ?? "")}</h3>\n<figure>${svg}</figure>`).join("\n")}
<p><small>${esc("¹ Fewer than 5 (“<5” in the charts): the exact number is withheld so that no one can be singled out.")}<br>
${esc("² Withheld (“*” in the charts) so that a small number cannot be worked out from the totals.")}</small></p>
</section>
`;
}
