/**
 * `restoreBackup`: decrypts a backup as a stream, writes it into a staging folder beside the
 * target, checks it (SQLite's integrity_check, the audit chain and its head, every blob's hash, the
 * manifest's counts) and only then renames the staging folder to the target. A damaged, truncated or
 * foreign file leaves nothing behind: the staging folder is removed and the target never appears.
 */
import { createHash } from "node:crypto";
import { createReadStream, existsSync } from "node:fs";
import { mkdir, mkdtemp, open, readdir, rename, rm } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { Readable } from "node:stream";
import { Decrypter } from "age-encryption";
import BetterSqlite3 from "better-sqlite3";
import { type AuditRow, verifyChain } from "../../db/audit-chain";
import { BackupError, ChunkReader, MAGIC, type Manifest } from "./archive";
import { BLOB_FILE } from "./snapshot";

export interface RestoreSummary {
  dataDir: string;
  cases: number;
  blobs: number;
  auditHead: { seq: number; hash: string };
  createdAt: string;
  schema: Manifest["schema"];
}

/** The first identity line of an age identity file (comments and blank lines skipped). */
export function parseIdentity(text: string): string {
  const line = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .find((l) => l !== "" && !l.startsWith("#"));
  if (!line || !/^AGE-SECRET-KEY-(PQ-)?1[0-9A-Z]+$/.test(line)) {
    throw new BackupError("identity", "the identity is not an age secret key (AGE-SECRET-KEY-...)");
  }
  return line;
}

