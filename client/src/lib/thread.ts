/** Rendering a decrypted case: the report's fields and the thread. All decrypted text goes in as text. */
import type { MinimisationReason } from "../../../crypto/index";
import { t } from "../i18n";
import { type Config, categoryLabel, relationshipLabel } from "./config";
import { formatDay, formatInstant } from "./dates";
import { append, h } from "./dom";
import type { ThreadItem } from "./signed-thread";
import type { ReportObject, StatusChange } from "./types";

/** Entry kinds of meetings and records (client/src/records/), English until issue 14 translates them. */
const RECORD_KINDS: Record<string, string> = {
  meeting_request: "Meeting requested",
  meeting_proposal: "Meeting: time and place",
  record: "Record to check (minutes or transcript)",
  record_correction: "Corrections to a record",
  record_agreement: "Record agreed",
};

/**
 * Checks a decrypted status change: a status and outcome of the closed sets every catalog names
 * (server/cases/state.ts STATUSES and OUTCOMES), the outcome set exactly when the case is closed.
 */
export function asStatusChange(x: unknown): StatusChange | null {
  const o = x as Partial<StatusChange> | null;
  const outcome = o?.outcome ?? null;
  const known =
    Object.hasOwn(t.status, o?.status as string) && (!outcome || Object.hasOwn(t.outcome, outcome));
  return o?.v === 1 && known && (o.status === "closed") === !!outcome
    ? { v: 1, status: o.status as string, outcome }
    : null;
}

/** A signed status change in words: the status, and the outcome when the case was closed. */
function statusText(change: { status: string; outcome: string | null }): string {
  const outcome = change.outcome && ` · ${t.inbox.outcome}: ${t.outcome[change.outcome] ?? change.outcome}`;
  return (t.status[change.status] ?? change.status) + (outcome || "");
}

const orNone = (s: string): string => (s.trim() === "" ? t.fields.none : s);

/** The report object as a labelled list, one `data-testid="report-field"` per field. */
export function reportFields(r: ReportObject, config: Config | null): HTMLDListElement {
  const rows: [string, string, string][] = [
    ["category", t.fields.category, categoryLabel(config, r.category)],
    ["whatHappened", t.fields.whatHappened, orNone(r.whatHappened)],
    ["whenWhere", t.fields.whenWhere, orNone(r.whenWhere)],
    ["whoInvolved", t.fields.whoInvolved, orNone(r.whoInvolved)],
    ["relationship", t.fields.relationship, relationshipLabel(config, r.relationship)],
  ];
  if (r.attachments.length) rows.push(["attachments", t.fields.attachments, String(r.attachments.length)]);
  const dl = h("dl", { class: "fields" });
  for (const [field, label, value] of rows) {
    append(dl, h("dt", {}, label), h("dd", { "data-testid": "report-field", "data-field": field }, value));
  }
  // The channel's questions as the person saw them (their text travels with the answers).
  for (const a of r.answers?.items ?? []) {
    const value = Array.isArray(a.answer)
      ? a.answer.join(", ")
      : a.type === "date"
        ? formatDay(a.answer)
        : a.answer;
    append(
      dl,
      h("dt", {}, a.question),
      h(
        "dd",
        {
          "data-testid": "report-answer",
          "data-question-id": a.id,
          "data-version": String(r.answers?.version),
        },
        orNone(value),
      ),
    );
  }
  return dl;
}

/** A line that says a part of the case was removed under Art. 17, and why (a category, no content). */
function removedItem(what: string, reason: MinimisationReason, testid: string): HTMLLIElement {
  return h(
    "li",
    { class: "removed", "data-testid": testid, "data-reason": reason },
    h("p", {}, `${what} ${t.minimised.reason}: ${t.minimised.reasons[reason]}.`),
  );
}

/**
 * The thread as an ordered list; `you` names the reader's side when it is one person (the reporter).
 * `newestFirst` says the items come newest first, so the list counts down. An entry that did not verify
 * shows only that (`thread-unverified`): not its text, kind or author, which the server may have made up.
 */
export function threadList(
  items: ThreadItem[],
  you: "reporter" | null,
  config: Config | null,
  newestFirst = false,
): HTMLOListElement {
  const ol = h("ol", { class: "thread", reversed: newestFirst, "data-testid": "thread" });
  for (const { entry, report, text, error, unverified, content, removed, minimisation } of items) {
    // Art. 17: the removed entry's place says so, with the reason category; its statement is not repeated.
    if (removed) {
      append(ol, removedItem(t.minimised.entry, removed.reason, "thread-removed"));
      continue;
    }
    if (minimisation?.remove === "entry") continue;
    if (minimisation) {
      append(ol, removedItem(t.minimised.attachment, minimisation.reason, "thread-removed-file"));
      continue;
    }
    if (unverified) {
      append(
        ol,
        h(
          "li",
          { class: "unverified", "data-testid": "thread-unverified" },
          h("p", { class: "error" }, t.errors.unverified),
        ),
      );
      continue;
    }
    const author = entry.author === you ? t.author.you : t.author[entry.author];
    const when = entry.at ? formatInstant(entry.at) : formatDay(entry.on);
    const li = h(
      "li",
      {
        class: entry.author === "handler" ? "from-handler" : "from-reporter",
        "data-testid": "thread-entry",
        "data-kind": entry.kind,
        "data-author": entry.author,
      },
      // A status move is headed "Status", the start of follow-up "In follow-up".
      h(
        "strong",
        {},
        entry.kind === "status"
          ? t.inbox.status
          : entry.kind === "follow_up"
            ? t.status.in_follow_up
            : (t.kind[entry.kind] ?? RECORD_KINDS[entry.kind] ?? entry.kind),
      ),
      h("span", { class: "meta" }, `${author} · `, h("time", { datetime: entry.at ?? entry.on }, when)),
    );
    const change = entry.kind === "status" ? asStatusChange(content) : null;
    if (error) append(li, h("p", { class: "error" }, t.errors.unsupported));
    else if (change)
      append(li, h("p", { class: "text", "data-testid": "thread-status" }, statusText(change)));
    else if (report) append(li, reportFields(report, config));
    else if (entry.kind !== "follow_up")
      append(li, h("p", { class: "text", "data-testid": "thread-text" }, text ?? ""));
    append(ol, li);
  }
  return ol;
}
