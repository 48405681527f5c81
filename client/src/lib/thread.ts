/** Rendering a decrypted case: the report's fields and the thread. All decrypted text goes in as text. */
import type { MinimisationReason } from "../../../crypto/index";
import { t } from "../i18n";
import { type Config, categoryLabel, relationshipLabel } from "./config";
import { formatDay, formatInstant } from "./dates";
import { append, h } from "./dom";
import type { ThreadItem } from "./signed-thread";
import type { ReportObject } from "./types";

/** Entry kinds of meetings and records (client/src/records/), English until issue 14 translates them. */
const RECORD_KINDS: Record<string, string> = {
  meeting_request: "Meeting requested",
  meeting_proposal: "Meeting: time and place",
  record: "Record to check (minutes or transcript)",
  record_correction: "Corrections to a record",
  record_agreement: "Record agreed",
};

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
  for (const { entry, report, text, error, unverified, removed, minimisation } of items) {
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
      h("strong", {}, t.kind[entry.kind] ?? RECORD_KINDS[entry.kind] ?? entry.kind),
      h("span", { class: "meta" }, `${author} · `, h("time", { datetime: entry.at ?? entry.on }, when)),
    );
    if (error) append(li, h("p", { class: "error" }, t.errors.unsupported));
    else if (report) append(li, reportFields(report, config));
    else append(li, h("p", { class: "text", "data-testid": "thread-text" }, text ?? ""));
    append(ol, li);
  }
  return ol;
}
