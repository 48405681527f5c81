// Runs the checked-in test vectors against crypto/. Portable on purpose: the
// caller passes the file texts, so the same code runs in Node and in Chromium.
//
// A vector is a header of `key: value` lines, a blank line, then a body
// (C2SP/typage style). `kind` says what is tested and `expect` is one of
// EXPECTATIONS. Binary bodies are base64 wrapped at 64 columns.

import { hexToBytes as fromHex } from "@noble/hashes/utils.js";
import {
  CryptoError,
  checkEnvelope,
  constantTimeEqual,
  decryptStream,
  decryptWith,
  deriveHandlerKeys,
  deriveReporterKeys,
  fingerprintOf,
  fromBase64,
  fromUtf8,
  handlerSigningKey,
  type KdfParams,
  normalizeCaseToken,
  normalizeFingerprint,
  normalizeRecoveryKey,
  openCheckpoint,
  openIdentity,
  openRoster,
  pad,
  paddedSize,
  reporterSigningKey,
  type SignedStatement,
  type StatementLabel,
  sha256Hex,
  signingKeyFromSeed,
  signReceipt,
  toHex,
  unpad,
  unwrapIdentity,
  verifyMinimisedThread,
  verifyReceipt,
  verifyStatement,
} from "../../crypto/index";

/** The closed set of outcomes a vector may expect. */
export const EXPECTATIONS = [
  "success",
  "bad-token",
  "bad-envelope",
  "bad-padding",
  "unwrap-failed",
  "decrypt-failed",
  "bad-recipient",
  "bad-kdf",
  "bad-signature",
] as const;

/** One parsed vector file. */
export interface Vector {
  name: string;
  kind: string;
  expect: (typeof EXPECTATIONS)[number];
  header: ReadonlyMap<string, string>;
  /** The text after the blank line, without the file's final newline. */
  body: string;
}

/** The outcome of running one vector. */
export interface VectorResult {
  name: string;
  kind: string;
  expect: string;
  ok: boolean;
  /** Why it failed; empty when ok. */
  detail: string;
}

/** Parses a vector file; throws Error on a malformed file. */
export function parseVector(name: string, text: string): Vector {
  const split = text.indexOf("\n\n");
  const headerText = split < 0 ? text.replace(/\n$/, "") : text.slice(0, split);
  const body = split < 0 ? "" : text.slice(split + 2).replace(/\n$/, "");
  const header = new Map<string, string>();
  for (const line of headerText.split("\n")) {
    const m = /^([a-z0-9-]+): (.*)$/.exec(line);
    if (m === null) throw new Error(`${name}: bad header line`);
    if (header.has(m[1]!)) throw new Error(`${name}: duplicate ${m[1]}`);
    header.set(m[1]!, m[2]!);
  }
  const kind = header.get("kind");
  const expect = header.get("expect");
  if (kind === undefined) throw new Error(`${name}: no kind`);
  if (!EXPECTATIONS.includes(expect as Vector["expect"])) throw new Error(`${name}: bad expect`);
  return { name, kind, expect: expect as Vector["expect"], header, body };
}

class Mismatch extends Error {}

function field(v: Vector, key: string): string {
  const value = v.header.get(key);
  if (value === undefined) throw new Error(`${v.name}: missing ${key}`);
  return value;
}

function same(what: string, got: unknown, want: unknown): void {
  if (got !== want) throw new Mismatch(`${what}: got ${String(got)}, want ${String(want)}`);
}

function binaryBody(v: Vector): Uint8Array {
  return fromBase64(v.body.replace(/\n/g, ""));
}

/** Deterministic content for padding vectors: byte i is i mod 251. */
export function patternBytes(n: number): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = i % 251;
  return out;
}

function kdfParams(v: Vector): KdfParams {
  return {
    version: (v.header.get("version") ?? "oc-kdf-1") as KdfParams["version"],
    salt: field(v, "salt"),
    logN: Number(field(v, "log-n")),
    r: Number(field(v, "r")),
    p: Number(field(v, "p")),
  };
}

