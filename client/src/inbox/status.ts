/**
 * The case's status as the reporting person's inbox shows it: read from the verified entries of the
 * signed thread only, in order, with the same steps as the server's state machine
 * (server/cases/state.ts). A status the server claims without a signed entry behind it is not shown.
 * Pure.
 */
import type { ThreadItem } from "../lib/signed-thread";
import { asStatusChange, type StatusChange } from "../lib/types";

/** What the verified thread says: the status and, once closed, the outcome. */
export interface VerifiedStatus {
  status: StatusChange["status"];
  outcome: StatusChange["outcome"];
}

/** Folds the verified entries of a thread (oldest first) into the status they state. */
export function statusOfThread(items: readonly Pick<ThreadItem, "entry" | "content" | "unverified">[]) {
  let now: VerifiedStatus = { status: "received", outcome: null };
  for (const item of items) {
    if (item.unverified || item.entry.author !== "handler") continue;
    const kind = item.entry.kind;
    if (kind === "acknowledgement" && now.status === "received")
      now = { status: "acknowledged", outcome: null };
    else if (kind === "feedback") now = { status: "feedback_given", outcome: null };
    // The final outcome is feedback too; told after closing, the case stays closed.
    else if (kind === "final_outcome" && now.status !== "closed")
      now = { status: "feedback_given", outcome: null };
    else if (kind === "status") {
      const change = asStatusChange(item.content);
      if (change) now = { status: change.status, outcome: change.outcome };
    }
  }
  return now;
}
