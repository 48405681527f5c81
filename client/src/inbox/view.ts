/**
 * The open case inbox: what to do now, the status, the thread with the newest entry first, a reply
 * box, and the legal dates behind a one-line summary. Built here (not in the page's HTML) so the inbox
 * page and the report page show the same view.
 */
import { toBase64 } from "../../../crypto/index";
import { t } from "../i18n";
import { api, errorText, warmPow } from "../lib/api";
import type { Config } from "../lib/config";
import { dayEl, deadlineEl, formatDay } from "../lib/dates";
import { append, h, say } from "../lib/dom";
import { receiptBlock } from "../lib/receipt";
import { type ReadThread, readThread, type ThreadWriter, writeMessageEntry } from "../lib/signed-thread";
import { threadList } from "../lib/thread";
import type { Deadline, InboxAnswer } from "../lib/types";
import { fetchInbox, inboxKeys, type Session } from "./session";
import { statusOfThread } from "./status";
import { todoOf } from "./todo";

export interface CaseView {
  section: HTMLElement;
  /** Shows the case as the server answered it, decrypting the thread. */
  render(answer: InboxAnswer): Promise<void>;
  /** Clears every decrypted word and key from the view. */
  lock(): void;
  /** What the next entry is written with: the thread as last read and verified; null once locked. */
  writer(): ThreadWriter | null;
}

function row(label: string, value: Node, explain: string): HTMLElement[] {
  return [h("dt", {}, label), h("dd", {}, value, h("small", { class: "basis" }, explain))];
}

/** A deadline, or "Not set" with the sentence that says why for this date. */
function dateOrWhy(d: Deadline | null, testid: string, why: string): HTMLElement {
  const el = deadlineEl(d, testid);
  if (!d) append(el, h("small", { class: "basis", "data-testid": "not-set-why" }, ` ${why}`));
  return el;
}

function datesSummary(a: InboxAnswer): string {
  const d = a.deadlines;
  const parts = [
    a.acknowledgedOn
      ? `${t.inbox.acknowledgedOn} ${formatDay(a.acknowledgedOn)}`
      : d.acknowledgeBy && `${t.inbox.ackBy} ${formatDay(d.acknowledgeBy.date)}`,
    d.feedbackBy && `${t.inbox.feedbackBy} ${formatDay(d.feedbackBy.date)}`,
  ].filter(Boolean);
  return parts.join(" · ") || t.inbox.datesTitle;
}

