/**
 * One error type for the HTTP layer, mapped in one handler to `{"error":{"code","message"}}`.
 * Messages are for people; they never carry request content, tokens or keys.
 */
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

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

/** Maps anything thrown in a route to a JSON error; unknown errors become a bare 500. */
export function handleError(err: Error, c: Context) {
  if (err instanceof AppError) return c.json(errorBody(err.code, err.message, err.extra), err.status);
  const status = (err as { status?: number }).status;
  if (status === 413) return c.json(errorBody("too_large", "The request is too large."), 413);
  if (typeof status === "number" && status >= 400 && status < 500) {
    return c.json(errorBody("bad_request", "The request is malformed."), status as ContentfulStatusCode);
  }
  // Only the error's name reaches the log: messages of driver errors can quote SQL parameters.
  console.error(`internal error: ${err.name}`);
  return c.json(errorBody("internal", "Something went wrong on our side. Nothing was changed."), 500);
}
