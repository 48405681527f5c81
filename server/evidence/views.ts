/** What either side sees of an attachment, and the streamed download of its age file. */
import type { Context } from "hono";
import type { AttachmentRow } from "../../db/queries/attachments";
import type { Env } from "../context";
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

/** Streams a stored attachment's age file as it is: the browser decrypts it. */
export async function download(c: Context<Env>, row: AttachmentRow): Promise<Response> {
  const blobs = c.var.deps.blobs;
  if (row.state !== "stored" || !blobs) throw notFound("No such file.");
  const object = await blobs.stream(blobKey(row));
  if (!object) throw notFound("No such file.");
  c.header("content-type", "application/octet-stream");
  c.header("content-length", String(object.size));
  c.header("content-disposition", "attachment");
  return c.body(object.body);
}
