/**
 * `writeBackup`: one consistent snapshot of a running channel (the SQLite database read in a single
 * read transaction, then the blob store) streamed through age encryption into one file. Nothing in
 * plaintext touches the disk: the database copy lives in memory only, blobs are read one at a time,
 * and the output is ciphertext from its first byte (written as FILE.partial, then renamed).
 *
 * WAL keeps the snapshot consistent without pausing anyone: writers go on appending to the WAL while
 * this read transaction sees the database as it was when it began.
 */
import { createHash } from "node:crypto";
import { createWriteStream, type Dirent } from "node:fs";
import { type FileHandle, open, readdir, rename, rm } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { Encrypter } from "age-encryption";
import BetterSqlite3 from "better-sqlite3";
import { MAGIC, type Manifest, recordHeader } from "./archive";
import { isBackupRecipient, recipientFingerprint } from "./recipient";
import { APP_VERSION, migrationTag } from "./version";

const SLICE = 1 << 20;
/** A blob store key, or an unfinished upload's file beside it. */
export const BLOB_FILE = /^[0-9a-z/_-]{1,200}(\.uploading)?$/;

export interface BackupSummary {
  file: string;
  cases: number;
  blobs: number;
  /** Size of the encrypted file. */
  bytes: number;
  auditHead: { seq: number; hash: string };
  checkpoint: Record<string, unknown> | null;
  createdAt: string;
  recipient: string;
}

interface DatabaseSnapshot {
  bytes: Buffer;
  cases: number;
  auditHead: { seq: number; hash: string };
  checkpoint: Record<string, unknown> | null;
  schema: { migrations: number; latest: string | null };
}

/** The newest signed audit checkpoint, or null where the schema has none in the expected shape. */
function newestCheckpoint(sqlite: BetterSqlite3.Database): Record<string, unknown> | null {
  try {
    const row = sqlite.prepare("SELECT * FROM audit_checkpoints ORDER BY seq DESC LIMIT 1").get();
    return (row as Record<string, unknown> | undefined) ?? null;
  } catch {
    return null;
  }
}

/** Reads the whole database and its facts inside one read transaction. */
function snapshotDatabase(file: string): DatabaseSnapshot {
  const sqlite = new BetterSqlite3(file, { fileMustExist: true });
  try {
    sqlite.pragma("busy_timeout = 10000");
    sqlite.exec("BEGIN");
    try {
      const { n: cases } = sqlite.prepare("SELECT count(*) AS n FROM cases").get() as { n: number };
      const head = sqlite.prepare("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").get() as
        | { seq: number; hash: string }
        | undefined;
      const hasCheckpoints = sqlite
        .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_checkpoints'")
        .get();
      const checkpoint = hasCheckpoints ? newestCheckpoint(sqlite) : null;
      const migrations = sqlite.prepare("SELECT count(*) AS n FROM __drizzle_migrations").get() as {
        n: number;
      };
      const bytes = sqlite.serialize();
      return {
        bytes,
        cases,
        auditHead: head ?? { seq: 0, hash: "0".repeat(64) },
        checkpoint,
        schema: { migrations: migrations.n, latest: migrationTag(migrations.n) },
      };
    } finally {
      sqlite.exec("COMMIT");
    }
  } finally {
    sqlite.close();
  }
}

/**
 * Blob keys under `root` (the file blob store's layout), sorted: finished blobs and unfinished
 * uploads (`KEY.uploading`), whose database rows say how much of them was received. Anything else
 * in the folder is not the blob store's and is left out.
 */
async function blobKeys(root: string): Promise<string[]> {
  let found: Dirent[];
  try {
    found = await readdir(root, { recursive: true, withFileTypes: true });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw e;
  }
  return found
    .filter((d) => d.isFile())
    .map((d) => relative(root, join(d.parentPath, d.name)).split(sep).join("/"))
    .filter((key) => BLOB_FILE.test(key) && !key.includes(".."))
    .sort();
}

