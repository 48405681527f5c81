/**
 * Who may open a case, and the reporting person's identity (Art. 16). Access follows the keys: a holder
 * wraps the case key to a colleague (grantAccess) or a copy is deleted (revokeAccess, also giving up
 * one's own). The identity section has its own key, wrapped to custodians only; opening it needs a
 * recorded reason and, where the organisation requires it, a second person's approval.
 */

import {
  commit,
  disclosureInsert,
  entryInsert,
  identityRequestDecision,
  identityRequestInsert,
  keyInserts,
  keysDelete,
} from "../../db/queries/case-store";
import { entriesOf, exclusionsOf, holdersOf, identityRequestsOf } from "../../db/queries/cases";
import { hashSecret, randomId } from "../../db/queries/ids";
import { activePersons, channelMemberIds, personById, personsByIds, rolesOf } from "../../db/queries/persons";
import type { Actor, CaseContext } from "./context";
import { CaseError, orThreadMoved } from "./errors";
import { holdCase, holdIdentity } from "./held";

/** Current holders, and the colleagues the case could be granted to (with their public keys). */
export async function accessOf(ctx: CaseContext, actor: Actor, caseId: string) {
  const { heldCase } = await holdCase(ctx, actor, caseId);
  const holders = await holdersOf(ctx.database, heldCase.id);
  const excluded = new Set(await exclusionsOf(ctx.database, heldCase.id));
  const people = await activePersons(ctx.database);
  const members = new Set(await channelMemberIds(ctx.database, heldCase.channelId));
  const view = (p: (typeof people)[number]) => ({ id: p.id, displayName: p.displayName, roles: rolesOf(p) });
  return {
    holders: people
      .filter((p) => holders.some((h) => h.personId === p.id))
      .map((p) => ({ ...view(p), kinds: holders.filter((h) => h.personId === p.id).map((h) => h.kind) })),
    grantable: people
      .filter(
        (p) =>
          !excluded.has(p.id) &&
          rolesOf(p).includes("handler") &&
          !holders.some((h) => h.personId === p.id && h.kind === "case"),
      )
      .map((p) => ({ ...view(p), recipient: p.recipient, inChannel: members.has(p.id) })),
  };
}

/** The holder's browser wrapped the case key (and, custodian to custodian, the identity key) to a colleague. */
export async function grantAccess(
  ctx: CaseContext,
  actor: Actor,
  caseId: string,
  input: { personId: string; wrapped: string; identityWrapped?: string | null },
) {
  const { heldCase, keys } = await holdCase(ctx, actor, caseId);
  const target = await personById(ctx.database, input.personId);
  // Excluded people are treated as unknown: the case key is never wrapped to them.
  if (!target || (await exclusionsOf(ctx.database, heldCase.id)).includes(target.id))
    throw new CaseError("not-found", "not_found", "No such person.");
  const roles = rolesOf(target);
  if (!roles.includes("handler"))
    throw new CaseError("invalid", "not_handler", "Only handlers can be given access to a case.");
  if (input.identityWrapped && (!keys.identityKey || !roles.includes("custodian")))
    throw new CaseError(
      "forbidden",
      "forbidden",
      "The identity key goes only from a custodian to a custodian.",
    );
  const at = ctx.now.toISOString();
  await commit(
    ctx.database,
    {
      actor: actor.id,
      action: "case.granted",
      caseId: heldCase.id,
      detail: { to: target.id, identity: Boolean(input.identityWrapped) },
      at: ctx.now,
    },
    [
      ...keyInserts(
        ctx.database,
        heldCase.id,
        "case",
        [{ personId: target.id, wrapped: input.wrapped }],
        at,
        actor.id,
        heldCase,
      ),
      ...(input.identityWrapped
        ? keyInserts(
            ctx.database,
            heldCase.id,
            "identity",
            [{ personId: target.id, wrapped: input.identityWrapped }],
            at,
            actor.id,
            heldCase,
          )
        : []),
    ],
  );
  return { ok: true };
}

/**
 * Revokes a colleague's access, or gives up one's own (`target` is a person's id, or "me"). Nobody may
 * leave a case unreadable.
 */
export async function revokeAccess(ctx: CaseContext, actor: Actor, caseId: string, target: string) {
  const personId = target === "me" ? actor.id : target;
  const { heldCase } = await holdIdentity(ctx, actor, caseId);
  const holders = await holdersOf(ctx.database, heldCase.id);
  const targetKinds = holders.filter((h) => h.personId === personId).map((h) => h.kind);
  if (targetKinds.length === 0)
    throw new CaseError("not-found", "not_found", "That person has no access to this case.");
  const active = new Set(
    (
      await personsByIds(
        ctx.database,
        holders.map((h) => h.personId),
      )
    ).map((p) => p.id),
  );
  const othersWith = (kind: string) =>
    holders.some((h) => h.kind === kind && h.personId !== personId && active.has(h.personId));
  if (targetKinds.includes("case") && !othersWith("case"))
    throw new CaseError(
      "conflict",
      "last_holder",
      "Nobody else could open this case. Grant access to someone else first.",
    );
  if (targetKinds.includes("identity")) {
    // Art. 16: the identity key is the custodians' to take away, and never the last one.
    if (!actor.roles.includes("custodian"))
      throw new CaseError(
        "forbidden",
        "forbidden",
        "Only a custodian can revoke access to the identity section.",
      );
    if (!othersWith("identity"))
      throw new CaseError(
        "conflict",
        "last_custodian",
        "No other custodian could open the identity section. Grant another custodian access first.",
      );
  }
  await commit(
    ctx.database,
    {
      actor: actor.id,
      action: personId === actor.id ? "case.given_up" : "case.revoked",
      caseId: heldCase.id,
      detail: { person: personId },
      at: ctx.now,
    },
    [keysDelete(ctx.database, heldCase.id, personId)],
  );
}

