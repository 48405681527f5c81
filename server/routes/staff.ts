/**
 * Enrolment, sign-in and sign-out of the people who run the channel. The server never sees a
 * passphrase: the browser sends an authentication key from the slow KDF (stored as a hash) and the
 * identity sealed under a second key from the same KDF.
 */

import { and, eq, isNull } from "drizzle-orm";
import { Hono } from "hono";
import * as v from "valibot";
import { fromBase64 } from "../../crypto/index";
import { isConstraintError } from "../../db/index";
import { enrolmentAwaitsApproval } from "../../db/queries/approvals";
import { withAudit } from "../../db/queries/audit";
import { hashSecret, randomId } from "../../db/queries/ids";
import { enrolmentByCodeHash, personByHandle, rolesOf } from "../../db/queries/persons";
import { storedSecret } from "../../db/queries/secrets";
import { channelMembers, enrolments, persons } from "../../db/schema";
import { readerNotices } from "../admin/changes";
import { isReader } from "../admin/readers";
import { kdfParamsFor } from "../auth/kdf-params";
import { authenticationOptions, passkeysOf, relyingParty } from "../auth/passkeys";
import { checkSecondFactor, keyMatches, secondFactorError, secondFactorFields } from "../auth/second-factor";
import { overdueOf } from "../case/index";
import type { Env } from "../context";
import { AppError, conflict, notFound } from "../errors";
import { fixedWindow, rateLimit } from "../middleware/rate-limit";
import { actor, caseContext } from "../middleware/request-context";
import { endSession, requireSession, startSession } from "../middleware/session";
import { doc } from "../openapi";
import { authKey, b64, handle, json, kdf, recipient } from "../validate";

const Enrol = v.strictObject({
  code: v.pipe(v.string(), v.minLength(20), v.maxLength(80)),
  handle,
  displayName: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(80)),
  recipient,
  kdf,
  authKey,
  sealedIdentity: b64(16 << 10),
});
const Params = v.strictObject({ handle });
const SignIn = v.strictObject({ handle, authKey, ...secondFactorFields });

export function publicPerson(p: { id: string; handle: string; displayName: string; roles: string }) {
  return { id: p.id, handle: p.handle, displayName: p.displayName, roles: rolesOf(p) };
}

/** An enrolment link a second admin has not approved yet. */
export const awaitingApproval = () =>
  conflict("awaiting_approval", "This enrolment link waits for a second admin's approval. Try again later.");

const BAD_CREDENTIALS = () => new AppError(401, "bad_credentials", "The name or passphrase is not right.");

