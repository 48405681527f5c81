/**
 * Signing in with the printable recovery key, when the passphrase is lost. The second factor (TOTP or
 * passkey) still applies. What it earns is the recovery copy of the identity and a short-lived grant:
 * with it, and only then, a new passphrase can be set without the old one (passphrase.ts).
 */
import { challengeInsert } from "../../db/queries/account";
import { withAudit } from "../../db/queries/audit";
import { hashSecret, randomId } from "../../db/queries/ids";
import { personByHandle } from "../../db/queries/persons";
import { storedSecret } from "../../db/queries/secrets";
import { kdfParamsFor } from "../auth/kdf-params";
import {
  checkSecondFactor,
  keyMatches,
  type SecondFactorInput,
  secondFactorError,
} from "../auth/second-factor";
import { AppError } from "../errors";
import type { AccountCtx } from "./context";
import { publicPerson } from "./view";

/** The challenge purpose under which the grant waits for the new passphrase. */
export const RECOVERY_GRANT_PURPOSE = "recovery-reset";
const RECOVERY_GRANT_MS = 15 * 60_000;

/** A recovery sign-in: the name, the recovery key's authentication key, and the second factor. */
export interface RecoveryInput extends SecondFactorInput {
  handle: string;
  authKey: string;
}

/** The KDF parameters of `handle`'s recovery key; stable fakes for names nobody has. */
export async function recoveryParams(ctx: Pick<AccountCtx, "database">, handle: string) {
  const person = await personByHandle(ctx.database, handle);
  const secret = await storedSecret(ctx.database, "fake-kdf-salt");
  return { kdf: kdfParamsFor(person?.recoveryKdf, secret, "recovery-salt", handle) };
}

/**
 * Checks the recovery key and the second factor of `input.handle`, under the back-off of that name
 * from `client` (the request's address-prefix key). Returns whom to start a session for and the
 * answer: the person, their recovery copy and the grant for the new passphrase.
 */
export async function recover(ctx: AccountCtx, input: RecoveryInput, client: string) {
  const { database, now, backoff } = ctx;
  const key = `recover:${input.handle}:${client}`;
  backoff.check(key, now.getTime());
  const person = await personByHandle(database, input.handle);
  if (!person || !keyMatches(input.authKey, person.recoveryAuthKeyHash) || !person.recoverySealedIdentity) {
    backoff.fail(key, now.getTime());
    throw new AppError(401, "bad_credentials", "The name or recovery key is not right.");
  }
  const second = await checkSecondFactor(database, ctx.rp, person, input, now);
  if (!second.ok) {
    if ("bad" in second) backoff.fail(key, now.getTime());
    throw secondFactorError(second);
  }
  backoff.reset(key);
  const recoveryGrant = randomId();
  await withAudit(database, { actor: person.id, action: "session.recovered" }, now, () => [
    challengeInsert(database, {
      id: randomId(),
      personId: person.id,
      purpose: RECOVERY_GRANT_PURPOSE,
      challenge: hashSecret(recoveryGrant),
      expiresAt: new Date(now.getTime() + RECOVERY_GRANT_MS).toISOString(),
    }),
  ]);
  const answer = {
    person: publicPerson(person),
    sealedIdentity: person.recoverySealedIdentity,
    recoveryGrant,
  };
  return { personId: person.id, answer };
}
