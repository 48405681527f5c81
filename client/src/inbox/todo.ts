/**
 * What the reporting person should do now, in words, from the case's status and its thread. Pure: the
 * inbox shows it next to the status, so "Acknowledged" never hides that a question waits for them.
 */
import type { Entry, Status } from "../lib/types";

export type Todo =
  | "answer-question"
  | "read-reply"
  | "read-feedback"
  | "closed"
  | "wait-ack"
  | "wait-follow-up";

/** Entries that record an event of the case and say nothing to answer. */
const EVENTS = new Set(["status", "follow_up"]);

/** The newest handler entry that came after the person's own last word decides; then the status. */
export function todoOf(status: Status, entries: Pick<Entry, "kind" | "author">[]): Todo {
  if (status === "closed") return "closed";
  const last = entries.filter((e) => !EVENTS.has(e.kind)).at(-1);
  if (last?.author === "handler") {
    if (last.kind === "request_info") return "answer-question";
    if (last.kind === "feedback" || last.kind === "final_outcome") return "read-feedback";
    if (last.kind === "message" || last.kind === "disclosure_notice") return "read-reply";
  }
  if (status === "received") return "wait-ack";
  if (status === "feedback_given") return "read-feedback";
  return "wait-follow-up";
}
