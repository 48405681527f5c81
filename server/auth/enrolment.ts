/**
 * Enrolment with a one-time link: the person's public key, KDF parameters, the hash of their
 * authentication key and their sealed identity are stored, the link is used up, and the handlers of
 * the person's channels are told when a new person can read their reports (server/admin/readers.ts).
 */
import { fromBase64, type KdfParams } from "../../crypto/index";
import type { Database } from "../../db/index";
import { isConstraintError } from "../../db/index";
import { enrolmentAwaitsApproval } from "../../db/queries/approvals";
import { withAudit } from "../../db/queries/audit";
import { hashSecret, randomId } from "../../db/queries/ids";
import {
  enrolmentByCodeHash,
  enrolmentUse,
  memberInsert,
  type Person,
  personByHandle,
  personById,
  personInsert,
} from "../../db/queries/persons";
import { readerNotices } from "../admin/changes";
import { isReader } from "../admin/readers";
import { conflict, notFound } from "../errors";

export interface EnrolmentInput {
  code: string;
  handle: string;
  displayName: string;
  recipient: string;
  kdf: KdfParams;
  authKey: string;
  sealedIdentity: string;
}

/** An enrolment link a second admin has not approved yet. */
const awaitingApproval = () =>
  conflict("awaiting_approval", "This enrolment link waits for a second admin's approval. Try again later.");

const notValid = () => notFound("This enrolment link is not valid any more.");
const handleTaken = () => conflict("handle_taken", "That name is taken; choose another.");

/** The link `code` opens: 404 unless it is unused and unexpired, 409 while it awaits approval. */
async function openLink(database: Database, code: string, now: Date) {
  const e = await enrolmentByCodeHash(database, hashSecret(code));
  if (!e || e.usedAt || Date.parse(e.expiresAt) <= now.getTime()) throw notValid();
  if (await enrolmentAwaitsApproval(database, e.id)) throw awaitingApproval();
  return e;
}

/** What the link `code` grants (roles, expiry), for the page that asks for a name and passphrase. */
export async function checkEnrolmentLink(database: Database, code: string, now: Date) {
  const e = await openLink(database, code, now);
  return { roles: JSON.parse(e.roles) as string[], expiresAt: e.expiresAt };
}

/** Enrols the person the link was made for; returns them, to start their session. */
export async function enrol(
  database: Database,
  input: EnrolmentInput,
  now: Date,
  publicUrl: string | undefined,
): Promise<Person> {
  const e = await openLink(database, input.code, now);
  if (await personByHandle(database, input.handle)) throw handleTaken();
  const personId = randomId();
  const channelIds = JSON.parse(e.channelIds) as string[];
  // The channel's handlers are told that a new person can read its reports (server/admin/readers.ts).
  const notices = isReader(JSON.parse(e.roles) as string[])
    ? await readerNotices({ database, now, publicUrl, actorId: personId }, personId, channelIds)
    : [];
  try {
    await withAudit(
      database,
      { actor: personId, action: "person.enrolled", detail: { enrolment: e.id, roles: JSON.parse(e.roles) } },
      now,
      () => [
        enrolmentUse(database, e.id, personId, now),
        personInsert(database, {
          id: personId,
          handle: input.handle,
          displayName: input.displayName,
          roles: e.roles,
          recipient: input.recipient,
          kdf: JSON.stringify(input.kdf),
          authKeyHash: hashSecret(fromBase64(input.authKey)),
          sealedIdentity: input.sealedIdentity,
          createdAt: now.toISOString(),
          enrolmentId: e.id,
        }),
        ...channelIds.map((channelId) => memberInsert(database, channelId, personId)),
        ...notices,
      ],
    );
  } catch (err) {
    // A concurrent use of the same link won the race: this one enrols nobody.
    if (isConstraintError(err, "enrolment_id")) throw notValid();
    if (isConstraintError(err, "handle")) throw handleTaken();
    throw err;
  }
  const person = await personById(database, personId);
  if (!person) throw notFound();
  return person;
}