/** Art. 16: a custodian asks to open the identity section, giving a reason. */
export async function requestIdentity(
  ctx: CaseContext,
  actor: Actor,
  caseId: string,
  input: { reason: string },
) {
  const { heldCase, keys } = await holdIdentity(ctx, actor, caseId);
  if (!heldCase.identityRecipient)
    throw new CaseError("not-found", "not_found", "This report has no identity section.");
  if (!keys.identityKey) throw new CaseError("not-found", "not_found", "No such case.");
  const id = randomId();
  const state = ctx.settings.requireDisclosureApproval ? "pending" : "approved";
  await commit(
    ctx.database,
    {
      actor: actor.id,
      action: "identity.requested",
      caseId: heldCase.id,
      // The reason stays with the case's holders; the chain keeps its hash, so it cannot change unseen.
      detail: { request: id, state, reasonSha256: hashSecret(input.reason) },
      at: ctx.now,
    },
    [
      identityRequestInsert(ctx.database, {
        id,
        caseId: heldCase.id,
        personId: actor.id,
        reason: input.reason,
        requestedAt: ctx.now.toISOString(),
        state,
      }),
    ],
  );
  return { id, state };
}

export async function identityRequests(ctx: CaseContext, actor: Actor, caseId: string) {
  const { heldCase } = await holdIdentity(ctx, actor, caseId);
  return { requests: await identityRequestsOf(ctx.database, heldCase.id) };
}

/** A second custodian approves or refuses; nobody approves their own request. */
export async function decideIdentityRequest(
  ctx: CaseContext,
  actor: Actor,
  caseId: string,
  requestId: string,
  input: { approve: boolean },
) {
  const { heldCase } = await holdIdentity(ctx, actor, caseId);
  const request = (await identityRequestsOf(ctx.database, heldCase.id)).find((r) => r.id === requestId);
  if (!request) throw new CaseError("not-found", "not_found", "No such request.");
  if (request.personId === actor.id)
    throw new CaseError("forbidden", "forbidden", "A second person must decide on your request.");
  if (request.state !== "pending")
    throw new CaseError("conflict", "decided", "This request was already decided.");
  const state = input.approve ? "approved" : "refused";
  await commit(
    ctx.database,
    {
      actor: actor.id,
      action: "identity.decided",
      caseId: heldCase.id,
      detail: { request: request.id, state },
      at: ctx.now,
    },
    [
      identityRequestDecision(ctx.database, request.id, {
        state,
        decidedBy: actor.id,
        decidedAt: ctx.now.toISOString(),
      }),
    ],
  );
  return { id: request.id, state };
}

/** The identity section itself: only for a custodian holding its key with an approved request. */
export async function openIdentity(ctx: CaseContext, actor: Actor, caseId: string) {
  const { heldCase, keys } = await holdIdentity(ctx, actor, caseId);
  if (!heldCase.identityRecipient || !keys.identityKey)
    throw new CaseError("not-found", "not_found", "No such case.");
  const mine = (await identityRequestsOf(ctx.database, heldCase.id)).filter(
    (r) => r.personId === actor.id && r.state === "approved",
  );
  if (mine.length === 0)
    throw new CaseError(
      "forbidden",
      "reason_required",
      "Record a reason (and get approval, if required) before opening the identity section.",
    );
  const section = (await entriesOf(ctx.database, heldCase.id)).find((e) => e.kind === "identity");
  if (!section) throw new CaseError("not-found", "not_found", "This report has no identity section.");
  await commit(
    ctx.database,
    {
      actor: actor.id,
      action: "identity.opened",
      caseId: heldCase.id,
      detail: { request: mine.at(-1)?.id },
      at: ctx.now,
    },
    [],
  );
  return { recipient: heldCase.identityRecipient, section: section.ciphertext, myKey: keys.identityKey };
}

/** Art. 16(2)-(3): disclosure beyond the team, with its legal basis; the reporting person is told unless that jeopardises. */
export async function disclose(
  ctx: CaseContext,
  actor: Actor,
  caseId: string,
  input: {
    legalBasis: string;
    disclosedTo: string;
    jeopardises: boolean;
    message?: string | null;
    seq?: number | null;
  },
) {
  const { heldCase } = await holdIdentity(ctx, actor, caseId);
  if (!input.jeopardises && !input.message)
    throw new CaseError(
      "invalid",
      "reasons_required",
      "Write to the reporting person with the reasons first, or record that this would jeopardise the investigation.",
    );
  const id = randomId();
  const at = ctx.now.toISOString();
  await orThreadMoved(
    commit(
      ctx.database,
      {
        actor: actor.id,
        action: "identity.disclosed",
        caseId: heldCase.id,
        // The details stay encrypted to the case; the chain keeps their hashes only.
        detail: {
          disclosure: id,
          legalBasisSha256: hashSecret(input.legalBasis),
          disclosedToSha256: hashSecret(input.disclosedTo),
          jeopardises: input.jeopardises,
        },
        at: ctx.now,
      },
      [
        disclosureInsert(ctx.database, {
          id,
          caseId: heldCase.id,
          personId: actor.id,
          legalBasis: input.legalBasis,
          disclosedTo: input.disclosedTo,
          jeopardises: input.jeopardises,
          at,
        }),
        ...(input.message
          ? [
              entryInsert(ctx.database, {
                id: randomId(),
                caseId: heldCase.id,
                kind: "disclosure_notice",
                author: "handler",
                personId: actor.id,
                on: ctx.today,
                at,
                ciphertext: input.message,
                threadSeq: input.seq ?? "next",
              }),
            ]
          : []),
      ],
    ),
  );
  return { id };
}
