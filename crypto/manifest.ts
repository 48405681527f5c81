// The client manifest (every served client file and its SHA-256, written by the build) and the
// release statement an admin's browser signs over it with the channel key. Formats: SPEC.md
// ("Client manifest", "Signed release").

import { sha256Hex } from "./encoding";
import { CryptoError } from "./errors";
import { type SignedStatement, type SigningKey, signStatement, verifyStatement } from "./sign";

/** The build's list of served client files: path (from the site root) → lowercase hex SHA-256. */
export interface ClientManifest {
  version: "oc-files-1";
  files: Record<string, string>;
}

/** What an admin's browser signs: which manifest is the released client. */
export interface Release {
  version: "oc-manifest-1";
  /** Lowercase hex SHA-256 of the manifest file's exact bytes. */
  manifest: string;
  /** How many files it lists, for people to read. */
  files: number;
  /** ISO 8601 UTC. */
  publishedAt: string;
  /** base64 of the channel key that signed it. */
  channelKey: string;
}

const HEX64 = /^[0-9a-f]{64}$/;
const PATH = /^\/[A-Za-z0-9._\-/]{1,300}$/;
const MAX_FILES = 10_000;
const bad = (reason: string) => new CryptoError("bad-signature", reason);

/**
 * Parses and checks a manifest's text: `oc-files-1`, absolute paths without `..`, 64-hex digests.
 *
 * @throws CryptoError("bad-signature") with reason `bad manifest`.
 */
export function parseClientManifest(text: string): ClientManifest {
  let manifest: ClientManifest;
  try {
    manifest = JSON.parse(text) as ClientManifest;
  } catch {
    throw bad("bad manifest");
  }
  if (manifest?.version !== "oc-files-1" || typeof manifest.files !== "object" || manifest.files === null)
    throw bad("bad manifest");
  const entries = Object.entries(manifest.files);
  if (entries.length === 0 || entries.length > MAX_FILES) throw bad("bad manifest");
  for (const [path, digest] of entries) {
    if (!PATH.test(path) || path.includes("..") || typeof digest !== "string" || !HEX64.test(digest))
      throw bad("bad manifest");
  }
  return manifest;
}

/** Signs a release of the manifest whose exact text is `manifestText`, after checking its shape. */
export function signRelease(key: SigningKey, manifestText: string, now: Date): SignedStatement {
  const manifest = parseClientManifest(manifestText);
  const release: Release = {
    version: "oc-manifest-1",
    manifest: sha256Hex(manifestText),
    files: Object.keys(manifest.files).length,
    publishedAt: now.toISOString(),
    channelKey: key.publicKey,
  };
  return signStatement("oc-manifest-1", key, JSON.stringify(release));
}

/**
 * Verifies a signed release under the channel key of a verified roster and returns it.
 *
 * @throws CryptoError("bad-signature") with reason `bad release`, `not the channel key` or a
 *   signature failure.
 */
export function openRelease(statement: SignedStatement, channelKey: string): Release {
  if (typeof statement?.body !== "string" || statement.body.length > 4096) throw bad("bad release");
  verifyStatement("oc-manifest-1", channelKey, statement);
  let release: Release;
  try {
    release = JSON.parse(statement.body) as Release;
  } catch {
    throw bad("bad release");
  }
  if (
    release?.version !== "oc-manifest-1" ||
    typeof release.manifest !== "string" ||
    !HEX64.test(release.manifest) ||
    !Number.isSafeInteger(release.files) ||
    typeof release.publishedAt !== "string" ||
    Number.isNaN(Date.parse(release.publishedAt))
  )
    throw bad("bad release");
  if (release.channelKey !== channelKey) throw bad("not the channel key");
  return release;
}
