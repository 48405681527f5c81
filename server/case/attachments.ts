/**
 * The handlers' side of attachments (server/routes/attachments.ts): the list and the age file, for
 * people who hold the case key (404 otherwise, as for the case itself). A download is audited; what the
 * file holds never is, nor could be: it stays encrypted to the case.
 */
import { attachmentById } from "../../db/queries/attachments";
import { withAudit } from "../../db/queries/audit";
import { ensureFound } from "../evidence/attachments";
import { type StoredFile, storedAttachments, storedFile } from "../evidence/views";
import type { Actor, CaseContext } from "./context";
import { holdCase } from "./held";

/** A case's stored attachments: encrypted name, type and size. */
export async function caseAttachments(ctx: CaseContext, actor: Actor, caseId: string) {
  const { heldCase } = await holdCase(ctx, actor, caseId);
  return storedAttachments(ctx.database, heldCase.id);
}

/** Opens an attachment's age file for streaming, once the download is in the audit log. */
export async function openAttachment(
  ctx: CaseContext,
  actor: Actor,
  caseId: string,
  attachmentId: string,
): Promise<StoredFile> {
  const { heldCase } = await holdCase(ctx, actor, caseId);
  const row = ensureFound(await attachmentById(ctx.database, heldCase.id, attachmentId));
  const file = await storedFile(ctx.blobs, row);
  await withAudit(
    ctx.database,
    { actor: actor.id, action: "attachment.downloaded", caseId: heldCase.id, detail: { attachment: row.id } },
    ctx.now,
    () => [],
  );
  return file;
}