const kinds: Record<string, (v: Vector) => Promise<void> | void> = {
  token(v) {
    same("normalized", normalizeCaseToken(v.body), field(v, "normalized"));
  },
  "recovery-key"(v) {
    same("normalized", normalizeRecoveryKey(v.body), field(v, "normalized"));
  },
  async "token-keys"(v) {
    const keys = await deriveReporterKeys(field(v, "token"));
    same("login-key", toHex(keys.loginKey), field(v, "login-key"));
    same("login-key-sha256", sha256Hex(keys.loginKey), field(v, "login-key-sha256"));
    same("identity", keys.identity, field(v, "identity"));
    same("recipient", keys.recipient, field(v, "recipient"));
  },
  pad(v) {
    const n = Number(field(v, "content-size"));
    same("padded-size", paddedSize(n), Number(field(v, "padded-size")));
    const padded = pad(patternBytes(n));
    same("pad length", padded.length, Number(field(v, "padded-size")));
    if (v.body !== "") same("pad bytes", constantTimeEqual(padded, binaryBody(v)), true);
    same("round trip", constantTimeEqual(unpad(padded), patternBytes(n)), true);
  },
  unpad(v) {
    const content = unpad(binaryBody(v));
    same("content-sha256", sha256Hex(content), field(v, "content-sha256"));
  },
  envelope(v) {
    const opt = (key: string) => (v.header.has(key) ? Number(field(v, key)) : undefined);
    const padded = v.header.get("padded");
    const info = checkEnvelope(binaryBody(v), {
      types: field(v, "types").split(","),
      minStanzas: opt("min-stanzas"),
      maxStanzas: opt("max-stanzas"),
      maxBytes: opt("max-bytes"),
      padded: padded === undefined ? undefined : padded === "true",
    });
    same("stanza-types", info.stanzaTypes.join(","), field(v, "stanza-types"));
    same("header-size", info.headerSize, Number(field(v, "header-size")));
    same("payload-size", info.payloadSize, Number(field(v, "payload-size")));
    same("plaintext-size", info.plaintextSize, Number(field(v, "plaintext-size")));
  },
  async "age-decrypt"(v) {
    const content = await decryptWith([field(v, "identity")], binaryBody(v));
    same("plaintext", fromUtf8(content), field(v, "plaintext"));
  },
  async "stream-decrypt"(v) {
    const source = new Blob([binaryBody(v) as BlobPart]).stream();
    // Read the stream by hand: Chromium's Response would replace the stream's CryptoError with its own
    // TypeError ("Failed to fetch"), and the vectors name the kind of failure.
    const reader = (await decryptStream([field(v, "identity")], source)).getReader();
    const parts: Uint8Array[] = [];
    for (let next = await reader.read(); !next.done; next = await reader.read()) parts.push(next.value);
    const content = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const part of parts) {
      content.set(part, at);
      at += part.length;
    }
    same("content-size", content.length, Number(field(v, "content-size")));
    same("content-sha256", sha256Hex(content), field(v, "content-sha256"));
  },
  async unwrap(v) {
    same("unwrapped", await unwrapIdentity(field(v, "identity"), binaryBody(v)), field(v, "unwrapped"));
  },
  async kdf(v) {
    const keys = await deriveHandlerKeys(field(v, "passphrase"), kdfParams(v));
    same("auth-key", toHex(keys.authKey), field(v, "auth-key"));
    same("wrap-key", toHex(keys.wrapKey), field(v, "wrap-key"));
  },
  async seal(v) {
    const passphrase = v.header.get("open-passphrase") ?? field(v, "passphrase");
    const { wrapKey } = await deriveHandlerKeys(passphrase, kdfParams(v));
    const aad = v.header.get("open-aad") ?? field(v, "aad");
    same("identity", openIdentity(binaryBody(v), wrapKey, aad), field(v, "identity"));
  },
  statement(v) {
    const label = field(v, "label") as StatementLabel;
    verifyStatement(label, field(v, "public-key"), { body: v.body, signature: field(v, "signature") });
  },
  fingerprint(v) {
    same("fingerprint", fingerprintOf(field(v, "public-key")), field(v, "fingerprint"));
    same("normalized", normalizeFingerprint(v.body), field(v, "fingerprint"));
  },
  "signing-keys"(v) {
    same(
      "reporter-signing-key",
      reporterSigningKey(field(v, "token")).publicKey,
      field(v, "reporter-signing-key"),
    );
    same(
      "handler-signing-key",
      handlerSigningKey(field(v, "identity")).publicKey,
      field(v, "handler-signing-key"),
    );
  },
  roster(v) {
    const roster = openRoster(JSON.parse(v.body) as SignedStatement, {
      pin: v.header.get("pin") ?? null,
      now: new Date(field(v, "now")),
    });
    same("serial", roster.serial, Number(field(v, "serial")));
  },
  thread(v) {
    const keys = JSON.parse(field(v, "keys")) as Record<string, string>;
    const verified = verifyMinimisedThread(
      field(v, "case-id"),
      JSON.parse(v.body) as unknown[],
      (a) => keys[a] ?? null,
    );
    same("verified", verified.map((e) => (e.ok ? "ok" : e.reason)).join(","), field(v, "verified"));
  },
  async receipt(v) {
    // The body is the file without its final newline (a vector body never ends in one).
    const r = verifyReceipt(`${v.body}\n`, v.header.get("pin") ?? null);
    same("received-on", r.facts.receivedOn, field(v, "received-on"));
    same("case-ref-hash", r.facts.caseRefHash, field(v, "case-ref-hash"));
    same("fingerprint", r.fingerprint, field(v, "fingerprint"));
    // Ed25519 is deterministic: the facts signed again with the seed give the same file, through Web
    // Crypto where the platform has Ed25519.
    const seed = v.header.get("seed");
    if (seed !== undefined) {
      same("signed again", await signReceipt(signingKeyFromSeed(fromHex(seed)), r.facts), `${v.body}\n`);
    }
  },
  checkpoint(v) {
    const c = openCheckpoint(JSON.parse(v.body) as SignedStatement, field(v, "public-key"));
    same("seq", c.seq, Number(field(v, "seq")));
    same("hash", c.hash, field(v, "hash"));
  },
};

