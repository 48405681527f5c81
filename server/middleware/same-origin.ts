/**
 * Cross-site request forgery guard for every state-changing request: the browser's own
 * Sec-Fetch-Site / Origin must not name another site. Together with SameSite=Strict cookies,
 * JSON-only bodies and the X-OC-CSRF header on handler routes.
 */
import type { MiddlewareHandler } from "hono";
import { AppError } from "../errors";

export function sameOrigin(publicUrl?: string): MiddlewareHandler {
  const configured = publicUrl ? new URL(publicUrl).origin : undefined;
  return async function sameOriginMiddleware(c, next) {
    if (c.req.method !== "GET" && c.req.method !== "HEAD" && c.req.method !== "OPTIONS") {
      const site = c.req.header("sec-fetch-site");
      const origin = c.req.header("origin");
      const self = new URL(c.req.url).origin;
      const foreign = origin && origin !== self && origin !== configured;
      if ((site && site !== "same-origin" && site !== "none") || foreign) {
        throw new AppError(403, "cross_site", "Requests from other sites are refused.");
      }
    }
    await next();
  };
}
