/**
 * Persons concerned (Directive Art. 5(10), Art. 22): the people a report names as responsible or
 * involved. Handlers record who they are in the browser, encrypted to the case's notes key (crypto/SPEC.md
 * "Persons concerned"), so neither the server nor the reporting person's token opens them. The server
 * keeps the days their rights turn on: informed (GDPR Art. 14) or informing deferred with an encrypted
 * reason (Art. 14(5)(b), Art. 23), and heard (Art. 22(1)). Their identity goes beyond the case team only
 * as the reporting person's does (Art. 16, Art. 22(1)): with an encrypted legal basis and recipient, and a
 * second person's approval where the organisation requires it for the reporting person's identity.
 */
import { type CaseChange, caseUpdate, commit } from "../../db/queries/case-store";
import type { CaseRow } from "../../db/queries/cases";
import { hashSecret, randomId } from "../../db/queries/ids";
import {
  type ConcernedDisclosureRow,
  concernedDisclosureInsert,
  concernedDisclosuresOf,
  concernedDisclosureUpdate,
  personConcernedById,
  personConcernedInsert,
  personConcernedUpdate,
  personsConcernedOf,
} from "../../db/queries/persons-concerned";
import { compareDates, informPersonConcernedBy, isOverdue } from "../directive";
import type { Actor, CaseContext } from "./context";
import { dueOf } from "./due";
import { CaseError } from "./errors";
import { holdCase } from "./held";

const needsKey = () =>
  new CaseError(
    "conflict",
    "notes_key_missing",
    "You hold no notes key for this case yet: persons concerned are encrypted to it.",
  );

/** The case, with the actor holding its notes key: everything about persons concerned is sealed to it. */
async function holdNotes(ctx: CaseContext, actor: Actor, caseId: string) {
  const held = await holdCase(ctx, actor, caseId);
  if (!held.keys.notesKey || !held.heldCase.notesRecipient) throw needsKey();
  return held;
}

async function personOf(ctx: CaseContext, heldCase: CaseRow, personConcernedId: string) {
  const person = await personConcernedById(ctx.database, heldCase.id, personConcernedId);
  if (!person) throw new CaseError("not-found", "not_found", "No such person concerned.");
  return person;
}

/** A day of an event about a person concerned: not before the report, not after today. */
function checkDay(ctx: CaseContext, heldCase: CaseRow, on: string): string {
  if (compareDates(on, heldCase.receivedOn) < 0 || compareDates(on, ctx.today) > 0)
    throw new CaseError("invalid", "bad_day", "The day must be between the day received and today.");
  return on;
}

/**
 * The case's writes when who is still to be informed changes: whether anyone is (GDPR Art. 14(3)(a)'s
 * month then runs), and the next due day that follows, so triage and reminders show it.
 */
async function informDuty(ctx: CaseContext, heldCase: CaseRow, change: { added?: string; settled?: string }) {
  const people = await personsConcernedOf(ctx.database, heldCase.id);
  const concernedToInform =
    Boolean(change.added) ||
    people.some((p) => p.id !== change.settled && !p.informedOn && !p.informDeferredOn);
  const next: CaseChange = { concernedToInform, ...dueOf({ ...heldCase, concernedToInform }, ctx.settings) };
  return caseUpdate(ctx.database, heldCase.id, next);
}

function disclosureView(d: ConcernedDisclosureRow) {
  return {
    id: d.id,
    personConcernedId: d.personConcernedId,
    requestedBy: d.requestedBy,
    requestedAt: d.requestedAt,
    legalBasis: d.legalBasis,
    disclosedTo: d.disclosedTo,
    state: d.state as "pending" | "approved" | "refused",
    decidedBy: d.decidedBy,
    decidedAt: d.decidedAt,
    disclosedOn: d.disclosedOn,
  };
}

