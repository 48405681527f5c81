/** Registering a passkey as a second factor, the alternative to TOTP (server/auth/passkeys.ts). */
import type { RegistrationResponseJSON } from "@simplewebauthn/server";
import { passkeyInsert } from "../../db/queries/account";
import { withAudit } from "../../db/queries/audit";
import type { Person } from "../../db/queries/persons";
import { registrationOptions, verifyRegistration } from "../auth/passkeys";
import { checkProof, type ProofInput } from "../auth/second-factor";
import { badRequest } from "../errors";
import type { AccountCtx } from "./context";

/** WebAuthn registration options for a new passkey of `person`. */
export async function passkeyOptions(ctx: AccountCtx, person: Person) {
  return { options: await registrationOptions(ctx.database, person, ctx.rp, ctx.now) };
}

/**
 * Registers a passkey (after the person's proof) from the browser's registration response; 400
 * `bad_passkey` when it does not verify against the challenge of `passkeyOptions`.
 */
export async function addPasskey(
  ctx: AccountCtx,
  person: Person,
  input: { proof?: ProofInput; response: object },
) {
  const { database, now } = ctx;
  await checkProof(ctx, person, input.proof);
  const response = input.response as unknown as RegistrationResponseJSON;
  const row = await verifyRegistration(database, person, response, ctx.rp, now);
  if (!row) throw badRequest("bad_passkey", "The passkey could not be verified. Try again.");
  await withAudit(
    database,
    { actor: person.id, action: "passkey.added", detail: { passkey: row.id.slice(0, 16) } },
    now,
    () => [passkeyInsert(database, row)],
  );
  return { id: row.id };
}
