/**
 * An authenticator app (TOTP) as the second factor: setup hands out a new secret, and a first valid
 * code turns it on. Until then sign-in does not ask for it.
 */
import { accountUpdate } from "../../db/queries/account";
import { withAudit } from "../../db/queries/audit";
import type { Person } from "../../db/queries/persons";
import { checkProof, type ProofInput } from "../auth/second-factor";
import { checkTotp, newTotpSecret, totpUri } from "../auth/totp";
import { badRequest, conflict } from "../errors";
import type { AccountCtx } from "./context";

/**
 * Starts TOTP setup for `person` (after their proof): a new secret, and its otpauth URI for the
 * authenticator app's QR code. 409 `totp_enabled` when TOTP is on already.
 */
export async function startTotpSetup(ctx: AccountCtx, person: Person, input: { proof?: ProofInput }) {
  const { database, now } = ctx;
  await checkProof(ctx, person, input.proof);
  if (person.totpEnabledAt) throw conflict("totp_enabled", "TOTP is already on.");
  const secret = newTotpSecret();
  await withAudit(database, { actor: person.id, action: "totp.setup" }, now, () => [
    accountUpdate(database, person.id, { totpSecret: secret }),
  ]);
  return { secret, uri: totpUri(secret, person.handle) };
}

/**
 * Turns TOTP on with a first valid code of the secret from setup (the code's step is remembered, so
 * it cannot sign in too). 409 `totp_state` without a setup, 400 `bad_totp` for a wrong code.
 */
export async function enableTotp(ctx: AccountCtx, person: Person, input: { code: string }) {
  const { database, now } = ctx;
  if (!person.totpSecret || person.totpEnabledAt) throw conflict("totp_state", "Start the TOTP setup first.");
  const step = checkTotp(person.totpSecret, input.code, now, person.totpLastStep);
  if (step === null) throw badRequest("bad_totp", "That code is not right. Check the clock of your phone.");
  await withAudit(database, { actor: person.id, action: "totp.enabled" }, now, () => [
    accountUpdate(database, person.id, { totpEnabledAt: now.toISOString(), totpLastStep: step }),
  ]);
  return { totp: true as const };
}
