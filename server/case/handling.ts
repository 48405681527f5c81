/**
 * The handlers' verbs on a case they hold: open it, acknowledge (Art. 9(1)(b)), write to the reporting
 * person, ask for more information, give feedback (Art. 9(1)(f)), move its status, extend where the law
 * allows, record a retaliation claim, place and lift a legal hold, record an export. Each verb checks
 * the pure rules, then commits its writes and audit link in one batch, and returns the case summary.
 */

import type { Write } from "../../db/index";
import { markCaseSeen } from "../../db/queries/activity";
import {
  type CaseChange,
  caseUpdate,
  commit,
  entryInsert,
  staffTextInsert,
  staffTextsOf,
} from "../../db/queries/case-store";
import { type CaseRow, entriesOf } from "../../db/queries/cases";
import { hashSecret, randomId } from "../../db/queries/ids";
import { caseDeadlines } from "../cases/deadlines";
import * as state from "../cases/state";
import { DirectiveError, profileOf } from "../directive";
import type { Actor, CaseContext } from "./context";
import { dueOf } from "./due";
import { CaseError, orThreadMoved } from "./errors";
import { holdCase } from "./held";
import { recordsOfCase } from "./records";
import { caseSummary, entryView } from "./view";

/** A signed entry's ciphertext and the place in the thread it was signed for (crypto/SPEC.md). */
export interface SealedEntry {
  message: string;
  seq?: number | null;
}

/** Kinds of handler message to the reporting person. */
export type MessageKind = "message" | "request_info" | "feedback" | "final_outcome";

/** A handler's entry of the signed thread, at the place `seq` its browser signed it for (else the next). */
function handlerEntry(
  ctx: CaseContext,
  actor: Actor,
  caseId: string,
  kind: string,
  ciphertext: string,
  seq?: number | null,
) {
  return {
    id: randomId(),
    caseId,
    kind,
    author: "handler" as const,
    personId: actor.id,
    on: ctx.today,
    at: ctx.now.toISOString(),
    ciphertext,
    threadSeq: seq ?? ("next" as const),
  };
}

/** A justification or purpose, encrypted to the case in the browser, kept with the case. */
function staffText(ctx: CaseContext, caseId: string, personId: string, kind: string, ciphertext: string) {
  return staffTextInsert(ctx.database, { id: randomId(), caseId, kind, personId, on: ctx.today, ciphertext });
}

/** Commits a change of the case with its audit link and returns the changed case's summary. */
async function changeCase(
  ctx: CaseContext,
  actor: Actor,
  heldCase: CaseRow,
  change: CaseChange,
  action: string,
  detail: Record<string, unknown>,
  extra: Write[] = [],
) {
  const changed = { ...heldCase, ...change } as CaseRow;
  const due = dueOf(changed, ctx.settings);
  if (due.nextDueOn !== heldCase.nextDueOn || due.nextDueKind !== heldCase.nextDueKind)
    Object.assign(change, due);
  const writes = Object.keys(change).length
    ? [...extra, ...caseUpdate(ctx.database, heldCase.id, change)]
    : extra;
  await orThreadMoved(
    commit(ctx.database, { actor: actor.id, action, caseId: heldCase.id, detail, at: ctx.now }, writes),
  );
  return caseSummary({ ...changed, ...due }, ctx.settings, ctx.today);
}

/** The full case for a holder: summary, wrapped key and thread. The identity section never comes with it. */
export async function openCase(ctx: CaseContext, actor: Actor, caseId: string) {
  const { heldCase, keys } = await holdCase(ctx, actor, caseId);
  const list = await entriesOf(ctx.database, heldCase.id);
  const identityEntry = list.find((e) => e.kind === "identity");
  await commit(
    ctx.database,
    { actor: actor.id, action: "case.opened", caseId: heldCase.id, at: ctx.now },
    [],
  );
  await markCaseSeen(ctx.database, heldCase.id, actor.id);
  return {
    ...caseSummary(heldCase, ctx.settings, ctx.today),
    caseRecipient: heldCase.caseRecipient,
    /** The key the reporting person's entries verify with; their signed report proves it belongs to the case. */
    reporterSigningKey: heldCase.reporterSigningKey,
    myKey: keys.caseKey,
    // The section itself comes from openIdentity after a recorded reason (Art. 16), never with the case.
    identity: identityEntry ? { present: true, custodian: Boolean(keys.identityKey) } : null,
    entries: list.filter((e) => e.kind !== "identity").map(entryView),
    records: await recordsOfCase(ctx, heldCase.id),
    // Staff free text, encrypted to the case key: the hold's justification, extensions' and exports'.
    legalHoldText: heldCase.legalHold,
    staffTexts: await staffTextsOf(ctx.database, heldCase.id),
  };
}