/** The case's persons concerned (ciphertexts and days) and the disclosures of their identity. */
export async function personsConcerned(ctx: CaseContext, actor: Actor, caseId: string) {
  const { heldCase, keys } = await holdCase(ctx, actor, caseId);
  const people = keys.notesKey ? await personsConcernedOf(ctx.database, heldCase.id) : [];
  const disclosures = keys.notesKey ? await concernedDisclosuresOf(ctx.database, heldCase.id) : [];
  return {
    notesRecipient: heldCase.notesRecipient,
    myNotesKey: keys.notesKey,
    /** Whether disclosing an identity needs a second person's approval (the same rule as Art. 16's). */
    approvalRequired: ctx.settings.requireDisclosureApproval,
    persons: people.map((p) => {
      const informBy = informPersonConcernedBy({
        receivedOn: heldCase.receivedOn,
        informedOn: p.informedOn,
        informDeferredOn: p.informDeferredOn,
      });
      return {
        id: p.id,
        record: p.record,
        addedBy: p.addedBy,
        addedAt: p.addedAt,
        informedOn: p.informedOn,
        informDeferredOn: p.informDeferredOn,
        deferralReason: p.deferralReason,
        heardOn: p.heardOn,
        /** GDPR Art. 14(3)(a); `null` once informed or deferred. */
        informBy,
        informOverdue: isOverdue(informBy, ctx.today),
      };
    }),
    disclosures: disclosures.map(disclosureView),
  };
}

/** Records a person concerned; `id` is the one the browser sealed into the record. */
export async function addPersonConcerned(
  ctx: CaseContext,
  actor: Actor,
  caseId: string,
  input: { id: string; record: string },
) {
  const { heldCase } = await holdNotes(ctx, actor, caseId);
  if (await personConcernedById(ctx.database, heldCase.id, input.id))
    throw new CaseError("conflict", "exists", "A person concerned with this id is already recorded.");
  const addedAt = ctx.now.toISOString();
  await commit(
    ctx.database,
    {
      actor: actor.id,
      action: "concerned.added",
      caseId: heldCase.id,
      detail: { person: input.id },
      at: ctx.now,
    },
    [
      personConcernedInsert(ctx.database, {
        id: input.id,
        caseId: heldCase.id,
        record: input.record,
        addedBy: actor.id,
        addedAt,
      }),
      ...(await informDuty(ctx, heldCase, { added: input.id })),
    ],
  );
  return { id: input.id, addedBy: actor.id, addedAt };
}

/** GDPR Art. 14: the person concerned was informed on `on`. */
export async function recordInformed(
  ctx: CaseContext,
  actor: Actor,
  caseId: string,
  personConcernedId: string,
  input: { on: string },
) {
  const { heldCase } = await holdNotes(ctx, actor, caseId);
  const person = await personOf(ctx, heldCase, personConcernedId);
  const on = checkDay(ctx, heldCase, input.on);
  await commit(
    ctx.database,
    {
      actor: actor.id,
      action: "concerned.informed",
      caseId: heldCase.id,
      detail: { person: person.id, on },
      at: ctx.now,
    },
    [
      personConcernedUpdate(ctx.database, person.id, { informedOn: on }),
      ...(await informDuty(ctx, heldCase, { settled: person.id })),
    ],
  );
  return { id: person.id, informedOn: on };
}

/**
 * GDPR Art. 14(5)(b), Art. 23: informing the person concerned is deferred, for a reason encrypted to
 * the notes key; the audit log keeps the reason's hash. Once they were informed there is nothing to defer.
 */
export async function deferInforming(
  ctx: CaseContext,
  actor: Actor,
  caseId: string,
  personConcernedId: string,
  input: { reason: string },
) {
  const { heldCase } = await holdNotes(ctx, actor, caseId);
  const person = await personOf(ctx, heldCase, personConcernedId);
  if (person.informedOn)
    throw new CaseError("conflict", "already_informed", "This person was already informed.");
  await commit(
    ctx.database,
    {
      actor: actor.id,
      action: "concerned.inform_deferred",
      caseId: heldCase.id,
      detail: { person: person.id, on: ctx.today, reasonSha256: hashSecret(input.reason) },
      at: ctx.now,
    },
    [
      personConcernedUpdate(ctx.database, person.id, {
        informDeferredOn: ctx.today,
        deferralReason: input.reason,
      }),
      ...(await informDuty(ctx, heldCase, { settled: person.id })),
    ],
  );
  return { id: person.id, informDeferredOn: ctx.today };
}

/** Art. 22(1): the person concerned was heard on `on`. */
export async function recordHeard(
  ctx: CaseContext,
  actor: Actor,
  caseId: string,
  personConcernedId: string,
  input: { on: string },
) {
  const { heldCase } = await holdNotes(ctx, actor, caseId);
  const person = await personOf(ctx, heldCase, personConcernedId);
  const on = checkDay(ctx, heldCase, input.on);
  await commit(
    ctx.database,
    {
      actor: actor.id,
      action: "concerned.heard",
      caseId: heldCase.id,
      detail: { person: person.id, on },
      at: ctx.now,
    },
    [personConcernedUpdate(ctx.database, person.id, { heardOn: on })],
  );
  return { id: person.id, heardOn: on };
}

