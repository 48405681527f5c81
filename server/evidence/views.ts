/** What either side sees of an attachment, and the streamed download of its age file. */
import type { Context } from "hono";
import type { Database } from "../../db/index";
import { type AttachmentRow, attachmentsOf } from "../../db/queries/attachments";
import type { BlobStore } from "../deps";
import { notFound } from "../errors";
import { blobKey } from "./attachments";

/** The encrypted name, type and size (`meta`), the age file's size and the day; never more. */
export function attachmentView(row: AttachmentRow) {
  return {
    id: row.id,
    author: row.author,
    on: row.on,
    size: row.size,
    meta: row.meta,
    state: row.state,
    keepRecording: row.keepRecording,
  };
}

/** A case's complete attachments; uploads still under way are left out. */
export async function storedAttachments(database: Database, caseId: string) {
  const rows = await attachmentsOf(database, caseId);
  return { attachments: rows.filter((r) => r.state === "stored").map(attachmentView) };
}

/** An age file as the blob store streams it, with its size. */
export interface StoredFile {
  body: ReadableStream<Uint8Array>;
  size: number;
}

/** Opens a complete attachment's age file for streaming; 404 for an upload or a missing blob. */
export async function storedFile(blobs: BlobStore | undefined, row: AttachmentRow): Promise<StoredFile> {
  if (row.state !== "stored" || !blobs) throw notFound("No such file.");
  const file = await blobs.stream(blobKey(row));
  if (!file) throw notFound("No such file.");
  return file;
}

/** Streams an age file as it is, never buffered: the browser decrypts it. */
export function download(c: Context, file: StoredFile): Response {
  c.header("content-type", "application/octet-stream");
  c.header("content-length", String(file.size));
  c.header("content-disposition", "attachment");
  return c.body(file.body);
}
