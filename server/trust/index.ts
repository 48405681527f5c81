/**
 * Trust that does not rest on the server's word (crypto/SPEC.md "Trust formats"): the server stores
 * and serves the roster and the client release an admin's browser signed, the channel key sealed to
 * each admin, people's signing keys and their signed audit checkpoints. It checks what it is given so
 * that garbage is refused, but every reader verifies again: the server never holds the channel key.
 */
import {
  fingerprintOf,
  isCryptoError,
  openCheckpoint,
  openRelease,
  openRoster,
  type SignedStatement,
} from "../../crypto/index";
import { type Database, isConstraintError } from "../../db/index";
import { withAudit } from "../../db/queries/audit";
import { randomId } from "../../db/queries/ids";
import type { Person } from "../../db/queries/persons";
import {
  adminSeals,
  checkpointInsert,
  checkpoints,
  latestRelease,
  latestRoster,
  releaseInsert,
  rosterDraft,
  rosterInsert,
  sealInsert,
  setSigningKey,
} from "../../db/queries/trust";
import { AppError, badRequest, notFound } from "../errors";
import { ciphertext, WRAPPED_KEY } from "../validate";

/** Who acts: the signed-in person, with the signing key they registered. */
type Signer = Pick<Person, "id" | "signingKey">;

const rosterView = (r: { serial: number; body: string; signature: string }) => ({
  serial: r.serial,
  body: r.body,
  signature: r.signature,
});

const stale = () => new AppError(409, "roster_stale", "A newer roster exists. Reload and sign again.");

/** The signed roster as the report page gets it, or null before the first admin signed one. */
export async function signedRoster(database: Database) {
  const roster = await latestRoster(database);
  return roster ? rosterView(roster) : null;
}

/** The signed roster the report page verifies; 404 before the first admin signed one. */
export async function publishedRoster(database: Database) {
  const roster = await signedRoster(database);
  if (!roster) throw notFound("No signed roster yet: an admin has to sign in once.");
  return roster;
}

/** The newest client release an admin's browser signed; 404 before the first one. */
export async function publishedRelease(database: Database) {
  const release = await latestRelease(database);
  if (!release) throw notFound("No release has been published yet: an admin publishes one.");
  return { body: release.body, signature: release.signature };
}

/** What a browser needs to check and re-sign the roster: admins also get the seals. */
export async function trustState(database: Database, person: Signer, isAdmin: boolean) {
  const admins = isAdmin ? await adminSeals(database) : [];
  return {
    roster: await signedRoster(database),
    draft: await rosterDraft(database),
    mySigningKey: person.signingKey,
    mySeal: admins.find((a) => a.id === person.id)?.sealed ?? null,
    unsealedAdmins: admins.filter((a) => a.sealed === null).map(({ id, recipient }) => ({ id, recipient })),
    anySeal: admins.some((a) => a.sealed !== null),
  };
}

/** Registers `personId`'s Ed25519 signing public key (base64), which their signed statements verify under. */
export async function registerSigningKey(database: Database, personId: string, signingKey: string) {
  await setSigningKey(database, personId, signingKey);
  return { signingKey };
}

/** Stores a roster signed under the pinned channel key with the next serial; 409 when another came first. */
export async function storeRoster(
  database: Database,
  actorId: string,
  statement: SignedStatement,
  now: Date,
): Promise<{ serial: number }> {
  const current = await latestRoster(database);
  const pin = current ? fingerprintOf((JSON.parse(current.body) as { channelKey: string }).channelKey) : null;
  let serial: number;
  try {
    serial = openRoster(statement, { pin, now }).serial;
  } catch (e) {
    if (isCryptoError(e)) throw badRequest("bad_roster", `The roster was refused: ${e.message}.`);
    throw e;
  }
  if (serial !== (current?.serial ?? 0) + 1) throw stale();
  try {
    await withAudit(database, { actor: actorId, action: "roster.signed", detail: { serial } }, now, () => [
      rosterInsert(database, {
        serial,
        body: statement.body,
        signature: statement.signature,
        createdAt: now.toISOString(),
        createdBy: actorId,
      }),
    ]);
  } catch (e) {
    if (!isConstraintError(e, "rosters")) throw e;
    throw stale();
  }
  return { serial };
}

/** Stores the channel key sealed to admins who lack a copy; each seal must be a wrapped key to an admin. */
export async function storeSeals(
  database: Database,
  seals: { personId: string; sealed: string }[],
  now: Date,
): Promise<{ sealed: number }> {
  const admins = await adminSeals(database);
  for (const [i, s] of seals.entries()) {
    ciphertext(s.sealed, WRAPPED_KEY, `seals.${i}.sealed`);
    if (!admins.some((a) => a.id === s.personId))
      throw badRequest("not_admin", "Seal the key to admins only.");
  }
  const createdAt = now.toISOString();
  await database.batch(
    seals.map((s) => sealInsert(database, { personId: s.personId, sealed: s.sealed, createdAt })),
  );
  return { sealed: seals.length };
}

/** Stores an audit checkpoint the person signed with their own registered key. */
export async function storeCheckpoint(
  database: Database,
  person: Signer,
  statement: SignedStatement,
  now: Date,
): Promise<{ seq: number }> {
  if (!person.signingKey) throw badRequest("no_signing_key", "Register your signing key first.");
  let seq: number;
  try {
    const checkpoint = openCheckpoint(statement, person.signingKey);
    if (checkpoint.personId !== person.id)
      throw badRequest("bad_checkpoint", "This checkpoint is not yours.");
    seq = checkpoint.seq;
  } catch (e) {
    if (isCryptoError(e)) throw badRequest("bad_checkpoint", `The checkpoint was refused: ${e.message}.`);
    throw e;
  }
  await database.batch([
    checkpointInsert(database, {
      id: randomId(),
      seq,
      personId: person.id,
      body: statement.body,
      signature: statement.signature,
      createdAt: now.toISOString(),
    }),
  ]);
  return { seq };
}

/** Stores a client release signed with the channel key of the roster in force. */
export async function publishRelease(
  database: Database,
  actorId: string,
  statement: SignedStatement,
  now: Date,
): Promise<{ manifest: string }> {
  const roster = await latestRoster(database);
  if (!roster) throw badRequest("no_roster", "Sign the roster before publishing a release.");
  const { channelKey } = JSON.parse(roster.body) as { channelKey: string };
  let manifest: string;
  try {
    manifest = openRelease(statement, channelKey).manifest;
  } catch (e) {
    if (isCryptoError(e)) throw badRequest("bad_release", `The release was refused: ${e.message}.`);
    throw e;
  }
  await withAudit(
    database,
    { actor: actorId, action: "release.published", detail: { manifest } },
    now,
    () => [
      releaseInsert(database, {
        id: randomId(),
        manifest,
        body: statement.body,
        signature: statement.signature,
        createdAt: now.toISOString(),
        createdBy: actorId,
      }),
    ],
  );
  return { manifest };
}

/** Signed audit checkpoints, oldest first. */
export async function checkpointsOf(database: Database) {
  const rows = await checkpoints(database);
  return rows.map(({ seq, personId, body, signature }) => ({ seq, personId, body, signature }));
}
