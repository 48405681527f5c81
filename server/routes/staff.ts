/**
 * Enrolment, sign-in and sign-out of the people who run the channel. The server never sees a
 * passphrase: the browser sends an authentication key from the slow KDF (stored as a hash) and the
 * identity sealed under a second key from the same KDF.
 */

import { Hono } from "hono";
import * as v from "valibot";
import { withAudit } from "../../db/queries/audit";
import { personByHandle, rolesOf } from "../../db/queries/persons";
import { storedSecret } from "../../db/queries/secrets";
import { enrol } from "../auth/enrolment";
import { kdfParamsFor } from "../auth/kdf-params";
import { authenticationOptions, passkeysOf, relyingParty } from "../auth/passkeys";
import { checkSecondFactor, keyMatches, secondFactorError, secondFactorFields } from "../auth/second-factor";
import { overdueOf } from "../case/index";
import type { Env } from "../context";
import { AppError } from "../errors";
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
          const { database, clock, publicUrl } = c.var.deps;
          const person = await enrol(database, c.req.valid("json"), clock(), publicUrl);
          await startSession(c, person.id);
          return c.json({ person: publicPerson(person) }, 201);
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
