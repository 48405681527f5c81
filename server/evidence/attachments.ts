/**
 * Attachments as streamed uploads (crypto/SPEC.md "Streamed attachments"). The reporting person's
 * browser encrypts each file to the case key and sends the age file in chunks of `UPLOAD_CHUNK`
 * bytes, in order. The server never holds more than one chunk: it checks the age header in the
 * first chunk against the declared size (so a plaintext or unpadded file is refused at once), then
 * each chunk's index and exact size, and hands each chunk to the blob store as one part. Any
 * violation discards the whole upload, so nothing half-checked stays in the blob store.
 */
import {
  CryptoError,
  checkEnvelope,
  type EnvelopePolicy,
  HYBRID_STANZA,
  streamedSizeBound,
} from "../../crypto/index";
import type { Database } from "../../db/index";
import {
  type AttachmentRow,
  attachmentById,
  attachmentBytesOf,
  attachmentsOf,
  deleteAttachmentRow,
  markStored,
  recordPart,
  staleUploads,
} from "../../db/queries/attachments";
import { randomId } from "../../db/queries/ids";
import { attachments } from "../../db/schema";
import type { AttachmentLimits, BlobStore } from "../deps";
import { AppError, badRequest, conflict, notFound } from "../errors";

/** Bytes per uploaded chunk: R2's parts must be at least 5 MiB, and one chunk is all a request holds. */
export const UPLOAD_CHUNK = 8 << 20;

/** Defaults of the configurable limits (bytes of the file before encryption). */
export const DEFAULT_LIMITS: AttachmentLimits = { maxFileBytes: 2 * 1024 ** 3, maxCaseBytes: 10 * 1024 ** 3 };

/** The encrypted name, type and size of a file: small content of the case. */
export const ATTACHMENT_META: EnvelopePolicy = {
  types: [HYBRID_STANZA],
  minStanzas: 1,
  maxStanzas: 1,
  maxBytes: 16 << 10,
};

const gib = (n: number) => `${Math.round((n / 1024 ** 3) * 10) / 10} GB`;

/**
 * Per case the server counts encrypted bytes: the bound of one streamed file of the whole allowance,
 * or past what one file can hold (4 GiB), the allowance plus room for padding (Padmé adds at most ~12%).
 */
function caseBound(maxCaseBytes: number): number {
  return maxCaseBytes <= 0xffff_0000
    ? streamedSizeBound(maxCaseBytes)
    : Math.floor(maxCaseBytes * 1.13) + (64 << 10);
}

export function blobKey(row: Pick<AttachmentRow, "caseId" | "id">): string {
  return `attachments/${row.caseId}/${row.id}`;
}

function needBlobs(blobs: BlobStore | undefined): BlobStore {
  if (!blobs) throw new AppError(503, "no_blob_store", "This server has no storage for attachments.");
  return blobs;
}

/** Drops an upload or a stored file: the blob (and any parts) first, then its row. */
export async function discardAttachment(
  database: Database,
  blobs: BlobStore,
  row: AttachmentRow,
): Promise<void> {
  const key = blobKey(row);
  if (row.state === "uploading") await blobs.abortUpload(key, row.uploadId);
  await blobs.delete(key);
  await deleteAttachmentRow(database, row.id);
}

/**
 * Starts an upload of `size` bytes of age file to a case, within the per-file and per-case limits.
 *
 * @throws AppError 413 `file_too_large` / `case_attachments_full`.
 */
export async function beginAttachment(
  database: Database,
  blobs: BlobStore | undefined,
  limits: AttachmentLimits,
  input: {
    caseId: string;
    author: "reporter" | "handler";
    personId: string | null;
    meta: string;
    size: number;
    on: string;
    /** A voice recording: the reporting person's answer on keeping it (Art. 18(2)); absent otherwise. */
    keepRecording?: boolean | null;
  },
): Promise<AttachmentRow> {
  const store = needBlobs(blobs);
  if (input.size > streamedSizeBound(limits.maxFileBytes)) {
    throw new AppError(413, "file_too_large", `A file may be at most ${gib(limits.maxFileBytes)}.`);
  }
  const used = await attachmentBytesOf(database, input.caseId);
  if (used + input.size > caseBound(limits.maxCaseBytes)) {
    throw new AppError(
      413,
      "case_attachments_full",
      `The files of one report may add up to at most ${gib(limits.maxCaseBytes)}; this file does not fit.`,
    );
  }
  const id = randomId();
  const key = blobKey({ caseId: input.caseId, id });
  const uploadId = await store.beginUpload(key);
  const row: AttachmentRow = {
    id,
    caseId: input.caseId,
    author: input.author,
    personId: input.personId,
    meta: input.meta,
    size: input.size,
    received: 0,
    state: "uploading",
    uploadId,
    parts: "[]",
    on: input.on,
    keepRecording: input.keepRecording ?? null,
  };
  try {
    await database.db.insert(attachments).values(row);
  } catch (e) {
    await store.abortUpload(key, uploadId);
    throw e;
  }
  return row;
}

