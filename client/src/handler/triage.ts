/** The triage list: every case this person holds a key to, nearest deadline first (as the server sorts). */
import { t } from "../i18n";
import { dayEl } from "../lib/dates";
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

/** The channel's name from the configuration; its id only when the configuration does not know it. */
export function channelName(ctx: Ctx, channelId: string): string {
  return ctx.config?.channels.find((ch) => ch.id === channelId)?.name ?? channelId;
}

/** A day with its legal basis as a tooltip; the basis itself sits in the row's details. */
function dueDay(d: TriageRow["deadlines"]["acknowledgeBy"]): HTMLElement {
  return d ? h("span", { title: d.basis }, dayEl(d.date)) : h("span", {}, t.inbox.noDate);
}

/** The legal basis of the row's dates, folded: rows stay one line high. */
function basisDetails(c: TriageRow): HTMLElement {
  const d = c.deadlines;
  const lines = [
    d.acknowledgeBy && `${t.handler.colAck}: ${d.acknowledgeBy.basis}`,
    d.feedbackBy && `${t.handler.colFeedback}: ${d.feedbackBy.basis}`,
  ].filter((x): x is string => Boolean(x));
  return h(
    "details",
    { class: "row-basis" },
    h("summary", {}, t.handler.legalBasis),
    ...lines.map((l) => h("p", { class: "basis" }, l)),
  );
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
    : dueDay(c.deadlines.acknowledgeBy);
  const activity = c.newActivity
    ? h("span", { class: "badge activity", "data-testid": "triage-new-activity" }, t.handler.newActivity)
    : null;
  return h(
    "tr",
    {
      "data-testid": "triage-row",
      "data-case-id": c.id,
      "data-ref": c.ref,
      "data-status": c.status,
      class: c.newActivity ? "has-activity" : undefined,
    },
    h("th", { scope: "row" }, open, activity),
    // data-label: on a phone each row becomes a small card that names its cells.
    h("td", { "data-label": t.handler.colStatus }, t.status[c.status] ?? c.status),
    h("td", { "data-label": t.handler.channel }, channelName(ctx, c.channel)),
    h("td", { "data-label": t.handler.colReceived }, dayEl(c.receivedOn)),
    h("td", { "data-label": t.handler.colAck }, ack),
    h("td", { "data-label": t.handler.colFeedback }, dueDay(c.deadlines.feedbackBy)),
    h("td", { "data-label": t.handler.colNext }, nextBadges(c.next), deletionBadge(c), basisDetails(c)),
  );
}

/** Retention deletion within 30 days, in words (never colour alone), so a legal hold can come in time. */
function deletionBadge(c: TriageRow): HTMLElement | string {
  const n = c.deletionDaysLeft;
  if (n === undefined || n === null || n > 30 || !c.deadlines.deleteBy) return "";
  return h(
    "span",
    { class: "badge overdue", "data-testid": "badge-deletion", title: c.deadlines.deleteBy.basis },
    t.handler.badgeDeletion(c.deadlines.deleteBy.date, Math.max(n, 0)),
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
    t.handler.channel,
    t.handler.colReceived,
    t.handler.colAck,
    t.handler.colFeedback,
    t.handler.colNext,
  ];
  const table = h(
    "table",
    { class: "triage", "data-testid": "triage-table" },
    h("caption", { class: "visually-hidden" }, t.handler.casesTitle),
    h("thead", {}, h("tr", {}, ...cols.map((c) => h("th", { scope: "col" }, c)))),
    h("tbody", {}, ...cases.map((c) => rowOf(ctx, c))),
  );
  mount(ctx.app, title, h("div", { class: "table-wrap" }, table));
}
