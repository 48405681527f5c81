/**
 * Why a verb refused: a typed error the one error handler (server/errors.ts) maps to an HTTP status by
 * its kind. Codes are the API's error codes; messages are for people and never carry content.
 */

import { isThreadMoved } from "../../db/queries/case-store";

/** What kind of refusal: the request was wrong, not allowed, about nothing that exists, or too late. */
export type CaseErrorKind = "invalid" | "forbidden" | "not-found" | "conflict";

export class CaseError extends Error {
  constructor(
    readonly kind: CaseErrorKind,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "CaseError";
  }
}

/** The one answer for a case the person may not open: it does not exist for them (404, never 403). */
export const noSuchCase = () => new CaseError("not-found", "not_found", "No such case.");

/**
 * Runs a write whose entry claimed a place in the signed thread; when someone else took that place
 * first, the writer is told to reload and sign again (409 `thread_moved`), and nothing was written.
 */
export async function orThreadMoved<T>(write: Promise<T>): Promise<T> {
  try {
    return await write;
  } catch (e) {
    if (isThreadMoved(e))
      throw new CaseError(
        "conflict",
        "thread_moved",
        "Someone wrote in this case in the meantime. Reload it and send again.",
      );
    throw e;
  }
}