export function staffRoutes() {
  const passkeyOptionsLimiter = fixedWindow(20, 15 * 60_000);
  return (
    new Hono<Env>()
      .post(
        "/enrolment",
        doc(
          "Enrol with a one-time link: public key, KDF parameters, authentication key hash input, sealed identity",
        ),
        rateLimit("enrolment", 30, 15 * 60_000),
        json(Enrol),
        async (c) => {
          const { database, clock } = c.var.deps;
          const input = c.req.valid("json");
          const e = await enrolmentByCodeHash(database, hashSecret(input.code));
          const now = clock();
          if (!e || e.usedAt || Date.parse(e.expiresAt) <= now.getTime())
            throw notFound("This enrolment link is not valid any more.");
          if (await enrolmentAwaitsApproval(database, e.id)) throw awaitingApproval();
          if (await personByHandle(database, input.handle))
            throw conflict("handle_taken", "That name is taken; choose another.");
          const personId = randomId();
          const channelIds = JSON.parse(e.channelIds) as string[];
          // The channel's handlers are told that a new person can read its reports (server/admin/readers.ts).
          const notices = isReader(JSON.parse(e.roles) as string[])
            ? await readerNotices(
                { database, now, publicUrl: c.var.deps.publicUrl, actorId: personId },
                personId,
                channelIds,
              )
            : [];
          try {
            await withAudit(
              database,
              {
                actor: personId,
                action: "person.enrolled",
                detail: { enrolment: e.id, roles: JSON.parse(e.roles) },
              },
              now,
              () => [
                database.db
                  .update(enrolments)
                  .set({ usedAt: now.toISOString(), personId })
                  .where(and(eq(enrolments.id, e.id), isNull(enrolments.usedAt))),
                database.db.insert(persons).values({
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
                ...channelIds.map((channelId) =>
                  database.db.insert(channelMembers).values({ channelId, personId }),
                ),
                ...notices,
              ],
            );
          } catch (err) {
            // A concurrent use of the same link won the race: this one enrols nobody.
            if (isConstraintError(err, "enrolment_id"))
              throw notFound("This enrolment link is not valid any more.");
            if (isConstraintError(err, "handle"))
              throw conflict("handle_taken", "That name is taken; choose another.");
            throw err;
          }
          const [p] = await database.db.select().from(persons).where(eq(persons.id, personId));
          if (!p) throw notFound();
          await startSession(c, personId);
          return c.json({ person: publicPerson(p) }, 201);
        },
      )
      .post(
        "/session/params",
        doc("KDF parameters for a handle (stable fakes for unknown handles)"),
        json(Params),
        async (c) => {
          const { database } = c.var.deps;
          const input = c.req.valid("json");
          const p = await personByHandle(database, input.handle);
          const secret = await storedSecret(database, "fake-kdf-salt");
          return c.json({ kdf: kdfParamsFor(p?.kdf, secret, "kdf-salt", input.handle) });
        },
      )
      .post(
        "/session",
        doc("Sign in with the passphrase-derived authentication key"),
        rateLimit("session", 30, 15 * 60_000),
        json(SignIn),
        async (c) => {
          const { database, clock } = c.var.deps;
          const input = c.req.valid("json");
          const now = clock();
          // Per handle AND address prefix: a stranger elsewhere cannot lock the person out.
          const key = `signin:${input.handle}:${c.var.clientKey("signin")}`;
          c.var.backoff.check(key, now.getTime());
          const p = await personByHandle(database, input.handle);
          // No audit write here: a failure must cost the same for real and unknown names.
          if (!p || !keyMatches(input.authKey, p.authKeyHash)) {
            c.var.backoff.fail(key, now.getTime());
            throw BAD_CREDENTIALS();
          }
          const second = await checkSecondFactor(c, p, input, now);
          if (!second.ok) {
            if ("bad" in second) {
              c.var.backoff.fail(key, now.getTime());
              await withAudit(
                database,
                { actor: p.id, action: "session.failed", detail: { factor: second.bad } },
                now,
                () => [],
              );
            }
            throw secondFactorError(second);
          }
          c.var.backoff.reset(key);
          await withAudit(database, { actor: p.id, action: "session.started" }, now, () => []);
          await startSession(c, p.id);
          return c.json({ person: publicPerson(p), sealedIdentity: p.sealedIdentity });
        },
      )
      /**
       * WebAuthn options for a second factor, the same shape for every name, with a nonce that binds the
       * challenge to this browser. Limited per name and address prefix: nobody elsewhere can use it up.
       */
      .post(
        "/session/passkey/options",
        doc("WebAuthn authentication options for sign-in"),
        json(Params),
        async (c) => {
          const { database, clock } = c.var.deps;
          const input = c.req.valid("json");
          const now = clock();
          if (!passkeyOptionsLimiter.hit(`${input.handle}:${c.var.clientKey("passkey")}`, now.getTime())) {
            throw new AppError(429, "rate_limited", "Too many attempts. Wait a few minutes and try again.");
          }
          const p = await personByHandle(database, input.handle);
          const secret = await storedSecret(database, "fake-passkey-id");
          const rp = relyingParty(c.req.url, c.var.deps.publicUrl);
          return c.json(await authenticationOptions(database, p ?? null, input.handle, secret, rp, now));
        },
      )
      .delete("/session", doc("Sign out"), rateLimit("session", 30, 15 * 60_000), async (c) => {
        await endSession(c);
        return c.body(null, 204);
      })
      .get(
        "/me",
        doc("The signed-in person and the number of overdue cases"),
        requireSession(),
        async (c) => {
          const { settings } = c.var;
          return c.json({
            person: publicPerson(c.var.person),
            totp: Boolean(c.var.person.totpEnabledAt),
            passkeys: (await passkeysOf(c.var.deps.database, c.var.person.id)).length,
            notifyEmail: c.var.person.notifyEmail,
            overdue: await overdueOf(caseContext(c), actor(c)),
            organisation: { name: settings.orgName, jurisdiction: settings.jurisdiction },
          });
        },
      )
  );
}