/** Builds the view for an opened case; `onLock` runs after the person locked it. */
export function caseView(first: Session, config: Config | null, onLock: () => void): CaseView {
  let session: Session | null = first;
  let busy = false;
  let shown: InboxAnswer | null = null;
  /** The thread as last read and verified, and the case it belongs to: the next entry goes after it. */
  let read: { caseId: string; thread: ReadThread } | null = null;
  const status = h("span", { id: "case-status", "data-testid": "inbox-status" });
  const todo = h("p", { class: "todo", "data-testid": "inbox-todo" });
  const outcome = h("p", { id: "case-outcome", hidden: true });
  const summary = h("summary", { "data-testid": "inbox-dates-summary" });
  const dates = h("dl", { id: "case-dates", class: "dates" });
  const thread = h("div", { id: "thread-wrap" });
  const reply = h("textarea", {
    id: "reply",
    name: "reply",
    rows: 5,
    "aria-describedby": "reply-hint",
    "data-testid": "inbox-reply",
  });
  // A reply's proof of work is solved while the person writes it.
  for (const type of ["focusin", "input"]) reply.addEventListener(type, () => warmPow("message"));
  const replyStatus = h("p", {
    id: "reply-status",
    class: "status",
    role: "status",
    "aria-live": "polite",
    "data-testid": "inbox-reply-status",
  });
  const lockButton = h("button", { type: "button", id: "lock", "data-testid": "inbox-lock" }, t.inbox.lock);
  const replyForm = h(
    "form",
    { id: "reply-form", method: "post", action: "/inbox.html", autocomplete: "off" },
    h(
      "div",
      { class: "field" },
      h("label", { for: "reply" }, t.inbox.replyLabel),
      h("p", { class: "hint", id: "reply-hint" }, t.inbox.replyHint),
      reply,
    ),
    h(
      "div",
      { class: "submit-row" },
      h("button", { type: "submit", class: "primary", "data-testid": "inbox-send" }, t.inbox.send),
      replyStatus,
    ),
  );
  // Further feedback on request (Ireland, PDA 2014 s.6A(1)): offered only where the case's law gives it.
  const furtherAsked = h("p", { "data-testid": "inbox-further-feedback-asked", hidden: true });
  const furtherAsk = h(
    "button",
    { type: "button", "data-testid": "inbox-further-feedback-ask" },
    t.inbox.furtherFeedbackAsk,
  );
  const furtherStatus = h("p", { class: "status", role: "status", "aria-live": "polite" });
  const further = h(
    "section",
    {
      class: "further-feedback",
      "aria-labelledby": "further-title",
      "data-testid": "inbox-further-feedback",
      hidden: true,
    },
    h("h3", { id: "further-title" }, t.inbox.furtherFeedbackTitle),
    h("p", { class: "hint" }, t.inbox.furtherFeedbackHint),
    furtherAsked,
    furtherAsk,
    furtherStatus,
  );
  const section = h(
    "section",
    { id: "case", "aria-labelledby": "case-title", "data-testid": "inbox-case" },
    h(
      "div",
      { class: "toolbar" },
      h("h2", { id: "case-title", tabindex: -1 }, `${t.inbox.status}: `, status),
      lockButton,
    ),
    todo,
    outcome,
    h("p", { class: "hint" }, t.inbox.lockHint),
    further,
    h("h2", {}, t.inbox.threadTitle),
    replyForm,
    thread,
    h(
      "details",
      { class: "legal-dates" },
      summary,
      dates,
      receiptBlock(() => (session && shown ? shown : null)),
      h("p", { class: "hint" }, t.inbox.datesMore),
      h("p", { class: "hint" }, t.common.notLegalAdvice),
    ),
  );

  async function render(s: Session, a: InboxAnswer): Promise<void> {
    shown = a;
    const d = a.deadlines;
    summary.textContent = `${t.inbox.datesTitle}: ${datesSummary(a)}`;
    dates.replaceChildren(
      ...row(t.inbox.receivedOn, dayEl(a.receivedOn, "inbox-received-on"), t.inbox.receivedExplain),
      ...(a.acknowledgedOn
        ? row(t.inbox.acknowledgedOn, dayEl(a.acknowledgedOn, "inbox-acknowledged-on"), t.inbox.ackDone)
        : row(
            t.inbox.ackBy,
            dateOrWhy(d.acknowledgeBy, "inbox-ack-by", t.inbox.notSetAck),
            t.inbox.ackExplain,
          )),
      ...row(
        t.inbox.feedbackBy,
        dateOrWhy(d.feedbackBy, "inbox-feedback-by", t.inbox.notSetFeedback),
        t.inbox.feedbackExplain,
      ),
      ...(d.furtherFeedbackBy
        ? row(
            t.inbox.furtherFeedbackBy,
            deadlineEl(d.furtherFeedbackBy, "inbox-further-feedback-by"),
            t.inbox.furtherFeedbackExplain,
          )
        : []),
      ...row(
        t.inbox.disclosureFrom,
        dateOrWhy(d.publicDisclosureFrom, "inbox-disclosure-from", t.inbox.notSetDisclosure),
        t.inbox.disclosureExplain,
      ),
    );
    const offer = a.furtherFeedback;
    further.hidden = !offer || a.status === "closed";
    furtherAsk.hidden = Boolean(offer?.requestedOn);
    furtherAsked.hidden = !offer?.requestedOn;
    furtherAsked.replaceChildren(
      ...(offer?.requestedOn ? [`${t.inbox.furtherFeedbackAsked} `, dayEl(offer.requestedOn)] : []),
    );
    const verified = await readThread(s.open, a.caseId, a.entries, inboxKeys(s));
    read = { caseId: a.caseId, thread: verified };
    const items = verified.items;
    // The status, its outcome and what to do now follow only from entries that verified: a status the
    // server claims without a handler's signed entry behind it is not shown.
    const stated = statusOfThread(items);
    status.textContent = t.status[stated.status] ?? stated.status;
    status.dataset.status = stated.status;
    say(outcome, stated.outcome ? `${t.inbox.outcome}: ${t.outcome[stated.outcome] ?? stated.outcome}` : "");
    // A removal (Art. 17) asks nothing of anyone.
    const verifiedEntries = items
      .filter((i) => !i.unverified && !i.removed && !i.minimisation)
      .map((i) => i.entry);
    todo.textContent = t.inbox.todo[todoOf(stated.status, verifiedEntries)] ?? "";
    thread.replaceChildren(
      items.length
        ? threadList([...items].reverse(), "reporter", config, true)
        : h("p", {}, t.inbox.threadEmpty),
    );
  }

  /** A writer after the thread `r` as read; when someone wrote meanwhile, it reads and shows it again. */
  const writerOf = (s: Session, r: { caseId: string; thread: ReadThread }): ThreadWriter => ({
    open: s.open,
    caseId: r.caseId,
    thread: r.thread,
    signer: s.signer,
    refresh: async () => {
      await render(s, await fetchInbox(s.loginKey));
      return read?.thread ?? r.thread;
    },
  });

  furtherAsk.addEventListener("click", async () => {
    const s = session;
    const r = read;
    if (busy || !s || !r) return;
    busy = true;
    say(furtherStatus, t.inbox.sending);
    try {
      // A signed entry of the thread: the request in writing, which the person can later show.
      await writeMessageEntry(
        writerOf(s, r),
        "further_feedback_request",
        t.inbox.furtherFeedbackText,
        ({ message, seq }) =>
          api(
            "reporter",
            "POST",
            "/api/inbox/further-feedback",
            { loginKey: toBase64(s.loginKey), message, seq },
            { pow: "message" },
          ),
      );
      say(furtherStatus, t.inbox.sent);
      if (session === s) await render(s, await fetchInbox(s.loginKey));
    } catch (e) {
      say(furtherStatus, errorText(e));
    } finally {
      busy = false;
    }
  });

  replyForm.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const s = session;
    const r = read;
    if (busy || !s || !r) return;
    const text = reply.value.trim();
    if (!text) return say(replyStatus, t.inbox.emptyReply);
    busy = true;
    say(replyStatus, t.inbox.sending);
    try {
      // Fails closed: if signing or encryption throws, nothing is sent.
      await writeMessageEntry(writerOf(s, r), "message", text, ({ message, seq }) =>
        api(
          "reporter",
          "POST",
          "/api/inbox/messages",
          { loginKey: toBase64(s.loginKey), message, seq },
          { pow: "message" },
        ),
      );
      reply.value = "";
      say(replyStatus, t.inbox.sent);
      if (session === s) await render(s, await fetchInbox(s.loginKey));
    } catch (e) {
      say(replyStatus, errorText(e));
    } finally {
      busy = false;
    }
  });

  const lock = (): void => {
    session?.loginKey.fill(0);
    session = null;
    shown = null;
    section.remove();
  };
  lockButton.addEventListener("click", () => {
    lock();
    onLock();
  });

  return {
    section,
    lock,
    render: (a: InboxAnswer) => (session ? render(session, a) : Promise.resolve()),
    writer: () => (session && read ? writerOf(session, read) : null),
  };
}

/** Mounts the view for an opened case into `mount` and focuses its heading. */
export async function showCase(
  mount: HTMLElement,
  session: Session,
  answer: InboxAnswer,
  config: Config | null,
  onLock: () => void,
): Promise<CaseView> {
  const view = caseView(session, config, onLock);
  await view.render(answer);
  mount.replaceChildren(view.section);
  view.section.querySelector<HTMLElement>("#case-title")?.focus();
  return view;
}
