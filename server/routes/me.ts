/**
 * A person's own security: TOTP, passphrase change (re-sealing the identity in the browser), the
 * printable recovery key, passkeys, signing out everywhere, and recovery with that key. The checks
 * are the verbs' of server/account/; these routes validate, call one, and answer.
 */

import { Hono } from "hono";
import * as account from "../account/index";
import type { Env } from "../context";
import { accountCtx } from "../middleware/account-context";
import { rateLimit } from "../middleware/rate-limit";
import { requireSession, startSession } from "../middleware/session";
import { doc } from "../openapi";
import * as shape from "../shapes/me";
import { json } from "../validate";

export function meRoutes() {
  return (
    new Hono<Env>()
      .post(
        "/me/totp/setup",
        doc("Start TOTP setup: a new secret and its otpauth URI"),
        requireSession(),
        json(shape.WithProof),
        async (c) => c.json(await account.startTotpSetup(accountCtx(c), c.var.person, c.req.valid("json"))),
      )
      .post(
        "/me/totp/enable",
        doc("Turn TOTP on with a first valid code"),
        requireSession(),
        json(shape.Code),
        async (c) => c.json(await account.enableTotp(accountCtx(c), c.var.person, c.req.valid("json"))),
      )
      /** New passphrase: the browser re-seals the identity under the new KDF output; other sessions end. */
      .put(
        "/me/passphrase",
        doc("Change the passphrase: new KDF parameters, authentication key and sealed identity"),
        requireSession(),
        json(shape.ChangePassphrase),
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
        json(shape.Sealed),
        async (c) => c.json(await account.setRecoveryCopy(accountCtx(c), c.var.person, c.req.valid("json"))),
      )
      .put(
        "/me/notify-email",
        doc("Where content-free reminders go"),
        requireSession(),
        json(shape.Email),
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
        json(shape.NewPasskey),
        async (c) => c.json(await account.addPasskey(accountCtx(c), c.var.person, c.req.valid("json")), 201),
      )
      .delete("/sessions", doc("Sign out everywhere"), requireSession(), async (c) => {
        await account.signOutEverywhere(accountCtx(c), c.var.person.id);
        return c.body(null, 204);
      })
      .post(
        "/session/recover/params",
        doc("KDF parameters of the recovery key"),
        json(shape.RecoveryParams),
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
        json(shape.Recover),
        async (c) => {
          const input = c.req.valid("json");
          const recovered = await account.recover(accountCtx(c), input, c.var.clientKey("recover"));
          await startSession(c, recovered.personId);
          return c.json(recovered.answer);
        },
      )
  );
}
