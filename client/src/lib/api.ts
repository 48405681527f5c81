/**
 * fetch() for the API in docs/API.md. Reporting-person calls send no cookies at all (a handler session in
 * the same browser must never be attached to an anonymous report); handler calls send the session cookie
 * and the CSRF header. Nothing is cached and no referrer is sent.
 */
import { t } from "../i18n";
import type { PowScope } from "./pow";

/** Starts solving a proof of work for `scope` while the person writes (lib/pow.ts, loaded only now). */
export function warmPow(scope: PowScope): void {
  void import("./pow").then(
    (m) => m.warmPow(scope),
    () => {},
  );
}

/** A failed API call: `code` is the server's snake_case error code, or "network" / "http_<status>". */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** The server's own (English) message, e.g. which field it refused; not for showing as is. */
    readonly serverMessage = "",
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export type Who = "reporter" | "handler";

/**
 * Calls the API and returns the parsed JSON answer (undefined for 204). `pow`: the route wants a solved
 * proof of work of that scope (lib/pow.ts, loaded only then); one stale challenge is retried once.
 */
export async function api<T>(
  who: Who,
  method: string,
  path: string,
  body?: unknown,
  opts: { pow?: PowScope; retried?: boolean } = {},
): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (who === "handler") headers["X-OC-CSRF"] = "1";
  if (opts.pow) {
    try {
      const { solvePow } = await import("./pow");
      // On the retry, the challenge solved in the background was refused (expired, or the difficulty rose).
      headers["X-OC-PoW"] = await solvePow(opts.pow, Boolean(opts.retried));
    } catch {
      throw new ApiError(0, "network", t.errors.network);
    }
  }
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: who === "handler" ? "same-origin" : "omit",
      cache: "no-store",
      referrerPolicy: "no-referrer",
      redirect: "error",
    });
  } catch {
    throw new ApiError(0, "network", t.errors.network);
  }
  if (res.status === 204) return undefined as T;
  let data: unknown = null;
  try {
    data = await res.json();
  } catch {
    // A non-JSON answer (a proxy's error page, say) is handled below like any other failure.
  }
  if (!res.ok) {
    const err = (data as { error?: { code?: unknown; message?: unknown } } | null)?.error;
    const code = typeof err?.code === "string" ? err.code : `http_${res.status}`;
    // The server's messages are English: other languages get their own sentence with the code.
    const message =
      typeof err?.message === "string" && t.lang === "en"
        ? err.message
        : res.status >= 500
          ? t.errors.server
          : `${t.errors.rejected} (${code})`;
    if (res.status === 429) throw new ApiError(429, code, t.errors.rateLimited);
    if (opts.pow && !opts.retried && (code === "pow_invalid" || code === "pow_required"))
      return api<T>(who, method, path, body, { ...opts, retried: true });
    throw new ApiError(res.status, code, message, typeof err?.message === "string" ? err.message : "");
  }
  if (data === null) throw new ApiError(res.status, "bad_json", t.errors.server);
  return data as T;
}

/** A user-facing sentence for any error: API errors carry one; everything else gets a generic one. */
export function errorText(e: unknown): string {
  // A validator's wording ("Field 'x' is invalid: …") is for developers; people get a sentence.
  if (e instanceof ApiError && e.code === "invalid") return t.errors.rejected;
  return e instanceof ApiError ? e.message : t.errors.server;
}
