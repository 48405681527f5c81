/**
 * The reporting person's side of meetings and records (Art. 9(2), Art. 18(2)-(4)): ask for a meeting and
 * see by when a handler must propose one; read each version of minutes or a transcript, propose
 * corrections, or agree to the newest version by a sign-off entry of one's own. Loaded only with an
 * open inbox.
 */
import { toBase64 } from "../../../crypto/index";
import { api, errorText } from "../lib/api";
import { formatDay } from "../lib/dates";
import { append, h, say } from "../lib/dom";
import { type ThreadWriter, writeMessageEntry } from "../lib/signed-thread";
import type { RecordModel, RecordState } from "./model";
import { recordsOfThread, writeRecordEntry } from "./open";
import { recordsText as tx } from "./strings";
import { recordVersions } from "./versions";

/** The parts of the inbox answer this module reads. */
export interface InboxRecordsAnswer {
  deadlines: { meetingBy?: { date: string; basis: string } | null };
  meetingRequestedOn?: string | null;
  meetingProposedOn?: string | null;
  records?: RecordState[];
}

interface Session {
  loginKey: Uint8Array;
}

/**
 * Adds the meetings and records section to an open inbox. `reload` fetches the inbox again and shows it
 * (the thread too); the section then shows the new answer through `update`. `thread()` is the inbox's
 * writer over the thread as last read and verified: records come from its verified entries only, and
 * every entry is written through it, signed with the token's key.
 */
export function mountInboxRecords(
  parent: HTMLElement,
  session: Session,
  first: InboxRecordsAnswer,
  reload: () => Promise<InboxRecordsAnswer>,
  thread: () => ThreadWriter | null,
): { update(answer: InboxRecordsAnswer): Promise<void> } {
  const loginKey = toBase64(session.loginKey);
  const writer = (): ThreadWriter => {
    const w = thread();
    if (!w) throw new Error(tx.locked);
    return w;
  };
  const meetingState = h("p", { "data-testid": "inbox-meeting-state" });
  const meetingNote = h("textarea", { id: "meeting-note", rows: 3, "data-testid": "inbox-meeting-note" });
  const meetingButton = h("button", { type: "button", "data-testid": "inbox-meeting-ask" }, tx.meetingAsk);
  const meetingStatus = h("p", { class: "status", role: "status", "aria-live": "polite" });
  const records = h("div", { "data-testid": "inbox-records" });
  const section = h(
    "section",
    { "aria-labelledby": "records-title", "data-testid": "inbox-records-section" },
    h("h3", { id: "records-title" }, tx.meetingTitle),
    h("p", { class: "hint" }, tx.meetingIntro),
    meetingState,
    h("label", { for: "meeting-note" }, tx.meetingLabel),
    meetingNote,
    h("div", { class: "submit-row" }, meetingButton, meetingStatus),
    h("h3", {}, tx.title),
    h("p", { class: "hint" }, tx.intro),
    records,
  );
  append(parent, section);
  let busy = false;

  /** Sends one thing, then shows the inbox again; fails closed (nothing is sent if sealing throws). */
  async function send(status: HTMLElement, work: () => Promise<void>): Promise<void> {
    if (busy) return;
    busy = true;
    say(status, tx.sending);
    try {
      await work();
      await update(await reload());
      say(status, tx.sent);
    } catch (e) {
      say(status, errorText(e));
    } finally {
      busy = false;
    }
  }

  function recordForm(model: RecordModel): HTMLElement | null {
    const newest = model.versions.at(-1);
    if (!newest || model.state.agreedVersion !== null || newest.version !== model.state.version) return null;
    const id = `corrections-${model.state.id}`;
    const text = h("textarea", { id, rows: 4, "data-testid": "record-corrections" });
    const status = h("p", { class: "status", role: "status", "aria-live": "polite" });
    const correct = h("button", { type: "button", "data-testid": "record-correct-send" }, tx.sendCorrections);
    const agree = h(
      "button",
      { type: "button", class: "primary", "data-testid": "record-agree" },
      tx.agree(newest.version),
    );
    const record = { id: model.state.id, version: newest.version };
    const answer = (kind: "record_correction" | "record_agreement", path: string, words: string) =>
      writeRecordEntry(writer(), kind, words, record, ({ message, seq }) =>
        api(
          "reporter",
          "POST",
          `/api/inbox/records/${encodeURIComponent(model.state.id)}/${path}`,
          { loginKey, version: newest.version, message, seq },
          { pow: "message" },
        ),
      );
    correct.addEventListener("click", () => {
      const words = text.value.trim();
      if (!words) return say(status, tx.empty);
      void send(status, async () => {
        await answer("record_correction", "corrections", words);
      });
    });
    agree.addEventListener("click", () => {
      void send(status, async () => {
        await answer("record_agreement", "agreement", tx.agreeText(newest.version));
      });
    });
    return h(
      "div",
      { class: "record-answer" },
      h("label", { for: id }, tx.correctionsLabel),
      h("p", { class: "hint" }, tx.correctionsHint),
      text,
      h("div", { class: "submit-row" }, correct, agree, status),
    );
  }

  async function update(a: InboxRecordsAnswer): Promise<void> {
    const due = a.deadlines.meetingBy;
    if (due) say(meetingState, `${tx.meetingAsked} ${tx.meetingBy(formatDay(due.date))}`);
    else if (a.meetingProposedOn) say(meetingState, tx.meetingProposed);
    else if (a.meetingRequestedOn) say(meetingState, tx.meetingAsked);
    else say(meetingState, "");
    meetingState.dataset.meetingBy = due?.date ?? "";
    const models = recordsOfThread(a.records ?? [], thread()?.thread.items ?? []);
    records.replaceChildren(
      ...models.map((m) => {
        const box = recordVersions(m, "reporter");
        const form = recordForm(m);
        if (form) append(box, form);
        return box;
      }),
    );
  }

  meetingButton.addEventListener("click", () => {
    void send(meetingStatus, async () => {
      const words = meetingNote.value.trim() || tx.meetingDefault;
      await writeMessageEntry(writer(), "meeting_request", words, ({ message, seq }) =>
        api("reporter", "POST", "/api/inbox/meeting", { loginKey, message, seq }, { pow: "message" }),
      );
      meetingNote.value = "";
    });
  });

  void update(first);
  return { update };
}
