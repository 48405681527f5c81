/**
 * The closed set of failure kinds the notice module reports. Callers branch on
 * the code, never on the message.
 */
export type NoticeErrorCode =
  | "invalid-profile"
  | "meeting-required"
  | "unsafe-url"
  | "unsafe-svg"
  | "missing-variable"
  | "invalid-directory"
  | "invalid-date";

/** The only error type thrown by `server/notice/`. Messages are terse and lowercase. */
export class NoticeError extends Error {
  /** What kind of failure this is; stable, safe to map to an HTTP status. */
  readonly code: NoticeErrorCode;

  /**
   * @param code - the failure kind.
   * @param message - a terse lowercase reason; defaults to the code.
   */
  constructor(code: NoticeErrorCode, message?: string) {
    super(message ?? code);
    this.name = "NoticeError";
    this.code = code;
  }
}
