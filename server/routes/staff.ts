/**
 * The people who run the channel: enrolment, sign-in and sign-out, and each person's own security: TOTP,
 * passphrase change (re-sealing the identity in the browser), the printable recovery key, passkeys,
 * signing out everywhere, and recovery with that key. The server never sees a passphrase: the browser
 * sends an authentication key from the slow KDF (stored as a hash) and the identity sealed under a
 * second key from the same KDF. The checks are the verbs' of server/account/ and
 * server/auth/enrolment.ts; these routes validate, call one, and start or end the session.
 */
import { Hono } from "hono";
import * as account from "../account/index";
import { enrol } from "../auth/enrolment";
import type { Env } from "../context";
import { AppError } from "../errors";
import { accountCtx } from "../middleware/account-context";
import { fixedWindow, rateLimit } from "../middleware/rate-limit";
import { actor, caseContext } from "../middleware/request-context";
import { endSession, requireSession, startSession } from "../middleware/session";
import { doc } from "../openapi";
import * as me from "../shapes/me";
import { Enrol, Params, SignIn } from "../shapes/staff";
import { json } from "../validate";

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
          const person = await enrol(
            c.var.deps.database,
            c.req.valid("json"),
            c.var.now,
            c.var.deps.publicUrl,
          );
          await startSession(c, person.id);
          return c.json({ person: account.publicPerson(person) }, 201);
        },
      )
      .post(
        "/session/params",
        doc("KDF parameters for a handle (stable fakes for unknown handles)"),
        json(Params),
        async (c) => c.json(await account.signInParams(accountCtx(c), c.req.valid("json").handle)),
      )
      .post(
        "/session",
        doc("Sign in with the passphrase-derived authentication key"),
        rateLimit("session", 30, 15 * 60_000),
        json(SignIn),
        async (c) => {
          const signedIn = await account.signIn(
            accountCtx(c),
            c.req.valid("json"),
            c.var.clientKey("signin"),
          );
          await startSession(c, signedIn.personId);
          return c.json(signedIn.answer);
        },
      )
      /**
       * WebAuthn options for a second factor, the same shape for every name. Limited per name and
       * address prefix: nobody elsewhere can use it up.
       */
      .post(
        "/session/passkey/options",
        doc("WebAuthn authentication options for sign-in"),
        json(Params),
        async (c) => {
          const { handle } = c.req.valid("json");
          if (!passkeyOptionsLimiter.hit(`${handle}:${c.var.clientKey("passkey")}`, c.var.now.getTime()))
            throw new AppError(429, "rate_limited", "Too many attempts. Wait a few minutes and try again.");
          return c.json(await account.passkeySignInOptions(accountCtx(c), handle));
        },
      )
      .delete("/session", doc("Sign out"), rateLimit("session", 30, 15 * 60_000), async (c) => {
        await endSession(c);
        return c.body(null, 204);
      })
      .get("/me", doc("The signed-in person and the number of overdue cases"), requireSession(), async (c) =>
        c.json(await account.ownAccount(caseContext(c), actor(c), c.var.person)),
      )
      .post(
        "/me/totp/setup",
        doc("Start TOTP setup: a new secret and its otpauth URI"),
        requireSession(),
        json(me.WithProof),
        async (c) => c.json(await account.startTotpSetup(accountCtx(c), c.var.person, c.req.valid("json"))),
      )
      .post(
        "/me/totp/enable",
        doc("Turn TOTP on with a first valid code"),
        requireSession(),
        json(me.Code),
        async (c) => c.json(await account.enableTotp(accountCtx(c), c.var.person, c.req.valid("json"))),
      )
      /** New passphrase: the browser re-seals the identity under the new KDF output; other sessions end. */
      .put(
        "/me/passphrase",
        doc("Change the passphrase: new KDF parameters, authentication key and sealed identity"),
        requireSession(),
        json(me.ChangePassphrase),
        async (c) => {
          const input = c.req.valid("json");
          return c.json(
            await account.changePassphrase(accountCtx(c), c.var.person, c.var.sessionHash, input),
          );
        },
      )
      .put(
        "/me/recovery",
        doc("Store the recovery copy of the identity, sealed under the recovery key"),
        requireSession(),
        json(me.Sealed),
        async (c) => c.json(await account.setRecoveryCopy(accountCtx(c), c.var.person, c.req.valid("json"))),
      )
      .put(
        "/me/notify-email",
        doc("Where content-free reminders go"),
        requireSession(),
        json(me.Email),
        async (c) => c.json(await account.setNotifyEmail(accountCtx(c), c.var.person, c.req.valid("json"))),
      )
      .post(
        "/me/passkeys/options",
        doc("WebAuthn registration options for a new passkey"),
        requireSession(),
        async (c) => c.json(await account.passkeyOptions(accountCtx(c), c.var.person)),
      )
      .post(
        "/me/passkeys",
        doc("Register a passkey as a second factor"),
        requireSession(),
        json(me.NewPasskey),
        async (c) => c.json(await account.addPasskey(accountCtx(c), c.var.person, c.req.valid("json")), 201),
      )
      .delete("/sessions", doc("Sign out everywhere"), requireSession(), async (c) => {
        await account.signOutEverywhere(accountCtx(c), c.var.person.id);
        return c.body(null, 204);
      })
      .post(
        "/session/recover/params",
        doc("KDF parameters of the recovery key"),
        json(me.RecoveryParams),
        async (c) => c.json(await account.recoveryParams(accountCtx(c), c.req.valid("json").handle)),
      )
      /**
       * Sign in with the recovery key; the browser then sets a new passphrase with the grant returned
       * here. The second factor (TOTP or passkey) still applies.
       */
      .post(
        "/session/recover",
        doc("Sign in with the recovery key"),
        rateLimit("recover", 10, 15 * 60_000),
        json(me.Recover),
        async (c) => {
          const input = c.req.valid("json");
          const recovered = await account.recover(accountCtx(c), input, c.var.clientKey("recover"));
          await startSession(c, recovered.personId);
          return c.json(recovered.answer);
        },
      )
  );
}