/** Art. 9(1)(b): acknowledges receipt with a message; the first acknowledgement's date stays. */
export async function acknowledge(
  ctx: CaseContext,
  actor: Actor,
  caseId: string,
  input: { message: string; seq?: number | null },
) {
  const { heldCase } = await holdCase(ctx, actor, caseId);
  const transition = state.acknowledge(heldCase, ctx.today);
  return changeCase(
    ctx,
    actor,
    heldCase,
    { status: transition.status, acknowledgedOn: transition.acknowledgedOn },
    "case.acknowledged",
    { on: transition.acknowledgedOn },
    [
      entryInsert(
        ctx.database,
        handlerEntry(ctx, actor, heldCase.id, "acknowledgement", input.message, input.seq),
      ),
    ],
  );
}

async function writeToReporter(
  ctx: CaseContext,
  actor: Actor,
  caseId: string,
  kind: MessageKind,
  message: string,
  seq?: number | null,
) {
  const { heldCase } = await holdCase(ctx, actor, caseId);
  if (heldCase.status === "closed")
    throw new CaseError("conflict", "case_closed", "The case is closed; reopen it first.");
  const change: CaseChange = {};
  if (kind === "feedback") {
    if (!heldCase.acknowledgedOn)
      throw new CaseError("invalid", "not_acknowledged", "Acknowledge the report before giving feedback.");
    if (!heldCase.feedbackOn) change.feedbackOn = ctx.today;
    // Ireland's further feedback runs from the latest feedback, so every one moves it.
    change.lastFeedbackOn = ctx.today;
    change.status = "feedback_given";
  }
  const entry = handlerEntry(ctx, actor, heldCase.id, kind, message, seq);
  const summary = await changeCase(ctx, actor, heldCase, change, `case.${kind}`, {}, [
    entryInsert(ctx.database, entry),
  ]);
  return { ...summary, entry: { id: entry.id, kind, author: entry.author, on: entry.on, at: entry.at } };
}

/** Writes to the reporting person. */
export const addMessage = (ctx: CaseContext, actor: Actor, caseId: string, input: SealedEntry) =>
  writeToReporter(ctx, actor, caseId, "message", input.message, input.seq);

/** Art. 9(1)(c): asks the reporting person for further information. */
export const requestInformation = (ctx: CaseContext, actor: Actor, caseId: string, input: SealedEntry) =>
  writeToReporter(ctx, actor, caseId, "request_info", input.message, input.seq);

/** Art. 9(1)(f): feedback on the action taken or envisaged; needs the acknowledgement first. */
export const giveFeedback = (ctx: CaseContext, actor: Actor, caseId: string, input: SealedEntry) =>
  writeToReporter(ctx, actor, caseId, "feedback", input.message, input.seq);

/**
 * Art. 9(1)(f), 11(2)(e): the final outcome, told to the reporting person. Its own event, never inferred
 * from interim feedback: D.Lgs. 24/2023 art. 14 counts retention from it, and the Art. 15 date stands
 * until it. It counts as feedback, and may follow closure (the file is closed, then the person is told).
 */
export async function communicateFinalOutcome(
  ctx: CaseContext,
  actor: Actor,
  caseId: string,
  input: SealedEntry,
) {
  const { heldCase } = await holdCase(ctx, actor, caseId);
  if (!heldCase.acknowledgedOn)
    throw new CaseError("invalid", "not_acknowledged", "Acknowledge the report before giving feedback.");
  const change: CaseChange = { ...state.communicateOutcome(heldCase, ctx.today), lastFeedbackOn: ctx.today };
  const entry = handlerEntry(ctx, actor, heldCase.id, "final_outcome", input.message, input.seq);
  const summary = await changeCase(ctx, actor, heldCase, change, "case.final_outcome", {}, [
    entryInsert(ctx.database, entry),
  ]);
  return {
    ...summary,
    entry: { id: entry.id, kind: entry.kind, author: entry.author, on: entry.on, at: entry.at },
  };
}

/** Moves the case along the state machine (cases/state.ts); closing needs an outcome. */
export async function moveStatus(
  ctx: CaseContext,
  actor: Actor,
  caseId: string,
  input: { status: state.CaseStatus; outcome?: state.Outcome | null } & Partial<SealedEntry>,
) {
  const { heldCase } = await holdCase(ctx, actor, caseId);
  const transition = state.moveStatus(heldCase, input.status, input.outcome ?? null, ctx.today);
  const change: CaseChange = { status: transition.status, outcome: transition.outcome };
  if (transition.feedbackOn) change.feedbackOn = transition.feedbackOn;
  if (transition.followUpOn) change.followUpOn = transition.followUpOn;
  if (transition.closedOn !== undefined) change.closedOn = transition.closedOn;
  // The reporting person's inbox shows only a status its signed `status` entry states (crypto/SPEC.md).
  const told = input.message
    ? [entryInsert(ctx.database, handlerEntry(ctx, actor, heldCase.id, "status", input.message, input.seq))]
    : [];
  return changeCase(
    ctx,
    actor,
    heldCase,
    change,
    "case.status",
    { from: heldCase.status, to: transition.status, outcome: transition.outcome },
    told,
  );
}

/**
 * Art. 9(1)(d): diligent follow-up begins. Its own recorded event, apart from any status move, because
 * Ley 2/2023 art. 32.4 deletes a report nobody investigated within 3 months. The first day stays.
 */
