/**
 * One case, decrypted in this browser: the report, the identity section for custodians, the thread, the
 * handler's actions (acknowledge, write, move status), who has access, and retention. Every message is
 * encrypted before it is sent.
 */
import { t } from "../i18n";
import { errorText } from "../lib/api";
import { type OpenCase, openCaseKey, openEntries, sealMessage } from "../lib/case-crypto";
import { dayEl, deadlineEl } from "../lib/dates";
import { append, h, say } from "../lib/dom";
import { reportFields, threadList } from "../lib/thread";
import type { CaseView } from "../lib/types";
import { type Access, accessPanel } from "./case-access";
import { holdPanel } from "./case-hold";
import { identitySection } from "./case-identity";
import { type Ctx, mount } from "./context";
import { nextBadges } from "./triage";

const STATUS_ORDER = ["received", "acknowledged", "in_follow_up", "feedback_given", "closed"];
const OUTCOMES = ["substantiated", "unsubstantiated", "referred", "no_action", "withdrawn"];

function meta(c: CaseView): HTMLElement {
  const dl = h("dl", { class: "dates grid2" });
  const add = (label: string, value: Node | string) =>
    append(dl, h("div", {}, h("dt", {}, label), h("dd", {}, value)));
  add(
    t.inbox.status,
    h("span", { "data-testid": "case-status", "data-status": c.status }, t.status[c.status] ?? c.status),
  );
  if (c.outcome) add(t.handler.outcome, t.outcome[c.outcome] ?? c.outcome);
  add(t.handler.channel, c.channel);
  add(t.handler.received, dayEl(c.receivedOn));
  if (c.acknowledgedOn) add(t.handler.acknowledgedOn, dayEl(c.acknowledgedOn, "case-acknowledged-on"));
  else add(t.inbox.ackBy, deadlineEl(c.deadlines.acknowledgeBy, "case-ack-by"));
  if (c.followUpOn) add(t.handler.followUpOn, dayEl(c.followUpOn, "case-follow-up-on"));
  if (c.outcomeCommunicatedOn)
    add(t.handler.outcomeCommunicatedOn, dayEl(c.outcomeCommunicatedOn, "case-outcome-communicated-on"));
  add(t.inbox.feedbackBy, deadlineEl(c.deadlines.feedbackBy, "case-feedback-by"));
  add(t.inbox.disclosureFrom, deadlineEl(c.deadlines.publicDisclosureFrom));
  add(t.handler.colNext, nextBadges(c.next));
  return dl;
}

function textarea(id: string, label: string, value = ""): [HTMLElement, HTMLTextAreaElement] {
  const ta = h("textarea", { id, rows: 5, "data-testid": id });
  ta.value = value;
  return [h("div", { class: "field" }, h("label", { for: id }, label), ta), ta];
}

