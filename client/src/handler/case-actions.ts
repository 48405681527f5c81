/**
 * The case view's action panel: one form per action, each with its own label and text box; feedback
 * and closing ask to confirm in the page; closing has no outcome chosen in advance; the next step is
 * said in words. Every message is encrypted before it is sent.
 */
import { t } from "../i18n";
import { errorText } from "../lib/api";
import { formatDay } from "../lib/dates";
import { append, h, say } from "../lib/dom";
import { type ThreadWriter, writeMessageEntry, writeThreadEntry } from "../lib/signed-thread";
import type { CaseView } from "../lib/types";
import type { Ctx } from "./context";

const STATUS_ORDER = ["received", "acknowledged", "in_follow_up", "feedback_given", "closed"];
const OUTCOMES = ["substantiated", "unsubstantiated", "referred", "no_action", "withdrawn"];

/** The next step in words, with its date when the law sets one. */
export function nextStepText(c: CaseView): string {
  const d = c.next.date ? formatDay(c.next.date) : "";
  if (c.status === "closed") return t.handler.nextClosed;
  if (c.next.kind === "acknowledge") return t.handler.nextAcknowledge(d, c.next.overdue);
  if (c.next.kind === "feedback") return t.handler.nextFeedback(d, c.next.overdue);
  if (c.next.kind === "further_feedback") return t.handler.nextFurtherFeedback(d, c.next.overdue);
  if (c.next.kind === "inform_concerned") return t.handler.nextInformConcerned(d, c.next.overdue);
  if (c.status === "feedback_given") return t.handler.nextAfterFeedback;
  return t.handler.nextFollowUp;
}

function messageForm(
  id: string,
  label: string,
  hint: string,
  submitLabel: string,
  submitTestid: string,
  value = "",
): { form: HTMLFormElement; text: HTMLTextAreaElement; submit: HTMLButtonElement; hintEl: HTMLElement } {
  const text = h("textarea", { id, rows: 4, "data-testid": id, "aria-describedby": `${id}-hint` });
  text.value = value;
  const hintEl = h("p", { class: "hint", id: `${id}-hint` }, hint);
  const submit = h("button", { type: "submit", class: "primary", "data-testid": submitTestid }, submitLabel);
  const form = h(
    "form",
    { class: "action-form", "data-action": id },
    h("div", { class: "field" }, h("label", { for: id }, label), hintEl, text),
    submit,
  );
  return { form, text, submit, hintEl };
}

/**
 * A confirmation inside the form: the first submit shows what will happen and a confirm button, the
 * confirm button does it. Nothing is sent before the second, deliberate click.
 */
function confirmStep(
  form: HTMLFormElement,
  question: string,
  yesLabel: string,
  testid: string,
  onYes: () => void,
): { ask(): void } {
  const yes = h("button", { type: "button", class: "primary", "data-testid": `${testid}-confirm` }, yesLabel);
  const no = h("button", { type: "button", "data-testid": `${testid}-cancel` }, t.handler.cancel);
  const box = h(
    "div",
    { class: "box warn confirm-step", role: "group", "aria-label": question, hidden: true },
    h("p", {}, question),
    h("div", { class: "actions" }, yes, no),
  );
  append(form, box);
  yes.addEventListener("click", () => {
    box.hidden = true;
    onYes();
  });
  no.addEventListener("click", () => {
    box.hidden = true;
  });
  return {
    ask: () => {
      box.hidden = false;
      yes.focus();
    },
  };
}

