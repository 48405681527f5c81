/**
 * One case, decrypted in this browser, in two regions: the case itself (dates, report, identity section
 * for custodians, thread) and an action panel (the next step in words, one form per action, who has
 * access, retention). After an action the view stays where it was, with the result said in the panel.
 */

import { handlerSigningKey } from "../../../crypto/index";
import { t } from "../i18n";
import { type OpenCase, openCaseKey } from "../lib/case-crypto";
import { dayEl, deadlineEl } from "../lib/dates";
import { append, h } from "../lib/dom";
import { readThread, type ThreadWriter } from "../lib/signed-thread";
import { reportFields, threadList } from "../lib/thread";
import type { Access, CaseView } from "../lib/types";
import { accessPanel } from "./case-access";
import { actionPanel, nextStepText } from "./case-actions";
import { concernedSection } from "./case-concerned";
import { exportPanel } from "./case-export";
import { holdPanel } from "./case-hold";
import { identitySection } from "./case-identity";
import { minimisePanel } from "./case-minimise";
import { assigneeForm, notesSection } from "./case-notes";
import { type Ctx, mount } from "./context";
import { channelName, nextBadges } from "./triage";
import { rosterInForce } from "./trust";

function meta(ctx: Ctx, c: CaseView): HTMLElement {
  const dl = h("dl", { class: "dates grid2" });
  const add = (label: string, value: Node | string) =>
    append(dl, h("div", {}, h("dt", {}, label), h("dd", {}, value)));
  add(
    t.inbox.status,
    h("span", { "data-testid": "case-status", "data-status": c.status }, t.status[c.status] ?? c.status),
  );
  if (c.outcome) add(t.handler.outcome, t.outcome[c.outcome] ?? c.outcome);
  add(t.handler.channel, channelName(ctx, c.channel));
  add(t.handler.received, dayEl(c.receivedOn));
  if (c.acknowledgedOn) add(t.handler.acknowledgedOn, dayEl(c.acknowledgedOn, "case-acknowledged-on"));
  else add(t.inbox.ackBy, deadlineEl(c.deadlines.acknowledgeBy, "case-ack-by"));
  if (c.followUpOn) add(t.handler.followUpOn, dayEl(c.followUpOn, "case-follow-up-on"));
  if (c.outcomeCommunicatedOn)
    add(t.handler.outcomeCommunicatedOn, dayEl(c.outcomeCommunicatedOn, "case-outcome-communicated-on"));
  add(t.inbox.feedbackBy, deadlineEl(c.deadlines.feedbackBy, "case-feedback-by"));
  // Ireland (PDA 2014 s.6A(1)): the reporting person asked for feedback every 3 months until closure.
  if (c.furtherFeedbackRequestedOn)
    add(
      t.handler.furtherFeedbackRequestedOn,
      dayEl(c.furtherFeedbackRequestedOn, "case-further-feedback-asked"),
    );
  if (c.deadlines.furtherFeedbackBy)
    add(t.inbox.furtherFeedbackBy, deadlineEl(c.deadlines.furtherFeedbackBy, "case-further-feedback-by"));
  add(t.inbox.disclosureFrom, deadlineEl(c.deadlines.publicDisclosureFrom));
  add(t.handler.colNext, nextBadges(c.next));
  return dl;
}

