/**
 * One error type for the HTTP layer, mapped in one handler to `{"error":{"code","message"}}`.
 * Messages are for people; they never carry request content, tokens or keys.
 */
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { CaseError, type CaseErrorKind } from "./case/errors";
import { CaseStateError } from "./cases/state";
import { DirectiveError } from "./directive/errors";
import { NoticeError } from "./notice/errors";

export class AppError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    /** Extra, non-secret fields of the error object (e.g. which second factors a person has). */
    readonly extra?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const badRequest = (code: string, message: string) => new AppError(400, code, message);
export const notFound = (message = "Not found.") => new AppError(404, "not_found", message);
export const unauthorized = (message = "Sign in first.") => new AppError(401, "unauthorized", message);
export const forbidden = (message = "Not allowed.") => new AppError(403, "forbidden", message);
export const conflict = (code: string, message: string) => new AppError(409, code, message);

/** The JSON body of every error answer. */
export function errorBody(code: string, message: string, extra?: Record<string, unknown>) {
  return { error: { ...extra, code, message } };
}

const STATUS_OF: Record<CaseErrorKind, ContentfulStatusCode> = {
  invalid: 400,
  forbidden: 403,
  "not-found": 404,
  conflict: 409,
};

/** "bad-transition" -> "bad_transition": the API's codes use underscores. */
const apiCode = (code: string) => code.replace(/-/g, "_");
/** "cannot move from a to b" -> "Cannot move from a to b.": domain messages are terse, API messages are sentences. */
const sentence = (message: string) => `${message[0]?.toUpperCase() ?? ""}${message.slice(1)}.`;

/** The typed errors of the domain modules, as HTTP errors; `undefined` for anything else. */
export function domainError(err: Error): AppError | undefined {
  if (err instanceof CaseError) return new AppError(STATUS_OF[err.kind], err.code, err.message);
  // A move the state machine refuses conflicts with the case's current state.
  if (err instanceof CaseStateError) return new AppError(409, apiCode(err.code), sentence(err.message));
  // Input the law cannot apply to (directive/errors.ts).
  if (err instanceof DirectiveError) return new AppError(400, apiCode(err.code), sentence(err.message));
  if (err instanceof NoticeError)
    return new AppError(400, "invalid_profile", `The organisation profile is not complete: ${err.message}.`);
  return undefined;
}

/** Maps anything thrown in a route to a JSON error; unknown errors become a bare 500. */
export function handleError(err: Error, c: Context) {
  const known = err instanceof AppError ? err : domainError(err);
  if (known) return c.json(errorBody(known.code, known.message, known.extra), known.status);
  const status = (err as { status?: number }).status;
  if (status === 413) return c.json(errorBody("too_large", "The request is too large."), 413);
  if (typeof status === "number" && status >= 400 && status < 500) {
    return c.json(errorBody("bad_request", "The request is malformed."), status as ContentfulStatusCode);
  }
  // Only the error's name reaches the log: messages of driver errors can quote SQL parameters.
  console.error(`internal error: ${err.name}`);
  return c.json(errorBody("internal", "Something went wrong on our side. Nothing was changed."), 500);
}