/** The action panel for case `c`; `notice` is where results and errors are said. */
export function actionPanel(ctx: Ctx, c: CaseView, writer: ThreadWriter, notice: HTMLElement): HTMLElement {
  const path = `/api/cases/${encodeURIComponent(c.id)}`;
  const panel = h(
    "fieldset",
    { class: "plain" },
    h("legend", { class: "visually-hidden" }, t.handler.actions),
  );
  /** Runs one action with the controls disabled, then shows the case again with what was done. */
  const act = async (work: () => Promise<unknown>, done: string): Promise<void> => {
    panel.disabled = true;
    say(notice, "");
    try {
      await work();
      ctx.refreshMe();
      ctx.showCase(c.id, done);
    } catch (e) {
      say(notice, errorText(e));
      panel.disabled = false;
    }
  };
  const send = (
    kind: "message" | "request_info" | "feedback" | "final_outcome",
    text: string,
    done: string,
  ) =>
    void act(
      () =>
        writeMessageEntry(writer, kind, text, ({ message, seq }) =>
          ctx.call("POST", `${path}/messages`, { kind, message, seq }),
        ),
      done,
    );
  const need = (ta: HTMLTextAreaElement): string | null => {
    const text = ta.value.trim();
    if (!text) {
      say(notice, t.handler.emptyMessage);
      ta.focus();
      return null;
    }
    return text;
  };

  if (!c.acknowledgedOn && c.status !== "closed") {
    const ack = messageForm(
      "case-ack-message",
      t.handler.ackMessage,
      t.handler.ackHint,
      t.handler.acknowledge,
      "case-acknowledge",
      t.handler.ackDefault,
    );
    ack.form.addEventListener("submit", (ev) => {
      ev.preventDefault();
      const text = need(ack.text);
      if (text === null) return;
      void act(
        () =>
          writeMessageEntry(writer, "acknowledgement", text, ({ message, seq }) =>
            ctx.call("POST", `${path}/acknowledge`, { message, seq }),
          ),
        t.handler.ackSent,
      );
    });
    append(panel, h("h3", {}, t.handler.ackTitle), ack.form);
  }

  if (c.status !== "closed") {
    const reply = messageForm(
      "case-message",
      t.handler.replyLabel,
      t.handler.replyHint,
      t.handler.reply,
      "case-reply",
    );
    reply.form.addEventListener("submit", (ev) => {
      ev.preventDefault();
      const text = need(reply.text);
      if (text !== null) send("message", text, t.handler.replySent);
    });
    const ask = messageForm(
      "case-request-message",
      t.handler.requestLabel,
      t.handler.requestHint,
      t.handler.requestInfo,
      "case-request-info",
    );
    ask.form.addEventListener("submit", (ev) => {
      ev.preventDefault();
      const text = need(ask.text);
      if (text !== null) send("request_info", text, t.handler.requestSent);
    });
    const feedback = messageForm(
      "case-feedback-message",
      t.handler.feedbackLabel,
      t.handler.feedbackHint,
      t.handler.feedback,
      "case-feedback",
    );
    const feedbackConfirm = confirmStep(
      feedback.form,
      t.handler.feedbackConfirm,
      t.handler.feedbackYes,
      "case-feedback",
      () => {
        const text = need(feedback.text);
        if (text !== null) send("feedback", text, t.handler.feedbackSent);
      },
    );
    feedback.form.addEventListener("submit", (ev) => {
      ev.preventDefault();
      if (need(feedback.text) !== null) feedbackConfirm.ask();
    });
    append(
      panel,
      h("h3", {}, t.handler.replyTitle),
      reply.form,
      h("h3", {}, t.handler.requestTitle),
      ask.form,
      h("h3", {}, t.handler.feedbackTitle),
      feedback.form,
    );
  }

  if (!c.followUpOn && c.status !== "closed") {
    const start = h("button", { type: "button", "data-testid": "case-follow-up" }, t.handler.followUpStart);
    start.addEventListener("click", () => {
      // Told to the reporting person by a signed entry of its own (kind `follow_up`).
      void act(
        () =>
          writeThreadEntry(writer, "follow_up", { v: 1 }, ({ message, seq }) =>
            ctx.call("POST", `${path}/follow-up`, { message, seq }),
          ),
        t.handler.followUpRecorded,
      );
    });
    append(
      panel,
      h("h3", {}, t.handler.followUpTitle),
      h("p", { class: "hint" }, t.handler.followUpHint),
      start,
    );
  }

  // A closed file can still tell the reporting person its final outcome, and nothing else.
  const outcomeMessage = messageForm(
    "case-final-outcome-message",
    t.handler.finalOutcomeLabel,
    t.handler.finalOutcomeHint,
    t.handler.finalOutcome,
    "case-final-outcome",
  );
  const outcomeConfirm = confirmStep(
    outcomeMessage.form,
    t.handler.finalOutcomeConfirm,
    t.handler.finalOutcomeYes,
    "case-final-outcome",
    () => {
      const text = need(outcomeMessage.text);
      if (text !== null) send("final_outcome", text, t.handler.finalOutcomeSent);
    },
  );
  outcomeMessage.form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    if (need(outcomeMessage.text) !== null) outcomeConfirm.ask();
  });
  append(panel, h("h3", {}, t.handler.finalOutcomeTitle), outcomeMessage.form);

  const statusSelect = h(
    "select",
    { id: "case-status-select", "data-testid": "case-status-select" },
    ...STATUS_ORDER.map((s) => h("option", { value: s, selected: s === c.status }, t.status[s] ?? s)),
  );
  // No outcome is chosen for the handler: closing asks for one.
  const outcomeSelect = h(
    "select",
    { id: "case-outcome-select", "data-testid": "case-outcome-select" },
    h("option", { value: "" }, t.handler.chooseOutcome),
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
  const statusForm = h(
    "form",
    { class: "action-form", "data-action": "status" },
    h(
      "div",
      { class: "field" },
      h("label", { for: "case-status-select" }, t.handler.newStatus),
      statusSelect,
    ),
    outcomeField,
    h("button", { type: "submit", "data-testid": "case-status-submit" }, t.handler.moveStatus),
  );
  const move = (): void => {
    const status = statusSelect.value;
    const outcome = status === "closed" ? outcomeSelect.value : null;
    // The move reaches the reporting person only as this signed `status` entry, never as the server's word.
    void act(
      () =>
        writeThreadEntry(writer, "status", { v: 1, status, outcome }, ({ message, seq }) =>
          ctx.call("POST", `${path}/status`, { status, ...(outcome ? { outcome } : {}), message, seq }),
        ),
      t.handler.statusMoved,
    );
  };
  const closeConfirm = confirmStep(
    statusForm,
    t.handler.closeConfirm,
    t.handler.closeYes,
    "case-close",
    move,
  );
  statusForm.addEventListener("submit", (ev) => {
    ev.preventDefault();
    if (statusSelect.value !== "closed" || c.status === "closed") return move();
    if (!outcomeSelect.value) {
      say(notice, t.handler.outcomeMissing);
      outcomeSelect.focus();
      return;
    }
    closeConfirm.ask();
  });
  append(panel, h("h3", {}, t.handler.statusTitle), statusForm);
  return panel;
}
