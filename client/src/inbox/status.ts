/**
 * The case's status as the reporting person's inbox shows it: read from the verified entries of the
 * signed thread only, in order, with the same steps as the server's state machine
 * (server/cases/state.ts). A status the server claims without a signed entry behind it is not shown.
 * Pure.
 */
import type { ThreadItem } from "../lib/signed-thread";
import { asStatusChange } from "../lib/thread";
import type { Status } from "../lib/types";

/** What the verified thread says: the status and, once closed, the outcome. */
export interface VerifiedStatus {
  status: Status;
  outcome: string | null;
}

/** Folds the verified entries of a thread (oldest first) into the status they state. */
export function statusOfThread(
  items: readonly Pick<ThreadItem, "entry" | "content" | "unverified">[],
): VerifiedStatus {
  let now: VerifiedStatus = { status: "received", outcome: null };
  for (const { entry, content, unverified } of items) {
    if (unverified || entry.author !== "handler") continue;
    const kind = entry.kind;
    // A checked change names one of the statuses the catalogs (and so `Status`) know.
    if (kind === "status") now = (asStatusChange(content) as VerifiedStatus | null) ?? now;
    // The final outcome is feedback too; told after closing, the case stays closed.
    else if (kind === "feedback" || (kind === "final_outcome" && now.status !== "closed"))
      now = { status: "feedback_given", outcome: null };
    else if (kind === "acknowledgement" && now.status === "received")
      now = { status: "acknowledged", outcome: null };
  }
  return { status: now.status, outcome: now.outcome };
}
