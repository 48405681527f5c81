/**
 * The handler's side of meetings and records (Art. 9(2), Art. 18(2)-(4)): the pending meeting request
 * with its deadline and a form to propose a time and place (encrypted); minutes or a transcript sent
 * to the reporting person, corrected versions after their corrections, and the agreed version marked.
 * Loaded with the first case that is opened.
 */

import { openMeta } from "../evidence/download";
import { formatDay } from "../lib/dates";
import { append, h, say } from "../lib/dom";
import { type ThreadItem, type ThreadWriter, writeMessageEntry } from "../lib/signed-thread";
import { newRecordId, type RecordModel, type RecordState } from "./model";
import { recordsOfThread, writeRecordEntry } from "./open";
import { recordsText as tx } from "./strings";
import { recordVersions } from "./versions";

/** The parts of the handler's case view this module reads. */
export interface CaseRecordsView {
  id: string;
  status: string;
  deadlines: { meetingBy?: { date: string; basis: string } | null };
  meetingRequestedOn?: string | null;
  meetingProposedOn?: string | null;
  records?: RecordState[];
}

type Call = <T>(method: string, path: string, body?: unknown) => Promise<T>;

/** One labelled text box and a button that seals and sends its text. */
function sendForm(
  id: string,
  label: string,
  button: string,
  testid: string,
  onSend: (text: string) => Promise<void>,
  initial = "",
): HTMLElement {
  const text = h("textarea", { id, rows: 6, "data-testid": `${testid}-text` });
  text.value = initial;
  const status = h("p", { class: "status", role: "status", "aria-live": "polite" });
  const send = h("button", { type: "button", "data-testid": `${testid}-send` }, button);
  send.addEventListener("click", async () => {
    const words = text.value.trim();
    if (!words) return say(status, tx.empty);
    send.disabled = true;
    say(status, tx.sending);
    try {
      await onSend(words);
    } catch (e) {
      say(status, (e as Error).message);
      send.disabled = false;
    }
  });
  return h("div", { class: "field" }, h("label", { for: id }, label), text, h("div", {}, send, status));
}

/** The voice recordings of the case, by decrypted name, for "transcript of". */
async function recordings(call: Call, caseId: string, identity: string) {
  const { attachments } = await call<{ attachments: { id: string; meta: string }[] }>(
    "GET",
    `/api/cases/${encodeURIComponent(caseId)}/attachments`,
  ).catch(() => ({ attachments: [] }));
  const voice: { id: string; name: string }[] = [];
  for (const a of attachments) {
    const meta = await openMeta(identity, a.meta);
    if (meta?.type.startsWith("audio/")) voice.push({ id: a.id, name: meta.name });
  }
  return { voice, stored: new Set(attachments.map((a) => a.id)) };
}

/**
 * Fills `box` for case `c`, from the thread as `writer` read and verified it (`items`); every entry is
 * written through `writer`, signed. `refresh(notice)` shows the case again after a change, with the
 * notice in the action panel.
 */
export async function showCaseRecords(
  box: HTMLElement,
  c: CaseRecordsView,
  writer: ThreadWriter,
  items: readonly ThreadItem[],
  call: Call,
  refresh: (notice: string) => Promise<void>,
): Promise<void> {
  const open = writer.open;
  const base = `/api/cases/${encodeURIComponent(c.id)}`;
  const closed = c.status === "closed";
  box.replaceChildren(h("h3", { id: "records-title" }, tx.handlerTitle));

  if (c.meetingRequestedOn) {
    const meeting = h("div", { "data-testid": "case-meeting" });
    append(meeting, h("p", {}, tx.meetingRequested(formatDay(c.meetingRequestedOn))));
    const due = c.deadlines.meetingBy;
    if (c.meetingProposedOn)
      append(meeting, h("p", {}, tx.meetingProposedOn(formatDay(c.meetingProposedOn))));
    else if (due)
      append(
        meeting,
        h(
          "p",
          { "data-testid": "case-meeting-by", "data-date": due.date },
          tx.meetingDue(formatDay(due.date), due.basis),
        ),
      );
    if (!c.meetingProposedOn && !closed)
      append(
        meeting,
        sendForm("meeting-proposal", tx.proposeLabel, tx.propose, "case-meeting-propose", async (text) => {
          await writeMessageEntry(writer, "meeting_proposal", text, ({ message, seq }) =>
            call("POST", `${base}/meeting`, { message, seq }),
          );
          await refresh(tx.sent);
        }),
      );
    append(box, meeting);
  }

  const files = await recordings(call, c.id, open.identity);
  const models = recordsOfThread(c.records ?? [], items);
  for (const model of models) {
    const el = recordVersions(model, "handler");
    if (!closed && model.state.agreedVersion === null) append(el, reviseForm(model));
    if (model.state.transcribes && !files.stored.has(model.state.transcribes))
      append(el, h("p", { class: "hint", "data-testid": "record-recording" }, tx.recordingDeleted));
    append(box, el);
  }

  function reviseForm(model: RecordModel): HTMLElement {
    const next = model.state.version + 1;
    return sendForm(
      `revise-${model.state.id}`,
      tx.reviseLabel,
      tx.revise,
      "record-revise",
      async (text) => {
        const record = { id: model.state.id, version: next };
        await writeRecordEntry(writer, "record", text, record, ({ message, seq }) =>
          call("POST", `${base}/records/${encodeURIComponent(model.state.id)}/versions`, {
            version: next,
            text: message,
            seq,
          }),
        );
        await refresh(tx.sent);
      },
      model.versions.at(-1)?.text ?? "",
    );
  }

  if (closed) return;
  const type = h(
    "select",
    { id: "record-type", "data-testid": "record-type" },
    h("option", { value: "minutes" }, tx.minutes),
    h("option", { value: "transcript" }, tx.transcript),
  );
  const of = h(
    "select",
    { id: "record-of", "data-testid": "record-transcribes" },
    h("option", { value: "" }, tx.none),
  );
  for (const r of files.voice) append(of, h("option", { value: r.id }, r.name));
  const form = sendForm("record-new", tx.recordText, tx.sendRecord, "record-new", async (text) => {
    const id = newRecordId();
    await writeRecordEntry(writer, "record", text, { id, version: 1 }, ({ message, seq }) =>
      call("POST", `${base}/records`, {
        id,
        type: type.value,
        transcribes: of.value || null,
        text: message,
        seq,
      }),
    );
    await refresh(tx.sent);
  });
  append(
    box,
    h(
      "details",
      { "data-testid": "record-new-box" },
      h("summary", {}, tx.newRecord),
      h("div", { class: "field" }, h("label", { for: "record-type" }, tx.recordType), type),
      h("div", { class: "field" }, h("label", { for: "record-of" }, tx.transcribes), of),
      form,
    ),
  );
}
