/** The triage list: every case this person holds a key to, nearest deadline first (as the server sorts). */
import { t } from "../i18n";
import { dayEl, deadlineEl } from "../lib/dates";
import { append, h } from "../lib/dom";
import type { TriageRow } from "../lib/types";
import { type Ctx, mount } from "./context";

/** Text badges for the next step, so the state never depends on colour alone. */
export function nextBadges(next: TriageRow["next"]): HTMLElement {
  const span = h("span", { "data-testid": "triage-next" });
  if (next.kind === "acknowledge") append(span, h("span", { class: "badge due" }, t.handler.badgeAck));
  if (next.kind === "feedback") append(span, h("span", { class: "badge due" }, t.handler.badgeFeedback));
  if (next.overdue)
    append(
      span,
      h("span", { class: "badge overdue", "data-testid": "badge-overdue" }, t.handler.badgeOverdue),
    );
  if (next.daysLeft !== null) {
    const n = next.daysLeft;
    append(
      span,
      h(
        "small",
        { class: "meta" },
        n < 0 ? t.dates.daysOver(-n) : n === 0 ? t.dates.today : t.dates.daysLeft(n),
      ),
    );
  }
  return span;
}

function rowOf(ctx: Ctx, c: TriageRow): HTMLTableRowElement {
  const open = h(
    "button",
    { type: "button", "aria-label": `${t.handler.openCase} ${c.ref}`, "data-testid": "triage-open" },
    c.ref,
  );
  open.addEventListener("click", () => ctx.showCase(c.id));
  const ack = c.acknowledgedOn
    ? h("span", {}, `${t.handler.acknowledgedShort} `, dayEl(c.acknowledgedOn))
    : deadlineEl(c.deadlines.acknowledgeBy);
  return h(
    "tr",
    { "data-testid": "triage-row", "data-case-id": c.id, "data-ref": c.ref, "data-status": c.status },
    h("th", { scope: "row" }, open),
    h("td", {}, t.status[c.status] ?? c.status),
    h("td", {}, dayEl(c.receivedOn)),
    h("td", {}, ack),
    h("td", {}, deadlineEl(c.deadlines.feedbackBy)),
    h("td", {}, nextBadges(c.next)),
  );
}

export async function renderTriage(ctx: Ctx): Promise<void> {
  const { cases } = await ctx.call<{ cases: TriageRow[] }>("GET", "/api/cases");
  const title = h("h2", { tabindex: "-1" }, t.handler.casesTitle);
  if (cases.length === 0) {
    mount(ctx.app, title, h("p", { "data-testid": "triage-empty" }, t.handler.noCases));
    return;
  }
  const cols = [
    t.handler.colRef,
    t.handler.colStatus,
    t.handler.colReceived,
    t.handler.colAck,
    t.handler.colFeedback,
    t.handler.colNext,
  ];
  const table = h(
    "table",
    { "data-testid": "triage-table" },
    h("caption", { class: "visually-hidden" }, t.handler.casesTitle),
    h("thead", {}, h("tr", {}, ...cols.map((c) => h("th", { scope: "col" }, c)))),
    h("tbody", {}, ...cases.map((c) => rowOf(ctx, c))),
  );
  mount(ctx.app, title, h("div", { class: "table-wrap" }, table));
}
