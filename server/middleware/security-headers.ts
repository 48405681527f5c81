/**
 * Security headers for every answer (DESIGN.md "What the server may know"): a strict CSP with no
 * inline script, no framing, no referrer, no caching, nosniff, COOP/CORP, and HSTS over https.
 */
import type { MiddlewareHandler } from "hono";

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  // A voice report is played from its decrypted Blob in the handler's browser.
  "media-src 'self' blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "object-src 'none'",
  "worker-src 'self' blob:",
].join("; ");

/**
 * The microphone is this origin's own only on the pages where a reporting person may record a voice
 * message (client/src/evidence/recorder.ts); every other page may not ask for it at all.
 */
const RECORDER_PAGE = /^(\/l\/[a-z]{2})?\/(report|inbox)\.html$/;
const NO_MICROPHONE = "camera=(), microphone=(), geolocation=(), interest-cohort=()";
const OWN_MICROPHONE = "camera=(), microphone=(self), geolocation=(), interest-cohort=()";

const ONION_ORIGIN = /^https?:\/\/[a-z2-7]{56}\.onion$/;

/**
 * @param opts.onionLocation - the channel's onion origin (ONION_LOCATION); when set, every answer
 * names the same path there, so Tor Browser offers the onion service.
 * @param opts.publicUrl - decides HSTS when set: behind a TLS proxy the request arrives over plain http.
 * @throws Error at start when `onionLocation` is not an onion origin.
 */
export function securityHeaders(
  opts: { onionLocation?: string; publicUrl?: string } = {},
): MiddlewareHandler {
  const onion = opts.onionLocation?.replace(/\/$/, "");
  if (onion && !ONION_ORIGIN.test(onion))
    throw new Error("ONION_LOCATION must be http://<56 characters>.onion");
  const httpsConfigured = opts.publicUrl ? new URL(opts.publicUrl).protocol === "https:" : undefined;
  return async function securityHeadersMiddleware(c, next) {
    await next();
    const h = c.res.headers;
    if (onion) {
      const url = new URL(c.req.url);
      h.set("Onion-Location", `${onion}${url.pathname}${url.search}`);
    }
    if (!h.has("Content-Security-Policy")) h.set("Content-Security-Policy", CSP);
    h.set("Referrer-Policy", "no-referrer");
    h.set("X-Content-Type-Options", "nosniff");
    h.set("X-Frame-Options", "DENY");
    h.set("Cross-Origin-Opener-Policy", "same-origin");
    h.set("Cross-Origin-Resource-Policy", "same-origin");
    h.set("Permissions-Policy", RECORDER_PAGE.test(c.req.path) ? OWN_MICROPHONE : NO_MICROPHONE);
    if (!h.has("Cache-Control")) h.set("Cache-Control", "no-store");
    if (httpsConfigured ?? new URL(c.req.url).protocol === "https:") {
      h.set("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
    }
  };
}