/**
 * Asks to disclose a person concerned's identity beyond the case team, with its legal basis and recipient
 * (both encrypted to the notes key). Pending until a second person approves, where the organisation
 * requires that for the reporting person's identity (Art. 16); approved at once otherwise.
 */
export async function requestConcernedDisclosure(
  ctx: CaseContext,
  actor: Actor,
  caseId: string,
  personConcernedId: string,
  input: { legalBasis: string; disclosedTo: string },
) {
  const { heldCase } = await holdNotes(ctx, actor, caseId);
  const person = await personOf(ctx, heldCase, personConcernedId);
  const id = randomId();
  const state = ctx.settings.requireDisclosureApproval ? "pending" : "approved";
  await commit(
    ctx.database,
    {
      actor: actor.id,
      action: "concerned.disclosure_requested",
      caseId: heldCase.id,
      detail: {
        person: person.id,
        disclosure: id,
        state,
        legalBasisSha256: hashSecret(input.legalBasis),
        disclosedToSha256: hashSecret(input.disclosedTo),
      },
      at: ctx.now,
    },
    [
      concernedDisclosureInsert(ctx.database, {
        id,
        caseId: heldCase.id,
        personConcernedId: person.id,
        requestedBy: actor.id,
        requestedAt: ctx.now.toISOString(),
        legalBasis: input.legalBasis,
        disclosedTo: input.disclosedTo,
        state,
      }),
    ],
  );
  return { id, state };
}

async function disclosureOf(ctx: CaseContext, heldCase: CaseRow, personConcernedId: string, id: string) {
  const found = (await concernedDisclosuresOf(ctx.database, heldCase.id)).find(
    (d) => d.id === id && d.personConcernedId === personConcernedId,
  );
  if (!found) throw new CaseError("not-found", "not_found", "No such disclosure.");
  return found;
}

/** A second person, who can read the basis (notes key), approves or refuses; never their own request. */
export async function decideConcernedDisclosure(
  ctx: CaseContext,
  actor: Actor,
  caseId: string,
  personConcernedId: string,
  disclosureId: string,
  input: { approve: boolean },
) {
  const { heldCase } = await holdNotes(ctx, actor, caseId);
  const disclosure = await disclosureOf(ctx, heldCase, personConcernedId, disclosureId);
  if (disclosure.requestedBy === actor.id)
    throw new CaseError("forbidden", "forbidden", "A second person must decide on your request.");
  if (disclosure.state !== "pending")
    throw new CaseError("conflict", "decided", "This request was already decided.");
  const state = input.approve ? "approved" : "refused";
  await commit(
    ctx.database,
    {
      actor: actor.id,
      action: "concerned.disclosure_decided",
      caseId: heldCase.id,
      detail: { person: personConcernedId, disclosure: disclosure.id, state },
      at: ctx.now,
    },
    [
      concernedDisclosureUpdate(ctx.database, disclosure.id, {
        state,
        decidedBy: actor.id,
        decidedAt: ctx.now.toISOString(),
      }),
    ],
  );
  return { id: disclosure.id, state };
}

/** The requester records that the approved disclosure was made, on the day. */
export async function recordConcernedDisclosure(
  ctx: CaseContext,
  actor: Actor,
  caseId: string,
  personConcernedId: string,
  disclosureId: string,
) {
  const { heldCase } = await holdNotes(ctx, actor, caseId);
  const disclosure = await disclosureOf(ctx, heldCase, personConcernedId, disclosureId);
  if (disclosure.requestedBy !== actor.id)
    throw new CaseError("forbidden", "forbidden", "Only the person who asked records the disclosure.");
  if (disclosure.state === "pending")
    throw new CaseError(
      "forbidden",
      "approval_required",
      "A second person must approve this disclosure first.",
    );
  if (disclosure.state !== "approved")
    throw new CaseError("conflict", "refused", "This disclosure was refused.");
  if (disclosure.disclosedOn)
    throw new CaseError("conflict", "already_disclosed", "This disclosure is already recorded.");
  await commit(
    ctx.database,
    {
      actor: actor.id,
      action: "concerned.disclosed",
      caseId: heldCase.id,
      detail: { person: personConcernedId, disclosure: disclosure.id },
      at: ctx.now,
    },
    [concernedDisclosureUpdate(ctx.database, disclosure.id, { disclosedOn: ctx.today })],
  );
  return { id: disclosure.id, disclosedOn: ctx.today };
}
