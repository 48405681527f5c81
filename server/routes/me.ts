/**
 * A person's own security: TOTP, passphrase change (re-sealing the identity in the browser), the
 * printable recovery key, signing out everywhere, and recovery with that key.
 */

import type { RegistrationResponseJSON } from "@simplewebauthn/server";
import { type Context, Hono } from "hono";
import * as v from "valibot";
import { fromBase64 } from "../../crypto/index";
import {
  accountUpdate,
  challengeInsert,
  otherSessionsDelete,
  passkeyInsert,
  sessionsDelete,
  takeChallenge,
} from "../../db/queries/account";
import { withAudit } from "../../db/queries/audit";
import { hashSecret, randomId } from "../../db/queries/ids";
import { personByHandle } from "../../db/queries/persons";
import { storedSecret } from "../../db/queries/secrets";
import { kdfParamsFor } from "../auth/kdf-params";
import { registrationOptions, relyingParty, verifyRegistration } from "../auth/passkeys";
import {
  checkSecondFactor,
  keyMatches,
  Proof,
  requireProof,
  secondFactorError,
  secondFactorFields,
} from "../auth/second-factor";
import { checkTotp, newTotpSecret, totpUri } from "../auth/totp";
import type { Env } from "../context";
import { AppError, badRequest, conflict } from "../errors";
import { rateLimit } from "../middleware/rate-limit";
import { requireSession, startSession } from "../middleware/session";
import { doc } from "../openapi";
import { authKey, b64, handle, json, kdf } from "../validate";
import { publicPerson } from "./staff";

/** Every change that could lock the person out carries `proof` (auth/second-factor.ts). */
const Sealed = v.strictObject({ proof: v.optional(Proof), kdf, authKey, sealedIdentity: b64(16 << 10) });
const NewPasskey = v.strictObject({
  proof: v.optional(Proof),
  response: v.looseObject({
    id: v.pipe(v.string(), v.maxLength(1024)),
    rawId: v.pipe(v.string(), v.maxLength(1024)),
    type: v.literal("public-key"),
    response: v.looseObject({}),
  }),
});
/** A grant from POST /session/recover: right after recovery, the recovery key stands in for the proof. */
const grant = v.pipe(v.string(), v.regex(/^[0-9a-z]{20,40}$/));
const ChangePassphrase = v.strictObject({
  proof: v.optional(Proof),
  recovery: v.optional(v.strictObject({ authKey, grant })),
  kdf,
  authKey,
  sealedIdentity: b64(16 << 10),
});
const Code = v.strictObject({ code: v.pipe(v.string(), v.regex(/^\d{6}$/)) });
const Recover = v.strictObject({ handle, authKey, ...secondFactorFields });
const Email = v.strictObject({
  proof: v.optional(Proof),
  email: v.nullable(v.pipe(v.string(), v.trim(), v.email(), v.maxLength(200))),
});
const WithProof = v.strictObject({ proof: v.optional(Proof) });
const RECOVERY_GRANT_MS = 15 * 60_000;

/** Takes (deletes) a live recovery grant of `personId`; true when it was there. */
async function takeRecoveryGrant(c: Context<Env>, personId: string, given: string, now: Date) {
  const row = await takeChallenge(c.var.deps.database, personId, "recovery-reset", hashSecret(given));
  return row ? row.expiresAt > now.toISOString() : false;
}

