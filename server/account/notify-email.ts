/** Where a person's content-free reminders go (server/reminders/): an address, or none. */
import { accountUpdate } from "../../db/queries/account";
import { withAudit } from "../../db/queries/audit";
import type { Person } from "../../db/queries/persons";
import { checkProof, type ProofInput } from "../auth/second-factor";
import type { AccountCtx } from "./context";

/** Sets (or, with `null`, clears) the reminder address, after the person's proof; the log says only which. */
export async function setNotifyEmail(
  ctx: AccountCtx,
  person: Person,
  input: { proof?: ProofInput; email: string | null },
) {
  const { database, now } = ctx;
  await checkProof(ctx, person, input.proof);
  await withAudit(
    database,
    { actor: person.id, action: "notify_email.set", detail: { set: input.email !== null } },
    now,
    () => [accountUpdate(database, person.id, { notifyEmail: input.email })],
  );
  return { ok: true as const };
}
