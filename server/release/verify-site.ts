/**
 * What `npm run verify:site` checks (crypto/SPEC.md "Signed release"): that a live site serves exactly
 * the client an admin published. The roster is verified under its channel key (and the pin, when
 * given), the release under that key, the manifest against the release, every listed file against the
 * manifest, every reporter page as the server picks it for `?lang=`, and every script and stylesheet
 * tag of every page against its `integrity`. Nothing here trusts the server's word.
 */
import {
  fingerprintOf,
  isCryptoError,
  normalizeFingerprint,
  openRelease,
  openRoster,
  parseClientManifest,
  type SignedStatement,
  sha256Hex,
} from "../../crypto/index";

/** One file or check that did not hold. */
export interface SiteProblem {
  what: string;
  reason: string;
}

export interface SiteReport {
  /** The channel key's fingerprint the release was checked under. */
  fingerprint: string | null;
  /** Files and pages compared. */
  checked: number;
  problems: SiteProblem[];
}

/** Fetches a path of the site as bytes; null for anything but 200. */
export type FetchBytes = (path: string) => Promise<Uint8Array | null>;

/** A {@link FetchBytes} for a site address, with no cookies and no cache. */
export function siteFetcher(base: string): FetchBytes {
  const root = base.replace(/\/+$/, "");
  return async (path) => {
    const response = await fetch(root + path, { redirect: "error", cache: "no-store" });
    if (response.status !== 200) return null;
    return new Uint8Array(await response.arrayBuffer());
  };
}

const text = (b: Uint8Array): string => new TextDecoder().decode(b);

async function json<T>(get: FetchBytes, path: string): Promise<T> {
  const bytes = await get(path);
  if (!bytes) throw new Error(`${path} was not served`);
  return JSON.parse(text(bytes)) as T;
}

async function sha384Base64(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-384", bytes as Uint8Array<ArrayBuffer>));
  return btoa(String.fromCharCode(...digest));
}

/** Every script, stylesheet and module preload tag of a page whose integrity is missing or wrong. */
async function tagProblems(
  page: string,
  html: string,
  verified: Map<string, Uint8Array>,
): Promise<SiteProblem[]> {
  const problems: SiteProblem[] = [];
  const tags = html.match(/<script\b[^>]*>|<link\b[^>]*>/gi) ?? [];
  for (const tag of tags) {
    const rel = /\srel="([^"]*)"/i.exec(tag)?.[1];
    if (tag.toLowerCase().startsWith("<link") && rel !== "stylesheet" && rel !== "modulepreload") continue;
    const url = /\s(?:src|href)="([^"]*)"/i.exec(tag)?.[1];
    if (!url) {
      problems.push({ what: page, reason: `a script with no src: ${tag}` });
      continue;
    }
    const integrity = /\sintegrity="sha384-([^"]+)"/i.exec(tag)?.[1];
    if (!integrity) {
      problems.push({ what: page, reason: `no integrity on ${url}` });
      continue;
    }
    // Resolved from the page, as the browser does; another origin is never in the manifest.
    const path = /^[a-z][a-z0-9+.-]*:|^\/\//i.test(url)
      ? url
      : new URL(url, `https://site.invalid${page}`).pathname;
    const bytes = verified.get(path);
    if (!bytes) {
      problems.push({ what: page, reason: `${url} is not a file of the signed manifest as served` });
      continue;
    }
    if ((await sha384Base64(bytes)) !== integrity)
      problems.push({ what: page, reason: `integrity of ${url} does not match` });
  }
  return problems;
}

/**
 * Checks a site. `pin` is the fingerprint from the poster or notice; without it the roster's own key
 * is used, and the report shows its fingerprint for a person to compare.
 */
export async function verifySite(get: FetchBytes, pin: string | null, now: Date): Promise<SiteReport> {
  const report: SiteReport = { fingerprint: null, checked: 0, problems: [] };
  const fail = (what: string, reason: string): SiteReport => {
    report.problems.push({ what, reason });
    return report;
  };
  let channelKey: string;
  try {
    const roster = openRoster(await json<SignedStatement>(get, "/api/roster"), {
      pin: pin === null ? null : normalizeFingerprint(pin),
      now,
    });
    channelKey = roster.channelKey;
  } catch (e) {
    return fail("/api/roster", isCryptoError(e) ? e.message : (e as Error).message);
  }
  report.fingerprint = fingerprintOf(channelKey);
  let manifestDigest: string;
  try {
    manifestDigest = openRelease(await json<SignedStatement>(get, "/api/release"), channelKey).manifest;
  } catch (e) {
    return fail("/api/release", isCryptoError(e) ? e.message : (e as Error).message);
  }
  const manifestBytes = await get("/client-manifest.json");
  if (!manifestBytes || sha256Hex(manifestBytes) !== manifestDigest)
    return fail("/client-manifest.json", "not the manifest the release signs");
  const { files } = parseClientManifest(text(manifestBytes));

  // Every listed file, byte for byte; then every page as the server picks it (`/`, `?lang=`).
  const verified = new Map<string, Uint8Array>();
  const pages: [string, string][] = [["/", "/index.html"]];
  for (const [path, digest] of Object.entries(files)) {
    report.checked++;
    const bytes = await get(path);
    if (!bytes) report.problems.push({ what: path, reason: "not served" });
    else if (sha256Hex(bytes) !== digest)
      report.problems.push({ what: path, reason: "differs from the manifest" });
    else verified.set(path, bytes);
    const localized = /^\/l\/([a-z]{2})\/([a-z-]+\.html)$/.exec(path);
    if (localized) pages.push([`/${localized[2]}?lang=${localized[1]}`, path]);
  }
  for (const [path, file] of pages) {
    report.checked++;
    const bytes = await get(path);
    if (!bytes || sha256Hex(bytes) !== files[file])
      report.problems.push({ what: path, reason: `differs from ${file} of the manifest` });
  }
  for (const [path, bytes] of verified) {
    if (path.endsWith(".html")) report.problems.push(...(await tagProblems(path, text(bytes), verified)));
  }
  return report;
}