export async function renderCase(ctx: Ctx, id: string, notice = ""): Promise<void> {
  const c = await ctx.call<CaseView>("GET", `/api/cases/${encodeURIComponent(id)}`);
  const back = h("button", { type: "button", "data-testid": "case-back" }, t.handler.back);
  back.addEventListener("click", () => ctx.showTriage());
  const title = h("h2", { tabindex: "-1", "data-testid": "case-ref" }, `${t.handler.caseTitle} ${c.ref}`);
  const status = h(
    "p",
    { class: "status", role: "status", "aria-live": "polite", "data-testid": "case-notice" },
    notice,
  );

  let open: OpenCase;
  try {
    open = await openCaseKey(ctx.identity, c.myKey, c.caseRecipient);
  } catch (e) {
    mount(
      ctx.app,
      h("div", { class: "toolbar" }, title, back),
      h("p", { class: "box error", role: "alert" }, (e as Error).message),
    );
    return;
  }
  const items = await openEntries(open, c.entries);
  const access = await ctx.call<Access>("GET", `/api/cases/${encodeURIComponent(id)}/access`);
  const names = new Map([...access.holders, ...access.grantable].map((p) => [p.id, p.displayName]));
  const accessBox = accessPanel(ctx, c.id, open, access);
  const identityBox = await identitySection(
    ctx,
    c,
    open,
    (personId) => names.get(personId) ?? t.access.formerColleague,
    (key) => accessBox.setIdentityKey(key),
  );
  const reportItem = items.find((i) => i.entry.kind === "report");
  const thread = items.filter((i) => i !== reportItem);

  const reportBox = h(
    "section",
    { "aria-labelledby": "report-title", "data-testid": "case-report" },
    h("h3", { id: "report-title" }, t.handler.reportTitle),
  );
  if (reportItem?.report) append(reportBox, reportFields(reportItem.report, ctx.config));
  else append(reportBox, h("p", { class: "error" }, reportItem?.error ?? t.errors.undecryptable));

  const actions = h(
    "fieldset",
    { class: "plain" },
    h("legend", { class: "visually-hidden" }, t.handler.caseTitle),
  );
  /** Runs one action with the controls disabled, then shows the case again with the outcome. */
  const act = async (work: () => Promise<unknown>): Promise<void> => {
    actions.disabled = true;
    say(status, "");
    try {
      await work();
      ctx.refreshMe();
      ctx.showCase(id, t.handler.done);
    } catch (e) {
      say(status, errorText(e));
      actions.disabled = false;
    }
  };

  if (!c.acknowledgedOn && c.status !== "closed") {
    const [box, ta] = textarea("case-ack-message", t.handler.ackMessage, t.handler.ackDefault);
    const btn = h(
      "button",
      { type: "button", class: "primary", "data-testid": "case-acknowledge" },
      t.handler.acknowledge,
    );
    btn.addEventListener("click", () => {
      const text = ta.value.trim();
      if (!text) return say(status, t.handler.emptyMessage);
      void act(async () =>
        ctx.call("POST", `/api/cases/${encodeURIComponent(id)}/acknowledge`, {
          message: await sealMessage(open, text),
        }),
      );
    });
    append(actions, h("h3", {}, t.handler.ackTitle), box, btn);
  }

  {
    const [box, ta] = textarea("case-message", t.handler.message);
    const send = (kind: "message" | "request_info" | "feedback" | "final_outcome") => () => {
      const text = ta.value.trim();
      if (!text) return say(status, t.handler.emptyMessage);
      void act(async () =>
        ctx.call("POST", `/api/cases/${encodeURIComponent(id)}/messages`, {
          kind,
          message: await sealMessage(open, text),
        }),
      );
    };
    const buttons = h("div", { class: "actions" });
    const kinds = [
      ["message", t.handler.reply, "case-reply"],
      ["request_info", t.handler.requestInfo, "case-request-info"],
      ["feedback", t.handler.feedback, "case-feedback"],
      ["final_outcome", t.handler.finalOutcome, "case-final-outcome"],
    ] as const;
    // A closed file can still tell the reporting person its final outcome, and nothing else.
    for (const [kind, label, testid] of kinds.filter(
      ([k]) => c.status !== "closed" || k === "final_outcome",
    )) {
      const b = h("button", { type: "button", "data-testid": testid }, label);
      b.addEventListener("click", send(kind));
      append(buttons, b);
    }
    append(actions, h("h3", {}, t.handler.messageTitle), box, buttons);
  }

  if (!c.followUpOn && c.status !== "closed") {
    const start = h("button", { type: "button", "data-testid": "case-follow-up" }, t.handler.followUpStart);
    start.addEventListener("click", () => {
      void act(() => ctx.call("POST", `/api/cases/${encodeURIComponent(id)}/follow-up`));
    });
    append(
      actions,
      h("h3", {}, t.handler.followUpTitle),
      h("p", { class: "hint" }, t.handler.followUpHint),
      start,
    );
  }

  const statusSelect = h(
    "select",
    { id: "case-status-select", "data-testid": "case-status-select" },
    ...STATUS_ORDER.map((s) => h("option", { value: s, selected: s === c.status }, t.status[s] ?? s)),
  );
  const outcomeSelect = h(
    "select",
    { id: "case-outcome-select", "data-testid": "case-outcome-select" },
    ...OUTCOMES.map((o) => h("option", { value: o }, t.outcome[o] ?? o)),
  );
  const outcomeField = h(
    "div",
    { class: "field", hidden: c.status !== "closed" },
    h("label", { for: "case-outcome-select" }, t.handler.outcome),
    outcomeSelect,
  );
  statusSelect.addEventListener("change", () => {
    outcomeField.hidden = statusSelect.value !== "closed";
  });
  const move = h("button", { type: "button", "data-testid": "case-status-submit" }, t.handler.moveStatus);
  move.addEventListener("click", () => {
    const body =
      statusSelect.value === "closed"
        ? { status: "closed", outcome: outcomeSelect.value }
        : { status: statusSelect.value };
    void act(() => ctx.call("POST", `/api/cases/${encodeURIComponent(id)}/status`, body));
  });
  append(
    actions,
    h("h3", {}, t.handler.statusTitle),
    h(
      "div",
      { class: "field" },
      h("label", { for: "case-status-select" }, t.handler.newStatus),
      statusSelect,
    ),
    outcomeField,
    move,
  );

  mount(
    ctx.app,
    h("div", { class: "toolbar" }, title, back),
    h(
      "div",
      { "data-testid": "case-view", "data-case-id": c.id },
      meta(c),
      status,
      reportBox,
      identityBox,
      h(
        "section",
        { "aria-labelledby": "thread-title" },
        h("h3", { id: "thread-title" }, t.handler.threadTitle),
        thread.length ? threadList(thread, null, ctx.config) : h("p", {}, t.inbox.threadEmpty),
      ),
      actions,
      accessBox.el,
      holdPanel(ctx, c),
    ),
  );
}