async function syncPath(path: string): Promise<void> {
  const handle = await open(path, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Streams one record's payload into `path`, returning its SHA-256 hex. */
async function writeRecord(reader: ChunkReader, length: number, path: string): Promise<string> {
  const hash = createHash("sha256");
  const handle = await open(path, "wx", 0o600);
  try {
    await reader.pipe(length, async (piece) => {
      hash.update(piece);
      await handle.write(piece);
    });
    await handle.sync();
  } finally {
    await handle.close();
  }
  return hash.digest("hex");
}

function ageFailure(e: unknown): BackupError {
  if (e instanceof BackupError) return e;
  const message = e instanceof Error ? e.message : "";
  if (/no identity matched/i.test(message)) {
    return new BackupError(
      "identity",
      "the identity does not open this backup (wrong key, or a damaged header)",
    );
  }
  return new BackupError("damaged", "the backup is damaged or truncated: age authentication failed");
}

/** Unpacks the decrypted stream into `staging`; returns the manifest and the hashes actually read. */
async function unpack(
  plaintext: AsyncIterator<Uint8Array>,
  staging: string,
): Promise<{ manifest: Manifest; databaseSha: string; blobShas: Record<string, string> }> {
  const reader = new ChunkReader(plaintext);
  const magic = await reader.read(MAGIC.length);
  if (!magic.every((b, i) => b === MAGIC[i])) throw new BackupError("format", "not an open-channel backup");
  let databaseSha: string | null = null;
  const blobShas: Record<string, string> = {};
  for (;;) {
    const record = await reader.header();
    if (record.kind === "M") {
      if (record.length > 64 << 20) throw new BackupError("format", "manifest too large");
      const manifest = JSON.parse(new TextDecoder().decode(await reader.read(record.length))) as Manifest;
      if (!(await reader.atEnd())) throw new BackupError("format", "data after the manifest");
      if (manifest.format !== "open-channel-backup/1")
        throw new BackupError("format", "unknown backup format");
      if (databaseSha === null) throw new BackupError("format", "the backup holds no database");
      return { manifest, databaseSha, blobShas };
    }
    if (record.kind === "D") {
      if (databaseSha !== null || record.name !== "channel.sqlite")
        throw new BackupError("format", "bad database record");
      databaseSha = await writeRecord(reader, record.length, join(staging, "channel.sqlite"));
      continue;
    }
    if (!BLOB_FILE.test(record.name) || record.name.includes("..") || record.name in blobShas) {
      throw new BackupError("format", "bad blob name");
    }
    const path = join(staging, "blobs", record.name);
    await mkdir(dirname(path), { recursive: true });
    blobShas[record.name] = await writeRecord(reader, record.length, path);
  }
}

/** Checks the unpacked folder against the manifest; throws BackupError on the first difference. */
function check(staging: string, unpacked: Awaited<ReturnType<typeof unpack>>): void {
  const { manifest, databaseSha, blobShas } = unpacked;
  if (databaseSha !== manifest.database.sha256)
    throw new BackupError("mismatch", "the database does not match its hash");
  const expected = Object.keys(manifest.blobs);
  if (expected.length !== Object.keys(blobShas).length)
    throw new BackupError("mismatch", "blobs are missing");
  for (const key of expected) {
    if (blobShas[key] !== manifest.blobs[key])
      throw new BackupError("mismatch", `blob ${key} does not match its hash`);
  }
  const sqlite = new BetterSqlite3(join(staging, "channel.sqlite"), { fileMustExist: true });
  try {
    const integrity = sqlite.pragma("integrity_check", { simple: true });
    if (integrity !== "ok")
      throw new BackupError("integrity", `SQLite integrity_check: ${String(integrity)}`);
    const rows = sqlite
      .prepare(
        "SELECT seq, at, actor, action, case_id AS caseId, detail, prev_hash AS prevHash, hash FROM audit_log ORDER BY seq",
      )
      .all() as AuditRow[];
    const chain = verifyChain(rows);
    if (!chain.ok) throw new BackupError("audit", `the audit chain is broken at seq ${chain.brokenAt}`);
    const head = rows.at(-1);
    if (
      (head?.seq ?? 0) !== manifest.auditHead.seq ||
      (head?.hash ?? "0".repeat(64)) !== manifest.auditHead.hash
    ) {
      throw new BackupError("audit", "the audit head differs from the one recorded at backup time");
    }
    const { n } = sqlite.prepare("SELECT count(*) AS n FROM cases").get() as { n: number };
    if (n !== manifest.cases) throw new BackupError("mismatch", "the case count differs from the manifest");
  } finally {
    sqlite.close();
  }
}

/**
 * Restores the backup `file` into the new folder `dataDir` with the age `identity`.
 *
 * @throws BackupError for a damaged, truncated, foreign or inconsistent backup, or a wrong identity;
 * Error when `dataDir` exists and is not empty. Nothing is left behind either way.
 */
export async function restoreBackup(opts: {
  file: string;
  dataDir: string;
  identity: string;
}): Promise<RestoreSummary> {
  const target = resolve(opts.dataDir);
  if (existsSync(target) && (await readdir(target)).length > 0) {
    throw new Error(`${target} exists and is not empty; restore into a new folder`);
  }
  await mkdir(dirname(target), { recursive: true });
  const staging = await mkdtemp(join(dirname(target), `.${basename(target)}.restoring-`));
  try {
    const decrypter = new Decrypter();
    decrypter.addIdentity(opts.identity);
    const source = Readable.toWeb(createReadStream(opts.file)) as unknown as ReadableStream<Uint8Array>;
    let unpacked: Awaited<ReturnType<typeof unpack>>;
    try {
      const plaintext = await decrypter.decrypt(source);
      unpacked = await unpack(readerIterator(plaintext), staging);
    } catch (e) {
      throw ageFailure(e);
    }
    check(staging, unpacked);
    await syncPath(staging);
    if (existsSync(target)) await rm(target, { recursive: true });
    await rename(staging, target);
    await syncPath(dirname(target));
    return {
      dataDir: target,
      cases: unpacked.manifest.cases,
      blobs: Object.keys(unpacked.blobShas).length,
      auditHead: unpacked.manifest.auditHead,
      createdAt: unpacked.manifest.createdAt,
      schema: unpacked.manifest.schema,
    };
  } catch (e) {
    await rm(staging, { recursive: true, force: true });
    throw e;
  }
}

function readerIterator(stream: ReadableStream<Uint8Array>): AsyncIterator<Uint8Array> {
  const reader = stream.getReader();
  return {
    async next() {
      const r = await reader.read();
      return r.done ? { done: true, value: undefined } : { done: false, value: r.value };
    },
  };
}
