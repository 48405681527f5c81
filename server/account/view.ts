/** What the API shows of a person who runs the channel, to themselves and to their colleagues. */
import { type Person, rolesOf } from "../../db/queries/persons";
import { passkeysOf } from "../auth/passkeys";
import { type Actor, type CaseContext, overdueOf } from "../case/index";

/** A person as any signed-in colleague may see them: no keys, no second factor, no address. */
export function publicPerson(person: { id: string; handle: string; displayName: string; roles: string }) {
  return { id: person.id, handle: person.handle, displayName: person.displayName, roles: rolesOf(person) };
}

/**
 * The signed-in person's own account (`GET /api/me`): who they are, their second factors, where their
 * reminders go, how many of their cases are overdue, and the organisation they serve.
 */
export async function ownAccount(ctx: CaseContext, actor: Actor, person: Person) {
  return {
    person: publicPerson(person),
    totp: Boolean(person.totpEnabledAt),
    passkeys: (await passkeysOf(ctx.database, person.id)).length,
    notifyEmail: person.notifyEmail,
    overdue: await overdueOf(ctx, actor),
    organisation: { name: ctx.settings.orgName, jurisdiction: ctx.settings.jurisdiction },
  };
}
