/**
 * The reporting person's attachments (server/routes/attachments.ts): the case is found by the inbox login
 * key, then an upload is started, fed chunk by chunk, finished, discarded or read back
 * (server/evidence/attachments.ts). The key is only hashed, never stored or logged.
 */
import type { Database } from "../../db/index";
import { type AttachmentRow, attachmentById } from "../../db/queries/attachments";
import { type CaseRow, caseByLoginKeyHash } from "../../db/queries/cases";
import { loginKeyHash } from "../../db/queries/ids";
import type { AppDeps } from "../deps";
import { badRequest, notFound } from "../errors";
import { ciphertext } from "../validate";
import {
  ATTACHMENT_META,
  beginAttachment,
  completeAttachment,
  DEFAULT_LIMITS,
  discardAttachment,
  ensureFound,
  putChunk,
  UPLOAD_CHUNK,
} from "./attachments";
import { attachmentView, type StoredFile, storedFile } from "./views";

/** What attachments use of the app: the database, the blob store (none: uploads are off) and the limits. */
export type EvidenceStore = Pick<AppDeps, "database" | "blobs" | "attachmentLimits">;

const noCase = () => notFound("No case matches this token. Check it and try again.");

/**
 * The reporting person's case by the inbox login key (base64, from the `X-OC-Login` header): 404 for
 * anything else, before any body is read, so an unknown token is a 404 whatever it sent.
 */
export async function reporterCase(database: Database, loginKey: string | undefined): Promise<CaseRow> {
  const key = loginKey ?? "";
  if (!/^[A-Za-z0-9+/]{43}=$/.test(key)) throw noCase();
  const found = await caseByLoginKeyHash(database, loginKeyHash(key));
  if (!found) throw noCase();
  return found;
}

/** The limits a browser checks a file against, the chunk size, and whether this server takes files. */
export function uploadLimits(store: Pick<EvidenceStore, "blobs" | "attachmentLimits">) {
  const limits = store.attachmentLimits ?? DEFAULT_LIMITS;
  return { ...limits, chunkSize: UPLOAD_CHUNK, enabled: Boolean(store.blobs) };
}

/**
 * Starts the upload of an age file to the reporting person's case; `meta` (its encrypted name, type and
 * size) must be a ciphertext. 413 past the per-file or per-case limit.
 */
export async function startUpload(
  store: EvidenceStore,
  heldCase: CaseRow,
  today: string,
  input: { meta: string; size: number; keepRecording: boolean | null },
) {
  ciphertext(input.meta, ATTACHMENT_META, "meta");
  const row = await beginAttachment(store.database, store.blobs, store.attachmentLimits ?? DEFAULT_LIMITS, {
    caseId: heldCase.id,
    author: "reporter",
    personId: null,
    meta: input.meta,
    size: input.size,
    on: today,
    keepRecording: input.keepRecording,
  });
  return { id: row.id, size: row.size, received: 0, chunkSize: UPLOAD_CHUNK };
}

/** One attachment of the case; 404 `No such file.` otherwise. */
async function attachmentOf(
  database: Database,
  heldCase: CaseRow,
  attachmentId: string,
): Promise<AttachmentRow> {
  return ensureFound(await attachmentById(database, heldCase.id, attachmentId));
}

/** How far an upload got: the client asks after a lost chunk and goes on from `received`. */
export async function uploadStatus(database: Database, heldCase: CaseRow, attachmentId: string) {
  const row = await attachmentOf(database, heldCase, attachmentId);
  return { id: row.id, size: row.size, received: row.received, state: row.state, chunkSize: UPLOAD_CHUNK };
}

/**
 * Stores one chunk of an upload, read from `body` as it streams (`putChunk`): the chunk number and the
 * content type are checked before a byte of it is read.
 */
export async function receiveChunk(
  store: EvidenceStore,
  heldCase: CaseRow,
  attachmentId: string,
  chunk: {
    index: string | undefined;
    contentType: string | undefined;
    body: ReadableStream<Uint8Array> | null;
  },
) {
  const raw = chunk.index ?? "";
  if (!/^(0|[1-9][0-9]{0,5})$/.test(raw)) throw badRequest("invalid", "The chunk number is invalid.");
  if ((chunk.contentType ?? "").toLowerCase() !== "application/octet-stream") {
    throw badRequest("bad_content_type", "Send a chunk as application/octet-stream.");
  }
  const row = await attachmentOf(store.database, heldCase, attachmentId);
  const after = await putChunk(store.database, store.blobs, row, Number(raw), chunk.body);
  return { received: after.received, size: after.size };
}

/** Finishes an upload once every byte arrived (`completeAttachment`); the file as both sides see it. */
export async function finishUpload(store: EvidenceStore, heldCase: CaseRow, attachmentId: string) {
  const row = await attachmentOf(store.database, heldCase, attachmentId);
  return attachmentView(await completeAttachment(store.database, store.blobs, row));
}

/** Discards an upload or a stored file; without a blob store there is nothing to discard. */
export async function discardUpload(store: EvidenceStore, heldCase: CaseRow, attachmentId: string) {
  const row = await attachmentOf(store.database, heldCase, attachmentId);
  if (store.blobs) await discardAttachment(store.database, store.blobs, row);
}

/** The case's stored age file, opened for streaming. */
export async function reporterFile(
  store: EvidenceStore,
  heldCase: CaseRow,
  attachmentId: string,
): Promise<StoredFile> {
  return storedFile(store.blobs, await attachmentOf(store.database, heldCase, attachmentId));
}
