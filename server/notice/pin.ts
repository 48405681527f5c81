/**
 * Pinning out of band (crypto/SPEC.md "Channel key and fingerprint"): every link of the notice, and the
 * poster's QR code, points at the report page with the channel key's fingerprint as `#pin=…`. A URL
 * fragment never reaches the server, and the report page refuses a roster signed with any other key.
 */
import { sha384 } from "@noble/hashes/sha2.js";
import { toBase64, utf8 } from "../../crypto/index";

/**
 * The link the notice gives for the channel: `channelUrl`, turned to the report page when it names a
 * folder or the start page, with `#pin=<fingerprint>`; `channelUrl` unchanged without a fingerprint.
 */
export function pinnedChannelUrl(channelUrl: string, fingerprint?: string): string {
  if (!fingerprint) return channelUrl;
  const url = new URL(channelUrl);
  if (url.pathname.endsWith("/")) url.pathname += "report.html";
  else if (url.pathname.endsWith("/index.html"))
    url.pathname = url.pathname.replace(/index\.html$/, "report.html");
  url.hash = `pin=${fingerprint}`;
  return url.href;
}

/** `href` with `#pin=<fingerprint>` (replacing any fragment), for the other links into the channel. */
export function withPin(href: string, fingerprint?: string): string {
  if (!fingerprint) return href;
  const url = new URL(href);
  url.hash = `pin=${fingerprint}`;
  return url.href;
}

/** The SRI value of a stylesheet the server writes itself (the notice page's). */
export function integrityOfText(text: string): string {
  return `sha384-${toBase64(sha384(utf8(text)))}`;
}