/** How many chunks of one upload may be on the wire at once (the client's pipeline, client/src/evidence/upload.ts). */
export const UPLOAD_WINDOW = 2;

/** How long a chunk that came early waits for the one before it to be stored. */
const PREDECESSOR_WAIT_MS = 60_000;

/**
 * The upload's row once every byte before `offset` is stored, polled (a Worker isolate sees other
 * requests only through the database); undefined if that takes too long or the upload ended.
 */
async function predecessorStored(
  database: Database,
  row: AttachmentRow,
  offset: number,
): Promise<AttachmentRow | undefined> {
  for (let waited = 0; waited < PREDECESSOR_WAIT_MS; waited += 20) {
    await new Promise((r) => setTimeout(r, 20));
    const now = await attachmentById(database, row.caseId, row.id);
    if (now?.state !== "uploading" || now.received > offset) return undefined;
    if (now.received === offset) return now;
  }
  return undefined;
}

/**
 * Chunk buffers kept for the next chunk. A fresh 8 MiB buffer per chunk is freed only when V8 next
 * collects, and V8 lets such outside-the-heap memory grow by tens of MB before it does: a long upload's
 * RSS climbed with it. A few reused buffers keep it flat.
 */
const spareBuffers: Uint8Array[] = [];

function chunkBuffer(): Uint8Array {
  return spareBuffers.pop() ?? new Uint8Array(UPLOAD_CHUNK);
}

function returnBuffer(bytes: Uint8Array): void {
  if (bytes.buffer.byteLength === UPLOAD_CHUNK && spareBuffers.length < 2 * UPLOAD_WINDOW)
    spareBuffers.push(new Uint8Array(bytes.buffer as ArrayBuffer));
}

/**
 * Reads exactly `expected` bytes of a request body, never more than `expected + 1`, into a chunk
 * buffer the caller hands back with `returnBuffer`.
 */
async function readChunk(
  body: ReadableStream<Uint8Array> | null,
  expected: number,
): Promise<Uint8Array | number> {
  if (!body) return 0;
  const buffer = chunkBuffer();
  const out = buffer.subarray(0, expected);
  let got = 0;
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (got + value.length > expected) {
        await reader.cancel();
        returnBuffer(buffer);
        return got + value.length;
      }
      out.set(value, got);
      got += value.length;
    }
  } catch (e) {
    returnBuffer(buffer);
    throw e;
  }
  if (got === expected) return out;
  returnBuffer(buffer);
  return got;
}

/**
 * Stores chunk `index` of an upload. Chunks come in order, each exactly `UPLOAD_CHUNK` bytes but the
 * last; chunk 0 must start with a well-formed age header for one hybrid recipient whose payload fits
 * the declared size as a padded STREAM. A chunk sent again after it was stored is refused without
 * harm (the client asks for the status and goes on); every other violation discards the upload.
 */