/** Runs one parsed vector and reports whether the outcome matched `expect`. */
export async function runVector(v: Vector): Promise<VectorResult> {
  const result = { name: v.name, kind: v.kind, expect: v.expect };
  const run = kinds[v.kind];
  if (run === undefined) return { ...result, ok: false, detail: `unknown kind ${v.kind}` };
  try {
    await run(v);
  } catch (e) {
    if (e instanceof CryptoError) {
      const reason = v.header.get("reason");
      if (e.code !== v.expect) return { ...result, ok: false, detail: `threw ${e.code}: ${e.message}` };
      if (reason !== undefined && reason !== e.message) {
        return { ...result, ok: false, detail: `reason: got ${e.message}, want ${reason}` };
      }
      return { ...result, ok: true, detail: "" };
    }
    return { ...result, ok: false, detail: e instanceof Error ? e.message : String(e) };
  }
  return v.expect === "success"
    ? { ...result, ok: true, detail: "" }
    : { ...result, ok: false, detail: `succeeded, want ${v.expect}` };
}

/**
 * Parses and runs every vector. `files` maps a file name to its text; names
 * are reported back so a failure points at its file.
 */
export async function runVectors(files: Record<string, string>): Promise<VectorResult[]> {
  const results: VectorResult[] = [];
  for (const [name, text] of Object.entries(files).sort(([a], [b]) => (a < b ? -1 : 1))) {
    let v: Vector;
    try {
      v = parseVector(name, text);
    } catch (e) {
      results.push({ name, kind: "?", expect: "?", ok: false, detail: (e as Error).message });
      continue;
    }
    results.push(await runVector(v));
  }
  return results;
}
