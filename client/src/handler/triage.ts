/**
 * The triage list: one page of the cases this person holds a key to, filtered and sorted by the
 * server (nearest deadline first by default). The page's category and subject are decrypted here, and
 * the search looks only at them.
 */
import { t } from "../i18n";
import { categoryLabel } from "../lib/config";
import { dayEl } from "../lib/dates";
import { append, h, say } from "../lib/dom";
import type { PageKeys, TriagePage, TriageRow } from "../lib/types";
import { type Ctx, mount } from "./context";
import { noticesPanel } from "./notices";
import { renderOverview } from "./overview";
import { matchesSearch, openSummaries } from "./triage-summaries";

/** Text badges for the next step, so the state never depends on colour alone. */
export function nextBadges(next: TriageRow["next"]): HTMLElement {
  const span = h("span", { "data-testid": "triage-next" });
  if (next.kind === "acknowledge") append(span, h("span", { class: "badge due" }, t.handler.badgeAck));
  if (next.kind === "feedback") append(span, h("span", { class: "badge due" }, t.handler.badgeFeedback));
  if (next.kind === "meeting") append(span, h("span", { class: "badge due" }, t.handler.badgeMeeting));
  if (next.kind === "further_feedback")
    append(span, h("span", { class: "badge due" }, t.handler.badgeFurtherFeedback));
  if (next.kind === "inform_concerned")
    append(span, h("span", { class: "badge due" }, t.handler.badgeInformConcerned));
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
    d.furtherFeedbackBy && `${t.handler.badgeFurtherFeedback}: ${d.furtherFeedbackBy.basis}`,
  ].filter((x): x is string => Boolean(x));
  return h(
    "details",
    { class: "row-basis" },
    h("summary", {}, t.handler.legalBasis),
    ...lines.map((l) => h("p", { class: "basis" }, l)),
  );
}

/** Where triage stands: kept while the person opens a case and comes back. */
const view = { filter: "all", sort: "due", page: 0, cursors: [null] as (string | null)[] };

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
    h("td", { "data-label": t.triage.colCategory, "data-testid": "triage-category" }, t.triage.noSummary),
    h("td", { "data-label": t.triage.colSubject, "data-testid": "triage-subject" }, t.triage.noSummary),
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

function select(
  id: string,
  label: string,
  options: Record<string, string>,
  value: string,
  onChange: (v: string) => void,
) {
  const el = h(
    "select",
    { id, "data-testid": id },
    ...Object.entries(options).map(([v, text]) => h("option", { value: v, selected: v === value }, text)),
  );
  el.addEventListener("change", () => onChange(el.value));
  return h("div", { class: "field" }, h("label", { for: id }, label), el);
}

/** Fills in the decrypted category and subject of the rows on screen, then lets the search use them. */
async function fillSummaries(
  ctx: Ctx,
  rows: HTMLTableRowElement[],
  search: HTMLInputElement,
  status: HTMLElement,
) {
  const ids = rows.map((r) => r.dataset.caseId ?? "");
  const { summaries } = await ctx.call<PageKeys>("GET", `/api/cases/summaries?ids=${ids.join(",")}`);
  const opened = await openSummaries(ctx.identity, summaries);
  for (const row of rows) {
    const summary = opened.get(row.dataset.caseId ?? "");
    if (!summary) continue;
    const [category, subject] = [...row.querySelectorAll("td")];
    if (category) category.textContent = categoryLabel(ctx.config, summary.category);
    if (subject) subject.textContent = summary.subject;
  }
  const filter = () => {
    let shown = 0;
    for (const row of rows) {
      const cells = [...row.querySelectorAll("th, td")].slice(0, 3).map((c) => c.textContent ?? "");
      row.hidden = !matchesSearch(search.value, cells);
      if (!row.hidden) shown += 1;
    }
    say(status, shown === 0 ? t.triage.noMatch : "");
  };
  search.disabled = false;
  search.addEventListener("input", filter);
}

export async function renderTriage(ctx: Ctx): Promise<void> {
  const params = new URLSearchParams({ filter: view.filter, sort: view.sort, limit: "50" });
  const after = view.cursors[view.page];
  if (after) params.set("after", after);
  const [page, notices] = await Promise.all([
    ctx.call<TriagePage>("GET", `/api/cases?${params}`),
    noticesPanel(ctx),
  ]);
  const title = h("h2", { tabindex: "-1" }, t.handler.casesTitle);
  const overview = h("button", { type: "button", "data-testid": "triage-overview" }, t.triage.overview);
  overview.addEventListener("click", () => void renderOverview(ctx));
  const restart = (change: Partial<typeof view>) => {
    Object.assign(view, change, { page: 0, cursors: [null] });
    void renderTriage(ctx);
  };
  const controls = h(
    "div",
    { class: "toolbar" },
    select("triage-filter", t.triage.filter, t.triage.filters, view.filter, (filter) => restart({ filter })),
    select("triage-sort", t.triage.sort, t.triage.sorts, view.sort, (sort) => restart({ sort })),
    overview,
  );
  if (page.cases.length === 0 && view.filter === "all" && view.page === 0) {
    mount(
      ctx.app,
      title,
      ...(notices ? [notices] : []),
      h("p", { "data-testid": "triage-empty" }, t.handler.noCases),
    );
    return;
  }
  const search = h("input", {
    type: "search",
    id: "triage-search",
    "data-testid": "triage-search",
    "aria-describedby": "triage-search-hint",
    disabled: true,
  });
  const searchField = h(
    "div",
    { class: "field" },
    h("label", { for: "triage-search" }, t.triage.search),
    search,
    h("small", { id: "triage-search-hint", class: "meta" }, t.triage.searchHint),
  );
  const status = h("p", { role: "status", "aria-live": "polite", "data-testid": "triage-status" });
  const cols = [
    t.handler.colRef,
    t.triage.colCategory,
    t.triage.colSubject,
    t.handler.colStatus,
    t.handler.channel,
    t.handler.colReceived,
    t.handler.colAck,
    t.handler.colFeedback,
    t.handler.colNext,
  ];
  const rows = page.cases.map((c) => rowOf(ctx, c));
  const table = h(
    "table",
    { class: "triage", "data-testid": "triage-table" },
    h("caption", { class: "visually-hidden" }, t.handler.casesTitle),
    h("thead", {}, h("tr", {}, ...cols.map((c) => h("th", { scope: "col" }, c)))),
    h("tbody", {}, ...rows),
  );
  const prev = h(
    "button",
    { type: "button", "data-testid": "triage-prev", disabled: view.page === 0 },
    t.triage.previous,
  );
  prev.addEventListener("click", () => {
    view.page -= 1;
    void renderTriage(ctx);
  });
  const next = h(
    "button",
    { type: "button", "data-testid": "triage-next-page", disabled: !page.next },
    t.triage.next,
  );
  next.addEventListener("click", () => {
    view.cursors[view.page + 1] = page.next;
    view.page += 1;
    void renderTriage(ctx);
  });
  const pager = h(
    "nav",
    { class: "actions", "aria-label": t.triage.page(view.page + 1) },
    prev,
    h("span", {}, t.triage.page(view.page + 1)),
    next,
  );
  mount(
    ctx.app,
    title,
    ...(notices ? [notices] : []),
    controls,
    searchField,
    status,
    h("div", { class: "table-wrap" }, table),
    pager,
  );
  if (rows.length > 0) await fillSummaries(ctx, rows, search, status);
}