export async function putChunk(
  database: Database,
  blobs: BlobStore | undefined,
  row: AttachmentRow,
  index: number,
  body: ReadableStream<Uint8Array> | null,
): Promise<AttachmentRow> {
  const store = needBlobs(blobs);
  if (row.state !== "uploading") throw conflict("already_complete", "This file is already complete.");
  const next = row.received / UPLOAD_CHUNK;
  if (index < next) {
    await body?.cancel();
    throw conflict("chunk_already_received", `Chunk ${index} is already stored; go on with chunk ${next}.`);
  }
  const discard = async (error: AppError): Promise<never> => {
    await body?.cancel().catch(() => undefined);
    await discardAttachment(database, store, row);
    throw error;
  };
  // A chunk may arrive while the one before it is still being stored (the client keeps two on the
  // wire): it is read meanwhile and stored only after its predecessor, so the file is still written
  // in order. Anything further ahead, or any chunk before the first (whose header is checked), is
  // out of order and ends the upload.
  if (index > next && (next === 0 || index >= next + UPLOAD_WINDOW)) {
    return discard(
      conflict("out_of_order", `Chunk ${index} came before chunk ${next}. The upload was discarded.`),
    );
  }
  const offset = index * UPLOAD_CHUNK;
  const expected = Math.min(UPLOAD_CHUNK, row.size - offset);
  if (expected <= 0)
    return discard(conflict("out_of_order", `There is no chunk ${index}. The upload was discarded.`));
  const [bytes, current] = await Promise.all([
    readChunk(body, expected),
    index > next ? predecessorStored(database, row, offset) : Promise.resolve(row),
  ]);
  try {
    return await storeChunk(database, store, current, index, next, expected, bytes, discard);
  } finally {
    if (typeof bytes !== "number") returnBuffer(bytes);
  }
}

/** The rest of `putChunk`, once the chunk is read and its predecessor stored. */
async function storeChunk(
  database: Database,
  store: BlobStore,
  current: AttachmentRow | undefined,
  index: number,
  next: number,
  expected: number,
  bytes: Uint8Array | number,
  discard: (error: AppError) => Promise<never>,
): Promise<AttachmentRow> {
  if (!current) {
    throw new AppError(503, "chunk_early", `Chunk ${index} came long before chunk ${next}; send it again.`);
  }
  const row = current;
  if (typeof bytes === "number") {
    return discard(
      badRequest(
        "bad_chunk_size",
        `Chunk ${index} must be ${expected} bytes; it was ${bytes}. The upload was discarded.`,
      ),
    );
  }
  if (index === 0) {
    try {
      checkEnvelope(bytes, { types: [HYBRID_STANZA], minStanzas: 1, maxStanzas: 1 }, row.size);
    } catch (e) {
      if (!(e instanceof CryptoError)) throw e;
      return discard(
        badRequest(
          "bad_ciphertext",
          `The file is not a well-formed ciphertext: ${e.message}. The upload was discarded.`,
        ),
      );
    }
  }
  const key = blobKey(row);
  const tag = await store.putPart(key, row.uploadId, { index, offset: row.received, bytes });
  const parts = [...(JSON.parse(row.parts) as string[]), tag];
  const received = row.received + bytes.length;
  if (!(await recordPart(database, row, received, parts))) {
    throw conflict(
      "upload_changed",
      "This upload changed meanwhile; ask for its status and go on from there.",
    );
  }
  return { ...row, received, parts: JSON.stringify(parts) };
}

/**
 * Finishes an upload once every byte arrived; an upload that ended early is discarded.
 *
 * @throws AppError 400 `incomplete`.
 */
export async function completeAttachment(
  database: Database,
  blobs: BlobStore | undefined,
  row: AttachmentRow,
): Promise<AttachmentRow> {
  const store = needBlobs(blobs);
  if (row.state === "stored") return row;
  if (row.received !== row.size) {
    await discardAttachment(database, store, row);
    throw badRequest(
      "incomplete",
      `The file ended early: ${row.received} of ${row.size} bytes arrived. The upload was discarded.`,
    );
  }
  await store.completeUpload(blobKey(row), row.uploadId, JSON.parse(row.parts) as string[]);
  await markStored(database, row.id);
  return { ...row, state: "stored", parts: "[]" };
}

/** Deletes every attachment of a case from the blob store and the database (retention, shredding). */
export async function shredAttachments(
  database: Database,
  blobs: BlobStore | undefined,
  caseId: string,
): Promise<number> {
  const rows = await attachmentsOf(database, caseId);
  if (rows.length && !blobs) throw new Error("attachments without a blob store");
  for (const row of rows) if (blobs) await discardAttachment(database, blobs, row);
  return rows.length;
}

/** Drops uploads that started before `day` and never completed (an abandoned tab, a lost network). */
export async function discardStaleUploads(
  database: Database,
  blobs: BlobStore | undefined,
  day: string,
): Promise<number> {
  if (!blobs) return 0;
  const rows = await staleUploads(database, day);
  for (const row of rows) await discardAttachment(database, blobs, row);
  return rows.length;
}

export function ensureFound<T>(row: T | undefined): T {
  if (!row) throw notFound("No such file.");
  return row;
}