export async function renderCase(ctx: Ctx, id: string, notice = ""): Promise<void> {
  // After an action the same case comes back: keep the reader where they were, not at the top.
  const keepScroll = notice !== "" ? window.scrollY : null;
  const c = await ctx.call<CaseView>("GET", `/api/cases/${encodeURIComponent(id)}`);
  const back = h("button", { type: "button", "data-testid": "case-back" }, t.handler.back);
  back.addEventListener("click", () => ctx.showTriage());
  const title = h("h2", { tabindex: "-1", "data-testid": "case-ref" }, `${t.handler.caseTitle} ${c.ref}`);
  const status = h(
    "p",
    { class: "status", role: "status", "aria-live": "polite", tabindex: "-1", "data-testid": "case-notice" },
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
  // The signed thread: entries outside it (the identity section, notes) are not part of the chain.
  const keys = { reporter: c.reporterSigningKey ?? null, roster: () => rosterInForce(ctx) };
  const readOf = (view: CaseView) => readThread(open, view.id, view.entries, keys);
  const read = await readOf(c);
  const writer: ThreadWriter = {
    open,
    caseId: c.id,
    thread: read,
    signer: { author: ctx.person.id, key: handlerSigningKey(ctx.identity) },
    // Someone wrote meanwhile: the entry is signed again after the thread as it is now.
    refresh: async () => readOf(await ctx.call<CaseView>("GET", `/api/cases/${encodeURIComponent(id)}`)),
  };
  const items = read.items;
  const access = await ctx.call<Access>("GET", `/api/cases/${encodeURIComponent(id)}/access`);
  const names = new Map([...access.holders, ...access.grantable].map((p) => [p.id, p.displayName]));
  // Keys are wrapped only to the signed roster, and only to one signed with the channel key the
  // reporting person's own signed report names (when it names one).
  const roster = await rosterInForce(ctx);
  const grantRoster =
    roster && (read.channelKey === null || roster.channelKey === read.channelKey) ? roster : null;
  const accessBox = accessPanel(ctx, c.id, open, access, grantRoster);
  const identityBox = await identitySection(
    ctx,
    c,
    writer,
    (personId) => names.get(personId) ?? t.access.formerColleague,
    (key) => accessBox.setIdentityKey(key),
  );
  const holdBox = await holdPanel(ctx, c, open);
  // Art. 17 removals are a handler's to make (a custodian only opens identities).
  const minimiseBox = ctx.person.roles.includes("handler")
    ? await minimisePanel(ctx, c, writer, read.items)
    : null;
  const reportItem = items.find((i) => i.entry.kind === "report");
  const thread = items.filter((i) => i !== reportItem);

  const reportBox = h(
    "section",
    { "aria-labelledby": "report-title", "data-testid": "case-report" },
    h("h3", { id: "report-title" }, t.handler.reportTitle),
  );
  if (reportItem?.report) append(reportBox, reportFields(reportItem.report, ctx.config));
  else if (!reportItem || reportItem.unverified)
    append(reportBox, h("p", { class: "error", "data-testid": "thread-unverified" }, t.errors.unverified));
  else append(reportBox, h("p", { class: "error" }, t.errors.unsupported));

  // Evidence (client/src/evidence/) loads with the first case that is opened.
  const filesBox = h("section", { "aria-labelledby": "case-files-title", "data-testid": "case-files-box" });
  void import("../evidence/case-files")
    .then((m) => m.showCaseFiles(filesBox, c.id, open.identity, (method, path) => ctx.call(method, path)))
    .catch(() => undefined);
  // Meetings and records of oral reports (client/src/records/), loaded the same way.
  const recordsBox = h("section", { "aria-labelledby": "records-title", "data-testid": "case-records" });
  void import("../records/case-records")
    .then((m) =>
      m.showCaseRecords(recordsBox, c, writer, items, ctx.call.bind(ctx), (done) =>
        renderCase(ctx, c.id, done),
      ),
    )
    .catch(() => undefined);
  mount(
    ctx.app,
    h("div", { class: "toolbar" }, title, back),
    h(
      "div",
      { class: "case-layout", "data-testid": "case-view", "data-case-id": c.id },
      h(
        "div",
        { class: "case-main" },
        meta(ctx, c),
        reportBox,
        filesBox,
        recordsBox,
        identityBox,
        h(
          "section",
          { "aria-labelledby": "thread-title" },
          h("h3", { id: "thread-title" }, t.handler.threadTitle),
          thread.length ? threadList(thread, null, ctx.config) : h("p", {}, t.inbox.threadEmpty),
        ),
        notesSection(ctx, c, (personId) => names.get(personId) ?? t.access.formerColleague, grantRoster),
        concernedSection(ctx, c, (personId) => names.get(personId) ?? t.access.formerColleague, grantRoster),
      ),
      h(
        "aside",
        { class: "case-panel", "aria-labelledby": "panel-title" },
        h("h3", { id: "panel-title" }, t.handler.nextStep),
        h("p", { class: "next-step", "data-testid": "case-next-step" }, nextStepText(c)),
        status,
        assigneeForm(ctx, c, access.holders, (notice) => ctx.showCase(c.id, notice)),
        actionPanel(ctx, c, writer, status),
        accessBox.el,
        holdBox,
        minimiseBox,
        exportPanel(ctx, c, items, open),
      ),
    ),
  );
  if (keepScroll !== null) {
    window.scrollTo(0, keepScroll);
    status.focus({ preventScroll: true });
  }
}