export function meRoutes() {
  return (
    new Hono<Env>()
      .post(
        "/me/totp/setup",
        doc("Start TOTP setup: a new secret and its otpauth URI"),
        requireSession(),
        json(WithProof),
        async (c) => {
          const { database, clock } = c.var.deps;
          await requireProof(c, c.req.valid("json").proof);
          if (c.var.person.totpEnabledAt) throw conflict("totp_enabled", "TOTP is already on.");
          const secret = newTotpSecret();
          await database.batch([accountUpdate(database, c.var.person.id, { totpSecret: secret })]);
          await withAudit(database, { actor: c.var.person.id, action: "totp.setup" }, clock(), () => []);
          return c.json({ secret, uri: totpUri(secret, c.var.person.handle) });
        },
      )
      .post(
        "/me/totp/enable",
        doc("Turn TOTP on with a first valid code"),
        requireSession(),
        json(Code),
        async (c) => {
          const { database, clock } = c.var.deps;
          const input = c.req.valid("json");
          const p = c.var.person;
          if (!p.totpSecret || p.totpEnabledAt) throw conflict("totp_state", "Start the TOTP setup first.");
          const now = clock();
          const step = checkTotp(p.totpSecret, input.code, now, p.totpLastStep);
          if (step === null)
            throw badRequest("bad_totp", "That code is not right. Check the clock of your phone.");
          await withAudit(database, { actor: p.id, action: "totp.enabled" }, now, () => [
            accountUpdate(database, p.id, { totpEnabledAt: now.toISOString(), totpLastStep: step }),
          ]);
          return c.json({ totp: true });
        },
      )
      /** New passphrase: the browser re-seals the identity under the new KDF output; other sessions end. */
      .put(
        "/me/passphrase",
        doc("Change the passphrase: new KDF parameters, authentication key and sealed identity"),
        requireSession(),
        json(ChangePassphrase),
        async (c) => {
          const { database, clock } = c.var.deps;
          const input = c.req.valid("json");
          const p = c.var.person;
          if (input.recovery) {
            const recovered =
              keyMatches(input.recovery.authKey, p.recoveryAuthKeyHash) &&
              (await takeRecoveryGrant(c, p.id, input.recovery.grant, clock()));
            if (!recovered)
              throw new AppError(
                401,
                "bad_credentials",
                "The recovery key is not right, or recovery has expired.",
              );
          } else {
            await requireProof(c, input.proof);
          }
          await withAudit(database, { actor: p.id, action: "passphrase.changed" }, clock(), () => [
            accountUpdate(database, p.id, {
              kdf: JSON.stringify(input.kdf),
              authKeyHash: hashSecret(fromBase64(input.authKey)),
              sealedIdentity: input.sealedIdentity,
            }),
            otherSessionsDelete(database, p.id, c.var.sessionHash),
          ]);
          return c.json({ ok: true });
        },
      )
      /** The recovery copy: the identity sealed under a key derived from a printable recovery key. */
      .put(
        "/me/recovery",
        doc("Store the recovery copy of the identity, sealed under the recovery key"),
        requireSession(),
        json(Sealed),
        async (c) => {
          const { database, clock } = c.var.deps;
          const input = c.req.valid("json");
          await requireProof(c, input.proof);
          await withAudit(database, { actor: c.var.person.id, action: "recovery.set" }, clock(), () => [
            accountUpdate(database, c.var.person.id, {
              recoveryKdf: JSON.stringify(input.kdf),
              recoveryAuthKeyHash: hashSecret(fromBase64(input.authKey)),
              recoverySealedIdentity: input.sealedIdentity,
            }),
          ]);
          return c.json({ ok: true });
        },
      )
      .put(
        "/me/notify-email",
        doc("Where content-free reminders go"),
        requireSession(),
        json(Email),
        async (c) => {
          const { database, clock } = c.var.deps;
          const input = c.req.valid("json");
          await requireProof(c, input.proof);
          await withAudit(
            database,
            { actor: c.var.person.id, action: "notify_email.set", detail: { set: input.email !== null } },
            clock(),
            () => [accountUpdate(database, c.var.person.id, { notifyEmail: input.email })],
          );
          return c.json({ ok: true });
        },
      )
      .post(
        "/me/passkeys/options",
        doc("WebAuthn registration options for a new passkey"),
        requireSession(),
        async (c) => {
          const { database, clock, publicUrl } = c.var.deps;
          return c.json({
            options: await registrationOptions(
              database,
              c.var.person,
              relyingParty(c.req.url, publicUrl),
              clock(),
            ),
          });
        },
      )
      .post(
        "/me/passkeys",
        doc("Register a passkey as a second factor"),
        requireSession(),
        json(NewPasskey),
        async (c) => {
          const { database, clock, publicUrl } = c.var.deps;
          const input = c.req.valid("json");
          await requireProof(c, input.proof);
          const now = clock();
          const row = await verifyRegistration(
            database,
            c.var.person,
            input.response as unknown as RegistrationResponseJSON,
            relyingParty(c.req.url, publicUrl),
            now,
          );
          if (!row) throw badRequest("bad_passkey", "The passkey could not be verified. Try again.");
          await withAudit(
            database,
            { actor: c.var.person.id, action: "passkey.added", detail: { passkey: row.id.slice(0, 16) } },
            now,
            () => [passkeyInsert(database, row)],
          );
          return c.json({ id: row.id }, 201);
        },
      )
      .delete("/sessions", doc("Sign out everywhere"), requireSession(), async (c) => {
        const { database, clock } = c.var.deps;
        await withAudit(
          database,
          { actor: c.var.person.id, action: "session.ended_everywhere" },
          clock(),
          () => [sessionsDelete(database, c.var.person.id)],
        );
        return c.body(null, 204);
      })
      .post(
        "/session/recover/params",
        doc("KDF parameters of the recovery key"),
        json(v.strictObject({ handle })),
        async (c) => {
          const { database } = c.var.deps;
          const input = c.req.valid("json");
          const p = await personByHandle(database, input.handle);
          const secret = await storedSecret(database, "fake-kdf-salt");
          return c.json({ kdf: kdfParamsFor(p?.recoveryKdf, secret, "recovery-salt", input.handle) });
        },
      )
      /**
       * Sign in with the recovery key; the browser then sets a new passphrase with the grant returned
       * here. The second factor (TOTP or passkey) still applies.
       */
      .post(
        "/session/recover",
        doc("Sign in with the recovery key"),
        rateLimit("recover", 10, 15 * 60_000),
        json(Recover),
        async (c) => {
          const { database, clock } = c.var.deps;
          const input = c.req.valid("json");
          const now = clock();
          const key = `recover:${input.handle}:${c.var.clientKey("recover")}`;
          c.var.backoff.check(key, now.getTime());
          const p = await personByHandle(database, input.handle);
          if (!p || !keyMatches(input.authKey, p.recoveryAuthKeyHash) || !p.recoverySealedIdentity) {
            c.var.backoff.fail(key, now.getTime());
            throw new AppError(401, "bad_credentials", "The name or recovery key is not right.");
          }
          const second = await checkSecondFactor(c, p, input, now);
          if (!second.ok) {
            if ("bad" in second) c.var.backoff.fail(key, now.getTime());
            throw secondFactorError(second);
          }
          c.var.backoff.reset(key);
          const recoveryGrant = randomId();
          await withAudit(database, { actor: p.id, action: "session.recovered" }, now, () => [
            challengeInsert(database, {
              id: randomId(),
              personId: p.id,
              purpose: "recovery-reset",
              challenge: hashSecret(recoveryGrant),
              expiresAt: new Date(now.getTime() + RECOVERY_GRANT_MS).toISOString(),
            }),
          ]);
          await startSession(c, p.id);
          return c.json({ person: publicPerson(p), sealedIdentity: p.recoverySealedIdentity, recoveryGrant });
        },
      )
  );
}
