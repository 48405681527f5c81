/**
 * Meetings and the records of oral reports (Art. 9(2), Art. 18(2)-(4)). The reporting person asks for a
 * meeting from the inbox; a handler proposes a time and place (encrypted); a handler writes minutes or a
 * transcript, each version an entry of the thread; the reporting person proposes corrections and agrees
 * to one version by an entry of their own. The server keeps the count of versions and which one was
 * agreed; every word is in the entries, encrypted to the case.
 */

import { attachmentById } from "../../db/queries/attachments";
import { type CaseChange, caseUpdate, commit, entryInsert } from "../../db/queries/case-store";
import { type CaseRow, caseByLoginKeyHash } from "../../db/queries/cases";
import { loginKeyHash, randomId } from "../../db/queries/ids";
import {
  type RecordRow,
  recordAgreement,
  recordById,
  recordExists,
  recordInsert,
  recordNextVersion,
  recordsOf,
} from "../../db/queries/records";
import { meetingPending } from "../cases/deadlines";
import { recordingFate } from "../directive/recordings";
import { discardAttachment } from "../evidence/attachments";
import type { Actor, CaseContext } from "./context";
import { dueOf } from "./due";
import { CaseError, orThreadMoved } from "./errors";
import { holdCase } from "./held";

/** Minutes of a meeting, or the transcript of a recorded voice report. */
export type RecordType = "minutes" | "transcript";

/** A record as both sides see it: versions so far, and the agreed one. */
export function recordView(r: RecordRow) {
  return {
    id: r.id,
    type: r.type as RecordType,
    transcribes: r.transcribes,
    version: r.version,
    agreedVersion: r.agreedVersion,
    agreedOn: r.agreedOn,
    on: r.on,
  };
}

/** Every record of a case, oldest first. */
export async function recordsOfCase(ctx: CaseContext, caseId: string) {
  return (await recordsOf(ctx.database, caseId)).map(recordView);
}

const noCase = () =>
  new CaseError("not-found", "not_found", "No case matches this token. Check it and try again.");
const noRecord = () => new CaseError("not-found", "not_found", "No such record.");
const agreed = () =>
  new CaseError("conflict", "record_agreed", "This record is agreed; it can no longer change.");
const staleVersion = () =>
  new CaseError("conflict", "record_changed", "A newer version of this record exists. Reload and read it.");

/**
 * An entry of the signed thread (crypto/SPEC.md "Signed thread entry"), at the place `seq` its writer's
 * browser signed it for (else the next): a meeting or record entry is signed like any message.
 */
function entry(
  caseId: string,
  kind: string,
  sealed: { ciphertext: string; seq?: number | null },
  on: string,
  by: Actor | null,
  now: Date,
) {
  return {
    id: randomId(),
    caseId,
    kind,
    author: by ? ("handler" as const) : ("reporter" as const),
    personId: by?.id ?? null,
    on,
    // Reporting-person entries carry the day only: a time of day would date them.
    at: by ? now.toISOString() : null,
    ciphertext: sealed.ciphertext,
    threadSeq: sealed.seq ?? ("next" as const),
  };
}

const sealedOf = (input: { text: string; seq?: number | null }) => ({
  ciphertext: input.text,
  seq: input.seq,
});
const messageOf = (input: { message: string; seq?: number | null }) => ({
  ciphertext: input.message,
  seq: input.seq,
});

function openForWriting(heldCase: CaseRow): void {
  if (heldCase.status === "closed")
    throw new CaseError("conflict", "case_closed", "The case is closed; reopen it first.");
}

/** The case's change with its next due day, when a meeting date moves it. */
function withDue(ctx: CaseContext, heldCase: CaseRow, change: CaseChange) {
  const changed = { ...heldCase, ...change };
  return caseUpdate(ctx.database, heldCase.id, { ...change, ...dueOf(changed, ctx.settings) });
}

/** Art. 18(2)-(4): a handler writes the first version of minutes or a transcript. */
export async function proposeRecord(
  ctx: CaseContext,
  actor: Actor,
  caseId: string,
  input: { id: string; type: RecordType; transcribes?: string | null; text: string; seq?: number | null },
) {
  const { heldCase } = await holdCase(ctx, actor, caseId);
  openForWriting(heldCase);
  const transcribes = input.transcribes ?? null;
  if (transcribes && !(await attachmentById(ctx.database, heldCase.id, transcribes)))
    throw new CaseError("invalid", "no_recording", "The recording to transcribe is not in this case.");
  // The id comes from the handler's browser, which seals it into the text: each version names its record.
  const row: RecordRow = {
    id: input.id,
    caseId: heldCase.id,
    type: input.type,
    transcribes,
    version: 1,
    agreedVersion: null,
    agreedOn: null,
    on: ctx.today,
  };
  const written = entry(heldCase.id, "record", sealedOf(input), ctx.today, actor, ctx.now);
  if (await recordExists(ctx.database, row.id))
    throw new CaseError("conflict", "record_exists", "A record with this id exists.");
  await orThreadMoved(
    commit(
      ctx.database,
      {
        actor: actor.id,
        action: "case.record_proposed",
        caseId: heldCase.id,
        detail: { record: row.id },
        at: ctx.now,
      },
      [recordInsert(ctx.database, row), entryInsert(ctx.database, written)],
    ),
  );
  return { record: recordView(row), entryId: written.id };
}

