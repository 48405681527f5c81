import { describe, expect, it } from "vitest";
import {
  isCryptoError,
  newSigningKey,
  openRelease,
  parseClientManifest,
  sha256Hex,
  signRelease,
} from "../../crypto/index";

const digest = "0f".repeat(32);
const manifestText = (files: Record<string, string>) => JSON.stringify({ version: "oc-files-1", files });

function reason(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (isCryptoError(e)) return e.message;
    throw e;
  }
  return "no error";
}

describe("the client manifest", () => {
  it("reads a manifest of absolute paths and hex digests", () => {
    expect(parseClientManifest(manifestText({ "/a.js": digest, "/l/de/report.html": digest })).files).toEqual(
      {
        "/a.js": digest,
        "/l/de/report.html": digest,
      },
    );
  });

  it("refuses other versions, relative or climbing paths and short digests", () => {
    for (const text of [
      JSON.stringify({ version: "oc-files-2", files: { "/a.js": digest } }),
      manifestText({ "a.js": digest }),
      manifestText({ "/assets/../../etc/passwd": digest }),
      manifestText({ "/a.js": "abc" }),
      manifestText({}),
      "not json",
    ])
      expect(reason(() => parseClientManifest(text))).toBe("bad manifest");
  });
});

describe("the signed release", () => {
  const key = newSigningKey();
  const text = manifestText({ "/report.html": digest });

  it("names the manifest's SHA-256 and verifies under the channel key", () => {
    const release = openRelease(signRelease(key, text, new Date("2026-11-29T12:00:00Z")), key.publicKey);
    expect(release.manifest).toBe(sha256Hex(text));
    expect(release.files).toBe(1);
    expect(release.publishedAt).toBe("2026-11-29T12:00:00.000Z");
  });

  it("refuses a release under another key, or an edited one", () => {
    const signed = signRelease(key, text, new Date());
    expect(reason(() => openRelease(signed, newSigningKey().publicKey))).toBe("signature does not verify");
    const edited = { ...signed, body: signed.body.replace(sha256Hex(text), "0".repeat(64)) };
    expect(reason(() => openRelease(edited, key.publicKey))).toBe("signature does not verify");
  });

  it("signs no malformed manifest", () => {
    expect(reason(() => signRelease(key, "{}", new Date()))).toBe("bad manifest");
  });
});
