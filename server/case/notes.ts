/**
 * Internal notes and assignment: what handlers write to each other about a case, and who is on it.
 * Notes are encrypted in a holder's browser to the case's notes key (crypto/SPEC.md "Internal notes"),
 * a key of its own that the first note's author makes and wraps to every holder of the case key. The
 * reporting person's token opens the case key only, so it never opens a note. The server checks that
 * every copy goes to a holder of the case and that a note is a well-formed ciphertext; it cannot read
 * either.
 */
import { commit } from "../../db/queries/case-store";
import { caseById, holdersOf } from "../../db/queries/cases";
import { randomId } from "../../db/queries/ids";
import {
  assigneeSet,
  holdersWithoutNotesKey,
  noteInsert,
  notesKeyInserts,
  notesOf,
  notesRecipientSet,
} from "../../db/queries/notes";
import { personsByIds } from "../../db/queries/persons";
import type { Actor, CaseContext } from "./context";
import { CaseError } from "./errors";
import { holdCase } from "./held";

/** A wrapped copy of the notes key for one person. */
export interface NotesKeyCopy {
  personId: string;
  wrapped: string;
}

const needsKey = () =>
  new CaseError("conflict", "notes_key_missing", "You hold no notes key for this case yet.");

/** The notes of a case, the actor's copy of the notes key and the holders still without one. */
export async function caseNotes(ctx: CaseContext, actor: Actor, caseId: string) {
  const { heldCase, keys } = await holdCase(ctx, actor, caseId);
  const notes = keys.notesKey ? await notesOf(ctx.database, heldCase.id) : [];
  return {
    recipient: heldCase.notesRecipient,
    myKey: keys.notesKey,
    notes: notes.map((n) => ({ id: n.id, personId: n.personId, at: n.at, ciphertext: n.ciphertext })),
    // Who lacks a copy: told to a holder of the notes key, who can wrap it, or to anyone before the
    // first note, whose author makes the key for every holder.
    missing:
      keys.notesKey || !heldCase.notesRecipient
        ? await holdersWithoutNotesKey(ctx.database, heldCase.id)
        : [],
  };
}

/** Copies go only to people who hold the case key: a note is never readable beyond the case's holders. */
async function checkCopies(ctx: CaseContext, caseId: string, copies: readonly NotesKeyCopy[]) {
  const holders = new Set(
    (await holdersOf(ctx.database, caseId)).filter((h) => h.kind === "case").map((h) => h.personId),
  );
  const ids = new Set(copies.map((k) => k.personId));
  if (ids.size !== copies.length)
    throw new CaseError("invalid", "duplicate_person", "Each person gets one copy of the notes key.");
  if (copies.some((k) => !holders.has(k.personId)))
    throw new CaseError("invalid", "not_holder", "The notes key goes only to people who hold this case.");
}

/** The first note's author makes the notes key: its recipient and a copy for each holder, theirs included. */
export async function createNotesKey(
  ctx: CaseContext,
  actor: Actor,
  caseId: string,
  input: { recipient: string; keys: NotesKeyCopy[] },
) {
  const { heldCase } = await holdCase(ctx, actor, caseId);
  if (heldCase.notesRecipient)
    throw new CaseError("conflict", "notes_key_exists", "This case already has a notes key.");
  if (!input.keys.some((k) => k.personId === actor.id))
    throw new CaseError("invalid", "own_copy_missing", "Include a copy of the notes key for yourself.");
  await checkCopies(ctx, heldCase.id, input.keys);
  const at = ctx.now.toISOString();
  await commit(
    ctx.database,
    { actor: actor.id, action: "notes.key_created", caseId: heldCase.id, at: ctx.now },
    [
      notesRecipientSet(ctx.database, heldCase.id, input.recipient),
      ...notesKeyInserts(ctx.database, heldCase.id, input.recipient, input.keys, at, actor.id),
    ],
  );
  // Two first notes at once: only one key is the case's; the other author reads it and tries again.
  if ((await caseById(ctx.database, heldCase.id))?.notesRecipient !== input.recipient)
    throw new CaseError("conflict", "notes_key_exists", "This case already has a notes key.");
  return { recipient: input.recipient };
}

/** A holder of the notes key wraps it to holders of the case who lack it (new colleagues). */
export async function shareNotesKey(
  ctx: CaseContext,
  actor: Actor,
  caseId: string,
  input: { keys: NotesKeyCopy[] },
) {
  const { heldCase, keys } = await holdCase(ctx, actor, caseId);
  if (!keys.notesKey || !heldCase.notesRecipient) throw needsKey();
  await checkCopies(ctx, heldCase.id, input.keys);
  await commit(
    ctx.database,
    {
      actor: actor.id,
      action: "notes.key_shared",
      caseId: heldCase.id,
      detail: { to: input.keys.map((k) => k.personId) },
      at: ctx.now,
    },
    notesKeyInserts(
      ctx.database,
      heldCase.id,
      heldCase.notesRecipient,
      input.keys,
      ctx.now.toISOString(),
      actor.id,
    ),
  );
  return { ok: true };
}

/** Adds a note, encrypted to the notes key in the author's browser. The audit log records only that it exists. */
export async function addNote(ctx: CaseContext, actor: Actor, caseId: string, input: { note: string }) {
  const { heldCase, keys } = await holdCase(ctx, actor, caseId);
  if (!keys.notesKey) throw needsKey();
  const id = randomId();
  const at = ctx.now.toISOString();
  await commit(
    ctx.database,
    { actor: actor.id, action: "notes.added", caseId: heldCase.id, detail: { note: id }, at: ctx.now },
    [noteInsert(ctx.database, { id, caseId: heldCase.id, personId: actor.id, at, ciphertext: input.note })],
  );
  return { id, personId: actor.id, at };
}

/** Who is on the case: a holder of the case key, or nobody. */
export async function assignCase(
  ctx: CaseContext,
  actor: Actor,
  caseId: string,
  input: { personId: string | null },
) {
  const { heldCase } = await holdCase(ctx, actor, caseId);
  if (input.personId !== null) {
    const holds = (await holdersOf(ctx.database, heldCase.id)).some(
      (h) => h.kind === "case" && h.personId === input.personId,
    );
    const active = holds && (await personsByIds(ctx.database, [input.personId])).length === 1;
    if (!active)
      throw new CaseError("invalid", "not_holder", "Only someone who holds this case can be put on it.");
  }
  await commit(
    ctx.database,
    {
      actor: actor.id,
      action: "case.assigned",
      caseId: heldCase.id,
      detail: { to: input.personId },
      at: ctx.now,
    },
    [assigneeSet(ctx.database, heldCase.id, input.personId)],
  );
  return { assigneeId: input.personId };
}
