/**
 * Art. 17 minimisation: a handler removes a part of a case that is not relevant (Directive Art. 17,
 * GDPR Art. 5(1)(c)), or that proved untrue or outside the law's scope (Ley 2/2023 art. 32): a whole
 * thread entry or an attachment. The handler's browser signs a `minimisation` entry naming what goes
 * (crypto/SPEC.md "Minimisation (Art. 17)"); this verb stores it and, in the same batch, empties the
 * entry's row or deletes the attachment's, and the audit log records what was removed and the reason
 * category, never content.
 */
import { MINIMISATION_KIND, type MinimisationReason } from "../../crypto/index";
import { attachmentById } from "../../db/queries/attachments";
import { commit, entryInsert } from "../../db/queries/case-store";
import { entriesOf } from "../../db/queries/cases";
import { randomId } from "../../db/queries/ids";
import { attachmentDelete, entryTombstone, MINIMISED_KIND, threadEnd } from "../../db/queries/minimisation";
import { blobKey } from "../evidence/attachments";
import type { Actor, CaseContext } from "./context";
import { CaseError, orThreadMoved } from "./errors";
import { holdCase } from "./held";
import { caseSummary } from "./view";

/** What a handler asks to remove, why, and the signed statement (at the place `seq`) that says so. */
export type Minimisation = (
  | { entry: number; attachment?: undefined }
  | { attachment: string; entry?: undefined }
) & { reason: MinimisationReason; message: string; seq: number };

const refuse = (code: string, message: string) => new CaseError("conflict", code, message);

/** The entry at thread place `place`, if it may be removed. */
async function removableEntry(ctx: CaseContext, caseId: string, place: number) {
  const target = (await entriesOf(ctx.database, caseId)).find((e) => e.threadSeq === place);
  if (!target) throw new CaseError("not-found", "no_such_entry", "No entry at that place in the thread.");
  // The report is the record of what was reported (Art. 18) and names the key the inbox pins the
  // roster to: it is never removed piecemeal. A case that is wholly out of scope is closed and deleted.
  if (place === 1 || target.kind === "report")
    throw refuse("report_kept", "The report itself cannot be removed; close the case if it is out of scope.");
  if (target.kind === MINIMISED_KIND) throw refuse("already_minimised", "That entry was already removed.");
  if (target.kind === MINIMISATION_KIND)
    throw refuse("minimisation_kept", "A record of a removal cannot itself be removed.");
  return target;
}

/**
 * Removes an entry or an attachment of a case the handler holds. Refused while a legal hold stands
 * (409 `legal_hold`): the hold keeps the case as it is. An attachment's blob, whose age header holds
 * the only wrapped copy of its file key, is deleted before the rows change; if the batch then fails
 * (someone wrote meanwhile), the row stays without a blob and the handler simply removes it again.
 */
export async function minimise(ctx: CaseContext, actor: Actor, caseId: string, input: Minimisation) {
  const { heldCase } = await holdCase(ctx, actor, caseId);
  if (!actor.roles.includes("handler"))
    throw new CaseError("forbidden", "handlers_only", "Only a case handler can remove parts of a case.");
  if (heldCase.legalHold)
    throw refuse(
      "legal_hold",
      "A legal hold keeps this case as it is. Lift the hold before removing anything.",
    );
  const removal =
    input.entry !== undefined
      ? { entry: (await removableEntry(ctx, heldCase.id, input.entry)).id, place: input.entry }
      : null;
  const attachment =
    input.attachment !== undefined ? await attachmentById(ctx.database, heldCase.id, input.attachment) : null;
  if (input.attachment !== undefined && !attachment)
    throw new CaseError("not-found", "no_such_attachment", "No such file.");
  // The statement must take the next place; checked before a blob is deleted, and again by the insert.
  if ((await threadEnd(ctx.database, heldCase.id)) + 1 !== input.seq)
    throw refuse("thread_moved", "Someone wrote in this case in the meantime. Reload it and send again.");
  if (attachment) {
    const { blobs } = ctx;
    if (!blobs) throw refuse("no_blob_store", "This server has no storage for attachments.");
    if (attachment.state === "uploading") await blobs.abortUpload(blobKey(attachment), attachment.uploadId);
    await blobs.delete(blobKey(attachment));
  }
  const statement = entryInsert(ctx.database, {
    id: randomId(),
    caseId: heldCase.id,
    kind: MINIMISATION_KIND,
    author: "handler",
    personId: actor.id,
    on: ctx.today,
    at: ctx.now.toISOString(),
    ciphertext: input.message,
    threadSeq: input.seq,
  });
  const writes = [
    statement,
    removal
      ? entryTombstone(ctx.database, heldCase.id, removal.entry)
      : attachmentDelete(ctx.database, heldCase.id, input.attachment as string),
  ];
  const detail = removal
    ? { entry: removal.place, reason: input.reason, seq: input.seq }
    : { attachment: input.attachment, reason: input.reason, seq: input.seq };
  await orThreadMoved(
    commit(
      ctx.database,
      { actor: actor.id, action: "case.minimised", caseId: heldCase.id, detail, at: ctx.now },
      writes,
    ),
  );
  // Nothing of the removed ciphertext may linger in the write-ahead log (SQLite runs with secure_delete).
  await ctx.database.checkpoint?.();
  return caseSummary(heldCase, ctx.settings, ctx.today);
}
