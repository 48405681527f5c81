/**
 * The compliance lead's overview: open cases by next step with overdue counts, and the on-time rates of
 * acknowledgement and feedback over the last 12 months as a small inline SVG (no chart library). Counts
 * only: nothing here is decrypted.
 */
import { t } from "../i18n";
import { h } from "../lib/dom";
import type { Overview } from "../lib/types";
import { type Ctx, mount } from "./context";

type Rate = Overview["months"][number]["acknowledgement"];

const SVG = "http://www.w3.org/2000/svg";

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

const share = (r: Rate) => (r.due === 0 ? null : r.onTime / r.due);
const percent = (x: number | null) => (x === null ? "–" : `${Math.round(x * 100)} %`);

function total(months: Overview["months"], pick: (m: Overview["months"][number]) => Rate): Rate {
  return months.reduce((sum, m) => ({ due: sum.due + pick(m).due, onTime: sum.onTime + pick(m).onTime }), {
    due: 0,
    onTime: 0,
  });
}

/** Two bars per month of receipt: the share of acknowledgements and of feedback given on time. */
export function onTimeChart(months: Overview["months"]): SVGSVGElement {
  const barW = 9;
  const gap = 8;
  const height = 100;
  const width = months.length * (2 * barW + gap);
  const chart = svg("svg", {
    viewBox: `0 0 ${width} ${height + 16}`,
    width,
    height: height + 16,
    role: "img",
    class: "chart",
    "data-testid": "overview-chart",
  });
  const label = svg("title", {});
  label.textContent = t.triage.chartLabel(
    percent(share(total(months, (m) => m.acknowledgement))),
    percent(share(total(months, (m) => m.feedback))),
  );
  chart.appendChild(label);
  chart.appendChild(svg("line", { x1: 0, y1: height, x2: width, y2: height, stroke: "currentColor" }));
  months.forEach((m, i) => {
    const x = i * (2 * barW + gap);
    for (const [j, rate, fill] of [
      [0, m.acknowledgement, "#2b6cb0"],
      [1, m.feedback, "#9c4221"],
    ] as const) {
      const value = share(rate);
      if (value === null) continue;
      const barH = Math.max(1, Math.round(value * height));
      chart.appendChild(
        svg("rect", { x: x + j * barW, y: height - barH, width: barW - 1, height: barH, fill }),
      );
    }
    const text = svg("text", { x: x + barW, y: height + 12, "text-anchor": "middle", "font-size": 8 });
    text.textContent = m.month.slice(5);
    chart.appendChild(text);
  });
  return chart;
}

export async function renderOverview(ctx: Ctx): Promise<void> {
  const data = await ctx.call<Overview>("GET", "/api/overview");
  const back = h("button", { type: "button", "data-testid": "case-back" }, t.handler.back);
  back.addEventListener("click", () => ctx.showTriage());
  const steps: Record<string, string> = {
    acknowledge: t.triage.stepAcknowledge,
    feedback: t.triage.stepFeedback,
    meeting: t.handler.badgeMeeting,
    further_feedback: t.handler.badgeFurtherFeedback,
    inform_concerned: t.handler.badgeInformConcerned,
    none: t.triage.stepNone,
  };
  const openTable = h(
    "table",
    { "data-testid": "overview-open" },
    h("caption", {}, t.triage.openByStep),
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        ...[t.handler.colNext, t.triage.open, t.triage.overdueCol].map((c) => h("th", { scope: "col" }, c)),
      ),
    ),
    h(
      "tbody",
      {},
      ...data.open.map((s) =>
        h(
          "tr",
          {},
          h("th", { scope: "row" }, steps[s.next] ?? s.next),
          h("td", {}, String(s.open)),
          h("td", {}, String(s.overdue)),
        ),
      ),
    ),
  );
  const ack = total(data.months, (m) => m.acknowledgement);
  const feedback = total(data.months, (m) => m.feedback);
  mount(
    ctx.app,
    h("div", { class: "toolbar" }, h("h2", { tabindex: "-1" }, t.triage.overviewTitle), back),
    openTable,
    h("h3", {}, t.triage.onTime),
    h(
      "dl",
      { class: "dates grid2" },
      h(
        "div",
        {},
        h("dt", {}, t.triage.onTimeAck),
        h("dd", { "data-testid": "overview-ack" }, percent(share(ack))),
      ),
      h(
        "div",
        {},
        h("dt", {}, t.triage.onTimeFeedback),
        h("dd", { "data-testid": "overview-feedback" }, percent(share(feedback))),
      ),
    ),
    onTimeChart(data.months),
  );
}