async function* archive(
  dataDir: string,
  snapshot: DatabaseSnapshot,
  manifest: Omit<Manifest, "blobs">,
  counted: { blobs: number },
): AsyncGenerator<Uint8Array> {
  yield MAGIC;
  yield recordHeader("D", "channel.sqlite", snapshot.bytes.length);
  for (let at = 0; at < snapshot.bytes.length; at += SLICE) yield snapshot.bytes.subarray(at, at + SLICE);
  const root = join(dataDir, "blobs");
  const blobs: Record<string, string> = {};
  for (const key of await blobKeys(root)) {
    let handle: FileHandle;
    try {
      handle = await open(join(root, key), "r");
    } catch (e) {
      // Deleted since the listing (a shredded case): the restore's retention run removes such
      // cases again if the database snapshot still holds them.
      if ((e as NodeJS.ErrnoException).code === "ENOENT") continue;
      throw e;
    }
    try {
      // The length is fixed when the file is opened: an unfinished upload that grows meanwhile is
      // copied up to here, which is at least what the database snapshot recorded as received.
      const size = (await handle.stat()).size;
      const hash = createHash("sha256");
      yield recordHeader("B", key, size);
      let at = 0;
      while (at < size) {
        const piece = Buffer.alloc(Math.min(SLICE, size - at));
        const { bytesRead } = await handle.read(piece, 0, piece.length, at);
        if (bytesRead === 0) throw new Error(`blob ${key} shrank while it was read`);
        const read = piece.subarray(0, bytesRead);
        hash.update(read);
        at += bytesRead;
        yield read;
      }
      blobs[key] = hash.digest("hex");
      counted.blobs += 1;
    } finally {
      await handle.close();
    }
  }
  const full: Manifest = { ...manifest, blobs };
  const json = new TextEncoder().encode(JSON.stringify(full));
  yield recordHeader("M", "manifest.json", json.length);
  yield json;
}

/**
 * Writes an encrypted backup of the channel in `dataDir` to `out` and says what it holds.
 *
 * @throws Error when the recipient is not a hybrid age recipient or the database is missing.
 */
export async function writeBackup(opts: {
  dataDir: string;
  recipient: string;
  out: string;
  now?: Date;
}): Promise<BackupSummary> {
  if (!isBackupRecipient(opts.recipient))
    throw new Error("the backup recipient must be a hybrid age1pq1 recipient");
  const createdAt = (opts.now ?? new Date()).toISOString();
  const snapshot = snapshotDatabase(join(opts.dataDir, "channel.sqlite"));
  const fingerprint = recipientFingerprint(opts.recipient);
  const manifest: Omit<Manifest, "blobs"> = {
    format: "open-channel-backup/1",
    createdAt,
    app: APP_VERSION,
    schema: snapshot.schema,
    cases: snapshot.cases,
    database: {
      bytes: snapshot.bytes.length,
      sha256: createHash("sha256").update(snapshot.bytes).digest("hex"),
    },
    auditHead: snapshot.auditHead,
    checkpoint: snapshot.checkpoint,
    recipient: fingerprint,
  };
  const counted = { blobs: 0 };
  const source = archive(opts.dataDir, snapshot, manifest, counted);
  const plaintext = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await source.next();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    async cancel() {
      await source.return(undefined);
    },
  });
  const encrypter = new Encrypter();
  encrypter.addRecipient(opts.recipient);
  const ciphertext = await encrypter.encrypt(plaintext);

  const partial = `${opts.out}.partial`;
  let bytes = 0;
  try {
    await pipeline(
      Readable.fromWeb(ciphertext as unknown as import("node:stream/web").ReadableStream<Uint8Array>),
      async function* count(chunks: AsyncIterable<Buffer>) {
        for await (const chunk of chunks) {
          bytes += chunk.length;
          yield chunk;
        }
      },
      createWriteStream(partial, { mode: 0o600, flags: "wx" }),
    );
    const handle = await open(partial, "r");
    await handle.sync();
    await handle.close();
    await rename(partial, opts.out);
  } catch (e) {
    await rm(partial, { force: true });
    throw e;
  }
  return {
    file: opts.out,
    cases: snapshot.cases,
    blobs: counted.blobs,
    bytes,
    auditHead: snapshot.auditHead,
    checkpoint: snapshot.checkpoint,
    createdAt,
    recipient: fingerprint,
  };
}
