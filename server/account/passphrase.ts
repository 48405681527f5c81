/**
 * The two copies of a person's identity: sealed under their passphrase, and sealed under a printable
 * recovery key. The browser re-seals; the server stores the new copy with the hash of the new
 * authentication key, and never sees a passphrase or a recovery key.
 */
import type { KdfParams } from "../../crypto/index";
import { fromBase64 } from "../../crypto/index";
import { accountUpdate, otherSessionsDelete, takeChallenge } from "../../db/queries/account";
import { withAudit } from "../../db/queries/audit";
import { hashSecret } from "../../db/queries/ids";
import type { Person } from "../../db/queries/persons";
import { checkProof, keyMatches, type ProofInput } from "../auth/second-factor";
import { AppError } from "../errors";
import type { AccountCtx } from "./context";
import { RECOVERY_GRANT_PURPOSE } from "./recovery";

/** An identity sealed in the browser under a key from `kdf`, with the authentication key beside it. */
export interface SealedCopy {
  kdf: KdfParams;
  authKey: string;
  sealedIdentity: string;
}

/** A new passphrase: proof, or right after recovery the recovery key and the grant in its place. */
export interface PassphraseChange extends SealedCopy {
  proof?: ProofInput;
  recovery?: { authKey: string; grant: string };
}

/** Takes (deletes) a live recovery grant of `personId`; true when it was there. */
async function takeRecoveryGrant(ctx: AccountCtx, personId: string, given: string) {
  const row = await takeChallenge(ctx.database, personId, RECOVERY_GRANT_PURPOSE, hashSecret(given));
  return row ? row.expiresAt > ctx.now.toISOString() : false;
}

/**
 * Sets a new passphrase: its KDF parameters, authentication key and the identity sealed under it.
 * Every other session of the person ends; the one making the change (`sessionHash`) stays.
 */
export async function changePassphrase(
  ctx: AccountCtx,
  person: Person,
  sessionHash: string,
  input: PassphraseChange,
) {
  const { database, now } = ctx;
  if (input.recovery) {
    const recovered =
      keyMatches(input.recovery.authKey, person.recoveryAuthKeyHash) &&
      (await takeRecoveryGrant(ctx, person.id, input.recovery.grant));
    if (!recovered)
      throw new AppError(401, "bad_credentials", "The recovery key is not right, or recovery has expired.");
  } else {
    await checkProof(ctx, person, input.proof);
  }
  await withAudit(database, { actor: person.id, action: "passphrase.changed" }, now, () => [
    accountUpdate(database, person.id, {
      kdf: JSON.stringify(input.kdf),
      authKeyHash: hashSecret(fromBase64(input.authKey)),
      sealedIdentity: input.sealedIdentity,
    }),
    otherSessionsDelete(database, person.id, sessionHash),
  ]);
  return { ok: true as const };
}

/** Stores the recovery copy: the identity sealed under a key derived from a printable recovery key. */
export async function setRecoveryCopy(
  ctx: AccountCtx,
  person: Person,
  input: SealedCopy & { proof?: ProofInput },
) {
  const { database, now } = ctx;
  await checkProof(ctx, person, input.proof);
  await withAudit(database, { actor: person.id, action: "recovery.set" }, now, () => [
    accountUpdate(database, person.id, {
      recoveryKdf: JSON.stringify(input.kdf),
      recoveryAuthKeyHash: hashSecret(fromBase64(input.authKey)),
      recoverySealedIdentity: input.sealedIdentity,
    }),
  ]);
  return { ok: true as const };
}
