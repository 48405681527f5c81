/** The one access rule of a case: it exists for a person only if a case key is wrapped to them. */
import { caseById, keysOf } from "../../db/queries/cases";
import type { Actor, CaseContext } from "./context";
import { noSuchCase } from "./errors";

/** The case `caseId` with the actor's wrapped keys; `noSuchCase` (404, never 403) otherwise. */
export async function holdCase(ctx: CaseContext, actor: Actor, caseId: string) {
  const keys = await keysOf(ctx.database, caseId, actor.id);
  const heldCase = keys.caseKey ? await caseById(ctx.database, caseId) : undefined;
  if (!heldCase || !keys.caseKey) throw noSuchCase();
  return {
    heldCase,
    keys: { caseKey: keys.caseKey, identityKey: keys.identityKey, notesKey: keys.notesKey },
  };
}

export type HeldCase = Awaited<ReturnType<typeof holdCase>>;

/**
 * The case for the identity-section verbs (Art. 16): a holder of the case key, or a custodian holding
 * only the identity key, who opens the identity section without being a handler on the case.
 */
export async function holdIdentity(ctx: CaseContext, actor: Actor, caseId: string) {
  const keys = await keysOf(ctx.database, caseId, actor.id);
  const allowed = keys.caseKey || (keys.identityKey && actor.roles.includes("custodian"));
  const heldCase = allowed ? await caseById(ctx.database, caseId) : undefined;
  if (!heldCase) throw noSuchCase();
  return { heldCase, keys };
}
