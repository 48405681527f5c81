/**
 * Signing in with the passphrase. The server never sees it: the browser sends an authentication key
 * from the slow KDF (stored as a hash) and gets back the identity sealed under a second key from the
 * same KDF. No answer tells which names exist.
 */
import { sessionsDelete } from "../../db/queries/account";
import { appendAudit, withAudit } from "../../db/queries/audit";
import { personByHandle } from "../../db/queries/persons";
import { storedSecret } from "../../db/queries/secrets";
import { kdfParamsFor } from "../auth/kdf-params";
import { authenticationOptions } from "../auth/passkeys";
import {
  checkSecondFactor,
  keyMatches,
  type SecondFactorInput,
  secondFactorError,
} from "../auth/second-factor";
import { AppError } from "../errors";
import type { AccountCtx } from "./context";
import { publicPerson } from "./view";

/** A sign-in: the name, the passphrase's authentication key, and the second factor. */
export interface SignInInput extends SecondFactorInput {
  handle: string;
  authKey: string;
}

/** The KDF parameters of `handle`'s passphrase; stable fakes for names nobody has. */
export async function signInParams(ctx: Pick<AccountCtx, "database">, handle: string) {
  const person = await personByHandle(ctx.database, handle);
  const secret = await storedSecret(ctx.database, "fake-kdf-salt");
  return { kdf: kdfParamsFor(person?.kdf, secret, "kdf-salt", handle) };
}

/**
 * Checks the passphrase's authentication key and the second factor of `input.handle`, under the
 * back-off of that name from `client` (the request's address-prefix key). Returns whom to start a
 * session for and the answer: the person and their sealed identity.
 */
export async function signIn(ctx: AccountCtx, input: SignInInput, client: string) {
  const { database, now, backoff } = ctx;
  // Per handle AND address prefix: a stranger elsewhere cannot lock the person out.
  const key = `signin:${input.handle}:${client}`;
  backoff.check(key, now.getTime());
  const person = await personByHandle(database, input.handle);
  // No audit write here: a failure must cost the same for real and unknown names.
  if (!person || !keyMatches(input.authKey, person.authKeyHash)) {
    backoff.fail(key, now.getTime());
    throw new AppError(401, "bad_credentials", "The name or passphrase is not right.");
  }
  const second = await checkSecondFactor(database, ctx.rp, person, input, now);
  if (!second.ok) {
    if ("bad" in second) {
      backoff.fail(key, now.getTime());
      const detail = { factor: second.bad };
      await appendAudit(database, { actor: person.id, action: "session.failed", detail }, now);
    }
    throw secondFactorError(second);
  }
  backoff.reset(key);
  await appendAudit(database, { actor: person.id, action: "session.started" }, now);
  return {
    personId: person.id,
    answer: { person: publicPerson(person), sealedIdentity: person.sealedIdentity },
  };
}

/**
 * WebAuthn options for a passkey sign-in of `handle`: the same shape for every name, with a nonce
 * that binds the challenge to this browser (server/auth/passkeys.ts).
 */
export async function passkeySignInOptions(ctx: AccountCtx, handle: string) {
  const person = await personByHandle(ctx.database, handle);
  const secret = await storedSecret(ctx.database, "fake-passkey-id");
  return authenticationOptions(ctx.database, person ?? null, handle, secret, ctx.rp, ctx.now);
}

/** Ends every session of the person, this one included. */
export async function signOutEverywhere(ctx: Pick<AccountCtx, "database" | "now">, personId: string) {
  const { database, now } = ctx;
  await withAudit(database, { actor: personId, action: "session.ended_everywhere" }, now, () => [
    sessionsDelete(database, personId),
  ]);
}
