/**
 * Publishing a client release (crypto/SPEC.md "Signed release"): the admin's browser fetches the
 * build's client manifest and every file it lists from this server, checks each SHA-256, and only if
 * all match signs the manifest with the channel key it unseals. The server stores and serves that
 * signature; `npm run verify:site` checks the live site against it. The server cannot sign one itself.
 */
import {
  channelKeyFromText,
  decryptText,
  fromBase64,
  openRelease,
  openRoster,
  parseClientManifest,
  type SignedStatement,
  sha256Hex,
  signRelease,
} from "../../../crypto/index";
import { t } from "../i18n";
import { ApiError } from "../lib/api";
import { formatInstant } from "../lib/dates";
import { h, say } from "../lib/dom";
import type { TrustAnswer } from "../lib/types";
import type { Ctx } from "./context";
import { button, errorLine, explain, section, statusLine } from "./ui";

const MANIFEST = "/client-manifest.json";

/** Fetches a served file as bytes, bypassing every cache. */
async function served(path: string): Promise<Uint8Array> {
  const response = await fetch(path, { cache: "no-store", credentials: "omit" });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** The listed files whose served bytes differ from the manifest (missing ones included). */
export async function differingFiles(
  files: Record<string, string>,
  fetchFile: (path: string) => Promise<Uint8Array>,
): Promise<string[]> {
  const differing: string[] = [];
  for (const [path, digest] of Object.entries(files)) {
    const bytes = await fetchFile(path).catch(() => null);
    if (!bytes || sha256Hex(bytes) !== digest) differing.push(path);
  }
  return differing;
}

async function publish(ctx: Ctx, status: HTMLElement): Promise<string> {
  const manifestText = new TextDecoder().decode(await served(MANIFEST));
  const manifest = parseClientManifest(manifestText);
  say(status, t.release.checking(Object.keys(manifest.files).length));
  const differing = await differingFiles(manifest.files, served);
  if (differing.length) throw new Error(t.release.differs(differing.slice(0, 5).join(", ")));
  const state = await ctx.call<TrustAnswer>("GET", "/api/trust");
  if (!state.roster || !state.mySeal) throw new Error(t.release.noKey);
  const key = channelKeyFromText(await decryptText([ctx.identity], fromBase64(state.mySeal)));
  // Only under the key of the roster in force: a release signed with another key would verify nowhere.
  if (openRoster(state.roster, { now: new Date() }).channelKey !== key.publicKey)
    throw new Error(t.trust.mismatch);
  await ctx.call("POST", "/api/trust/release", signRelease(key, manifestText, new Date()));
  return sha256Hex(manifestText);
}

/** The release in force, and the button that checks the served files and signs a new one. */
export async function releaseSection(ctx: Ctx): Promise<HTMLElement> {
  const current = h("p", { "data-testid": "admin-release-current" }, t.release.none);
  try {
    const [statement, state] = await Promise.all([
      ctx.call<SignedStatement>("GET", "/api/release"),
      ctx.call<TrustAnswer>("GET", "/api/trust"),
    ]);
    if (state.roster) {
      const roster = openRoster(state.roster, { now: new Date() });
      const release = openRelease(statement, roster.channelKey);
      current.replaceChildren(
        t.release.current(formatInstant(release.publishedAt), release.files),
        " ",
        h("code", { "data-testid": "admin-release-digest" }, release.manifest),
      );
    }
  } catch {
    // None yet, or one that does not verify: either way there is nothing to show as in force.
  }
  const status = statusLine("admin-release-status");
  const error = errorLine("admin-release-error");
  const go = button(t.release.publish, "admin-release-publish");
  go.addEventListener("click", async () => {
    say(error, "");
    go.disabled = true;
    try {
      const digest = await publish(ctx, status);
      ctx.showAdmin(t.release.published(digest));
    } catch (e) {
      say(status, "");
      say(error, e instanceof ApiError || !(e instanceof Error) ? explain(e) : e.message);
    } finally {
      go.disabled = false;
    }
  });
  return section(
    "admin-release",
    t.release.title,
    h("p", {}, t.release.intro),
    current,
    h("p", { class: "hint" }, t.release.hint),
    go,
    status,
    error,
  );
}