/** A corrected version, after the reporting person's corrections; refused once a version is agreed. */
export async function reviseRecord(
  ctx: CaseContext,
  actor: Actor,
  caseId: string,
  recordId: string,
  input: { version: number; text: string; seq?: number | null },
) {
  const { heldCase } = await holdCase(ctx, actor, caseId);
  openForWriting(heldCase);
  const row = await recordById(ctx.database, heldCase.id, recordId);
  if (!row) throw noRecord();
  if (row.agreedVersion !== null) throw agreed();
  if (input.version !== row.version + 1) throw staleVersion();
  const written = entry(heldCase.id, "record", sealedOf(input), ctx.today, actor, ctx.now);
  await orThreadMoved(
    commit(
      ctx.database,
      {
        actor: actor.id,
        action: "case.record_revised",
        caseId: heldCase.id,
        detail: { record: row.id, version: input.version },
        at: ctx.now,
      },
      [recordNextVersion(ctx.database, row), entryInsert(ctx.database, written)],
    ),
  );
  return { record: recordView({ ...row, version: row.version + 1 }), entryId: written.id };
}

/** The reporting person's case and one of its records, at the version they read. */
async function reporterRecord(ctx: CaseContext, loginKey: string, recordId: string, version: number) {
  const heldCase = await caseByLoginKeyHash(ctx.database, loginKeyHash(loginKey));
  if (!heldCase) throw noCase();
  const row = await recordById(ctx.database, heldCase.id, recordId);
  if (!row) throw noRecord();
  if (row.agreedVersion !== null) throw agreed();
  if (row.version !== version) throw staleVersion();
  return { heldCase, row };
}

/** Art. 18(3)-(4): the reporting person proposes corrections to the version they read. */
export async function correctRecord(
  ctx: CaseContext,
  recordId: string,
  input: { loginKey: string; version: number; message: string; seq?: number | null },
) {
  const { heldCase } = await reporterRecord(ctx, input.loginKey, recordId, input.version);
  await orThreadMoved(
    commit(ctx.database, null, [
      entryInsert(
        ctx.database,
        entry(heldCase.id, "record_correction", messageOf(input), ctx.today, null, ctx.now),
      ),
    ]),
  );
  return { on: ctx.today };
}

/**
 * Art. 18(3)-(4): the reporting person agrees to the version they read, by an entry of their own (their
 * sign-off, encrypted to the case). A voice recording the record transcribes is then deleted where the
 * law or the person's missing consent says so (directive/recordings.ts).
 */
export async function agreeRecord(
  ctx: CaseContext,
  recordId: string,
  input: { loginKey: string; version: number; message: string; seq?: number | null },
) {
  const { heldCase, row } = await reporterRecord(ctx, input.loginKey, recordId, input.version);
  await orThreadMoved(
    commit(ctx.database, null, [
      recordAgreement(ctx.database, row, ctx.today),
      entryInsert(
        ctx.database,
        entry(heldCase.id, "record_agreement", messageOf(input), ctx.today, null, ctx.now),
      ),
    ]),
  );
  let recordingDeleted: string | null = null;
  if (row.transcribes) {
    const recording = await attachmentById(ctx.database, heldCase.id, row.transcribes);
    const fate = recordingFate(heldCase.jurisdiction, recording?.keepRecording ?? null);
    if (recording && fate.delete && ctx.blobs) {
      await discardAttachment(ctx.database, ctx.blobs, recording);
      recordingDeleted = fate.basis;
    }
  }
  return {
    record: recordView({ ...row, agreedVersion: row.version, agreedOn: ctx.today }),
    recordingDeleted,
  };
}

/** Art. 9(2): the reporting person asks for a meeting; a pending request keeps its first day. */
export async function requestMeeting(
  ctx: CaseContext,
  input: { loginKey: string; message: string; seq?: number | null },
) {
  const heldCase = await caseByLoginKeyHash(ctx.database, loginKeyHash(input.loginKey));
  if (!heldCase) throw noCase();
  const change: CaseChange = meetingPending(heldCase)
    ? {}
    : { meetingRequestedOn: ctx.today, meetingProposedOn: null };
  await orThreadMoved(
    commit(ctx.database, null, [
      entryInsert(
        ctx.database,
        entry(heldCase.id, "meeting_request", messageOf(input), ctx.today, null, ctx.now),
      ),
      ...withDue(ctx, heldCase, change),
    ]),
  );
  return { on: ctx.today };
}

/** A handler proposes a time and place (encrypted); this meets a pending request's deadline. */
export async function proposeMeeting(
  ctx: CaseContext,
  actor: Actor,
  caseId: string,
  input: { message: string; seq?: number | null },
) {
  const { heldCase } = await holdCase(ctx, actor, caseId);
  openForWriting(heldCase);
  const change: CaseChange = meetingPending(heldCase) ? { meetingProposedOn: ctx.today } : {};
  const written = entry(heldCase.id, "meeting_proposal", messageOf(input), ctx.today, actor, ctx.now);
  await orThreadMoved(
    commit(
      ctx.database,
      { actor: actor.id, action: "case.meeting_proposed", caseId: heldCase.id, detail: {}, at: ctx.now },
      [entryInsert(ctx.database, written), ...withDue(ctx, heldCase, change)],
    ),
  );
  return { entryId: written.id, meetingProposedOn: change.meetingProposedOn ?? heldCase.meetingProposedOn };
}