export async function startFollowUp(
  ctx: CaseContext,
  actor: Actor,
  caseId: string,
  input: Partial<SealedEntry> = {},
) {
  const { heldCase } = await holdCase(ctx, actor, caseId);
  const started = state.startFollowUp(heldCase, ctx.today);
  if (started.followUpOn === heldCase.followUpOn) return caseSummary(heldCase, ctx.settings, ctx.today);
  // The signed `follow_up` entry tells the reporting person; without it the event is the staff's only.
  const told = input.message
    ? [
        entryInsert(
          ctx.database,
          handlerEntry(ctx, actor, heldCase.id, "follow_up", input.message, input.seq),
        ),
      ]
    : [];
  return changeCase(ctx, actor, heldCase, started, "case.follow_up_started", started, told);
}

/**
 * The only extensions that exist are the law's (external channels' 6 months, Art. 11(2)(d); Spain's
 * complex cases): the rule engine refuses any other, and the justification goes into the audit log.
 */
export async function extendDeadline(
  ctx: CaseContext,
  actor: Actor,
  caseId: string,
  input: { justification: string; message?: string },
) {
  const { heldCase } = await holdCase(ctx, actor, caseId);
  if (heldCase.extended)
    throw new CaseError("conflict", "already_extended", "The deadline is already extended.");
  const rules = profileOf(heldCase.jurisdiction)[
    heldCase.channelKind === "external" ? "external" : "internal"
  ];
  const toReporter = rules.feedback.extension?.reasonsToReportingPerson;
  if (toReporter && !input.message)
    throw new CaseError(
      "invalid",
      "reasons_to_reporting_person_required",
      `${toReporter}: write the reasons for the extension to the reporting person.`,
    );
  try {
    caseDeadlines({ ...heldCase, extended: true }, ctx.settings.retentionYears);
  } catch (e) {
    if (e instanceof DirectiveError)
      throw new CaseError(
        "conflict",
        e.code.replace(/-/g, "_"),
        "The law allows no extension of this deadline.",
      );
    throw e;
  }
  // The reasons, encrypted to the case in the handler's browser, reach the reporting person as a message.
  const told = input.message ? handlerEntry(ctx, actor, heldCase.id, "message", input.message) : null;
  // The justification stays encrypted to the case team (staff_texts); the audit log keeps its hash.
  return changeCase(
    ctx,
    actor,
    heldCase,
    { extended: true },
    "case.extended",
    { justificationSha256: hashSecret(input.justification), reasonsToReportingPerson: Boolean(told) },
    [
      staffText(ctx, heldCase.id, actor.id, "extension", input.justification),
      ...(told ? [entryInsert(ctx.database, told)] : []),
    ],
  );
}

/** Art. 19-21: the reporting person reported retaliation (a count, no content). */
export async function recordRetaliationClaim(
  ctx: CaseContext,
  actor: Actor,
  caseId: string,
  input: { claim: boolean },
) {
  const { heldCase } = await holdCase(ctx, actor, caseId);
  return changeCase(ctx, actor, heldCase, { retaliationClaim: input.claim }, "case.retaliation_claim", {
    claim: input.claim,
  });
}

/** A legal hold stops retention deletion; it needs a written justification (LAW.md section 6). */
export async function placeHold(
  ctx: CaseContext,
  actor: Actor,
  caseId: string,
  input: { justification: string },
) {
  const { heldCase } = await holdCase(ctx, actor, caseId);
  // The column holds the justification's ciphertext (case key); the audit log keeps its hash.
  return changeCase(ctx, actor, heldCase, { legalHold: input.justification }, "case.legal_hold", {
    justificationSha256: hashSecret(input.justification),
  });
}

export async function liftHold(ctx: CaseContext, actor: Actor, caseId: string) {
  const { heldCase } = await holdCase(ctx, actor, caseId);
  return changeCase(ctx, actor, heldCase, { legalHold: null }, "case.legal_hold_lifted", {});
}

/**
 * Exports happen in the handler's browser (decrypt, then re-encrypt to a plain X25519 age recipient
 * such as counsel's key, so the standard `age` tool opens the file); the server records that and to whom.
 * Answers `{ ok: true }`: the case itself does not change.
 */
export async function recordExport(
  ctx: CaseContext,
  actor: Actor,
  caseId: string,
  input: { recipient: string; purpose: string },
) {
  const { heldCase } = await holdCase(ctx, actor, caseId);
  await changeCase(
    ctx,
    actor,
    heldCase,
    {},
    "case.exported",
    { recipient: input.recipient, purposeSha256: hashSecret(input.purpose) },
    [staffText(ctx, heldCase.id, actor.id, "export", input.purpose)],
  );
  return { ok: true as const };
}

/** A handler replaces the case's encrypted summary (category and subject), e.g. with a subject of their own. */
export async function setSummary(ctx: CaseContext, actor: Actor, caseId: string, input: { summary: string }) {
  const { heldCase } = await holdCase(ctx, actor, caseId);
  return changeCase(ctx, actor, heldCase, { summary: input.summary }, "case.summary_set", {});
}
