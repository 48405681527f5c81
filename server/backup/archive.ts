/**
 * The plaintext layout inside a backup's age file (it never exists outside the age stream):
 *
 *   "OCBACKUP1\n"
 *   record*: kind (1 byte: "D" database, "B" blob, "M" manifest), name length (u16 BE), name (UTF-8),
 *            payload length (u64 BE), payload
 *
 * The manifest is the last record and nothing may follow it; a stream that ends before it is
 * truncated. The age STREAM already authenticates every chunk and the end of the file, so the
 * manifest's hashes check the copy, not the transport. Portable: no Node APIs.
 */

export const MAGIC = new TextEncoder().encode("OCBACKUP1\n");
export type RecordKind = "D" | "B" | "M";

/** What the backup holds, written last and checked on restore. */
export interface Manifest {
  format: "open-channel-backup/1";
  createdAt: string;
  app: string;
  /** Applied migrations (count) and the newest one's tag. */
  schema: { migrations: number; latest: string | null };
  cases: number;
  /** SHA-256 hex of the database file in the backup. */
  database: { bytes: number; sha256: string };
  /** Blob key to SHA-256 hex. */
  blobs: Record<string, string>;
  /** The newest audit entry the database holds (the chain's head). */
  auditHead: { seq: number; hash: string };
  /** The newest signed audit checkpoint in the database, when the schema has them. */
  checkpoint: Record<string, unknown> | null;
  /** Fingerprint of the recipient the backup was encrypted to. */
  recipient: string;
}

/** Why a restore refuses a backup: each code has one plain message in the CLI. */
export class BackupError extends Error {
  constructor(
    readonly code: "damaged" | "truncated" | "format" | "mismatch" | "integrity" | "audit" | "identity",
    message: string,
  ) {
    super(message);
    this.name = "BackupError";
  }
}

/** The header of one record; the payload follows it as is. */
export function recordHeader(kind: RecordKind, name: string, length: number): Uint8Array {
  const nameBytes = new TextEncoder().encode(name);
  if (nameBytes.length > 0xffff) throw new Error("record name too long");
  const out = new Uint8Array(1 + 2 + nameBytes.length + 8);
  const view = new DataView(out.buffer);
  out[0] = kind.charCodeAt(0);
  view.setUint16(1, nameBytes.length);
  out.set(nameBytes, 3);
  view.setBigUint64(3 + nameBytes.length, BigInt(length));
  return out;
}

/** Reads exact byte counts from a stream of chunks of any size. */
export class ChunkReader {
  private buffer = new Uint8Array(0);
  private done = false;

  constructor(private readonly source: AsyncIterator<Uint8Array>) {}

  private async fill(n: number): Promise<boolean> {
    while (this.buffer.length < n && !this.done) {
      const next = await this.source.next();
      if (next.done) {
        this.done = true;
        break;
      }
      const joined = new Uint8Array(this.buffer.length + next.value.length);
      joined.set(this.buffer);
      joined.set(next.value, this.buffer.length);
      this.buffer = joined;
    }
    return this.buffer.length >= n;
  }

  /** Exactly `n` bytes; throws "truncated" when the stream ends first. */
  async read(n: number): Promise<Uint8Array> {
    if (!(await this.fill(n))) throw new BackupError("truncated", "the backup ends too early");
    const out = this.buffer.subarray(0, n);
    this.buffer = this.buffer.subarray(n);
    return out;
  }

  /** Passes `n` bytes to `sink` in pieces, never holding more than one chunk of them. */
  async pipe(n: number, sink: (piece: Uint8Array) => Promise<void> | void): Promise<void> {
    let left = n;
    while (left > 0) {
      if (this.buffer.length === 0 && !(await this.fill(1))) {
        throw new BackupError("truncated", "the backup ends too early");
      }
      const piece = this.buffer.subarray(0, Math.min(left, this.buffer.length));
      this.buffer = this.buffer.subarray(piece.length);
      left -= piece.length;
      await sink(piece);
    }
  }

  /** True when nothing follows. */
  async atEnd(): Promise<boolean> {
    return !(await this.fill(1));
  }

  /** The next record's header, or throws when the stream ends. */
  async header(): Promise<{ kind: RecordKind; name: string; length: number }> {
    const first = await this.read(3);
    const kind = String.fromCharCode(first[0] ?? 0);
    if (kind !== "D" && kind !== "B" && kind !== "M") throw new BackupError("format", "unknown record");
    const nameLength = new DataView(first.buffer, first.byteOffset, 3).getUint16(1);
    const name = new TextDecoder("utf-8", { fatal: true }).decode(await this.read(nameLength));
    const lengthBytes = await this.read(8);
    const length = new DataView(lengthBytes.buffer, lengthBytes.byteOffset, 8).getBigUint64(0);
    if (length > BigInt(Number.MAX_SAFE_INTEGER)) throw new BackupError("format", "record too long");
    return { kind, name, length: Number(length) };
  }
}
