/**
 * The one error type of the deadline engine. Callers branch on `code`, never on the message; the HTTP
 * layer maps every code to 400 because each one means the input describes an impossible case.
 */

/** Why an input was refused. */
export type DirectiveErrorCode =
  | "bad-date"
  | "bad-time-zone"
  | "bad-number"
  | "bad-channel"
  | "bad-profile"
  | "unknown-jurisdiction"
  | "unknown-holiday-calendar"
  | "acknowledged-before-received"
  | "closed-before-received"
  | "outcome-before-received"
  | "meeting-before-received"
  | "investigation-before-received"
  | "further-feedback-before-received"
  | "feedback-before-received"
  | "extension-without-justification"
  | "extension-not-allowed";

/**
 * Thrown for input the law cannot apply to: a malformed or impossible date, an event before the report
 * was received, an unknown jurisdiction, or an extension the law does not allow or that lacks its
 * written justification. Messages are terse and name the field, never its content.
 */
export class DirectiveError extends Error {
  constructor(
    readonly code: DirectiveErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "DirectiveError";
  }
}
