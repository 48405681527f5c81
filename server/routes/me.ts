/**
 * A person's own security: TOTP, passphrase change (re-sealing the identity in the browser), the
 * printable recovery key, signing out everywhere, and recovery with that key.
 */

import { utf8ToBytes } from "@noble/hashes/utils.js";
import type { RegistrationResponseJSON } from "@simplewebauthn/server";
import { and, eq, isNull, ne } from "drizzle-orm";
import { Hono } from "hono";
import * as v from "valibot";
import { constantTimeEqual, fromBase64 } from "../../crypto/index";
import { withAudit } from "../../db/queries/audit";
import { hashSecret } from "../../db/queries/ids";
import { personByHandle } from "../../db/queries/persons";
import { passkeys, persons, sessions } from "../../db/schema";
import { kdfParamsFor } from "../auth/kdf-params";
import { registrationOptions, relyingParty, verifyRegistration } from "../auth/passkeys";
import { checkTotp, newTotpSecret, totpUri } from "../auth/totp";
import type { Env } from "../context";
import { AppError, badRequest, conflict } from "../errors";
import { requireSession, startSession } from "../middleware/session";
import { authKey, b64, handle, kdf, body as parseBody } from "../validate";
import { publicPerson } from "./staff";

const Sealed = v.strictObject({ kdf, authKey, sealedIdentity: b64(16 << 10) });
/** Proof of the old secret: the current passphrase's key, or (after recovery) the recovery key's. */
const ChangePassphrase = v.strictObject({
  currentAuthKey: v.optional(authKey),
  recoveryAuthKey: v.optional(authKey),
  kdf,
  authKey,
  sealedIdentity: b64(16 << 10),
});
const Code = v.strictObject({ code: v.pipe(v.string(), v.regex(/^\d{6}$/)) });
const Recover = v.strictObject({ handle, authKey, totp: v.optional(v.pipe(v.string(), v.maxLength(10))) });
const Email = v.strictObject({
  email: v.nullable(v.pipe(v.string(), v.trim(), v.email(), v.maxLength(200))),
});

function sameHash(a: string, b: string | null): boolean {
  return b !== null && constantTimeEqual(utf8ToBytes(a), utf8ToBytes(b));
}

export function meRoutes() {
  const app = new Hono<Env>();

  app.post("/me/totp/setup", requireSession(), async (c) => {
    const { database, clock } = c.var.deps;
    if (c.var.person.totpEnabledAt) throw conflict("totp_enabled", "TOTP is already on.");
    const secret = newTotpSecret();
    await database.db.update(persons).set({ totpSecret: secret }).where(eq(persons.id, c.var.person.id));
    await withAudit(database, { actor: c.var.person.id, action: "totp.setup" }, clock(), () => []);
    return c.json({ secret, uri: totpUri(secret, c.var.person.handle) });
  });

  app.post("/me/totp/enable", requireSession(), async (c) => {
    const { database, clock } = c.var.deps;
    const input = await parseBody(c, Code);
    const p = c.var.person;
    if (!p.totpSecret || p.totpEnabledAt) throw conflict("totp_state", "Start the TOTP setup first.");
    const now = clock();
    const step = checkTotp(p.totpSecret, input.code, now, p.totpLastStep);
    if (step === null) throw badRequest("bad_totp", "That code is not right. Check the clock of your phone.");
    await withAudit(database, { actor: p.id, action: "totp.enabled" }, now, () => [
      database.db
        .update(persons)
        .set({ totpEnabledAt: now.toISOString(), totpLastStep: step })
        .where(eq(persons.id, p.id)),
    ]);
    return c.json({ totp: true });
  });

  /** New passphrase: the browser re-seals the identity under the new KDF output; other sessions end. */
  app.put("/me/passphrase", requireSession(), async (c) => {
    const { database, clock } = c.var.deps;
    const input = await parseBody(c, ChangePassphrase);
    const p = c.var.person;
    const proven = input.currentAuthKey
      ? sameHash(hashSecret(fromBase64(input.currentAuthKey)), p.authKeyHash)
      : input.recoveryAuthKey
        ? sameHash(hashSecret(fromBase64(input.recoveryAuthKey)), p.recoveryAuthKeyHash)
        : false;
    if (!proven)
      throw new AppError(401, "bad_credentials", "The current passphrase (or recovery key) is not right.");
    await withAudit(database, { actor: p.id, action: "passphrase.changed" }, clock(), () => [
      database.db
        .update(persons)
        .set({
          kdf: JSON.stringify(input.kdf),
          authKeyHash: hashSecret(fromBase64(input.authKey)),
          sealedIdentity: input.sealedIdentity,
        })
        .where(eq(persons.id, p.id)),
      database.db
        .delete(sessions)
        .where(and(eq(sessions.personId, p.id), ne(sessions.idHash, c.var.sessionHash))),
    ]);
    return c.json({ ok: true });
  });

  /** The recovery copy: the identity sealed under a key derived from a printable recovery key. */
  app.put("/me/recovery", requireSession(), async (c) => {
    const { database, clock } = c.var.deps;
    const input = await parseBody(c, Sealed);
    await withAudit(database, { actor: c.var.person.id, action: "recovery.set" }, clock(), () => [
      database.db
        .update(persons)
        .set({
          recoveryKdf: JSON.stringify(input.kdf),
          recoveryAuthKeyHash: hashSecret(fromBase64(input.authKey)),
          recoverySealedIdentity: input.sealedIdentity,
        })
        .where(eq(persons.id, c.var.person.id)),
    ]);
    return c.json({ ok: true });
  });

  app.put("/me/notify-email", requireSession(), async (c) => {
    const { database, clock } = c.var.deps;
    const input = await parseBody(c, Email);
    await withAudit(
      database,
      { actor: c.var.person.id, action: "notify_email.set", detail: { set: input.email !== null } },
      clock(),
      () => [
        database.db.update(persons).set({ notifyEmail: input.email }).where(eq(persons.id, c.var.person.id)),
      ],
    );
    return c.json({ ok: true });
  });

  app.post("/me/passkeys/options", requireSession(), async (c) => {
    const { database, clock, publicUrl } = c.var.deps;
    return c.json({
      options: await registrationOptions(database, c.var.person, relyingParty(c.req.url, publicUrl), clock()),
    });
  });

  app.post("/me/passkeys", requireSession(), async (c) => {
    const { database, clock, publicUrl } = c.var.deps;
    const input = await parseBody(
      c,
      v.strictObject({
        response: v.looseObject({
          id: v.pipe(v.string(), v.maxLength(1024)),
          rawId: v.string(),
          type: v.literal("public-key"),
          response: v.looseObject({}),
        }),
      }),
    );
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
      () => [database.db.insert(passkeys).values(row)],
    );
    return c.json({ id: row.id }, 201);
  });

  app.delete("/sessions", requireSession(), async (c) => {
    const { database, clock } = c.var.deps;
    await withAudit(database, { actor: c.var.person.id, action: "session.ended_everywhere" }, clock(), () => [
      database.db.delete(sessions).where(eq(sessions.personId, c.var.person.id)),
    ]);
    return c.body(null, 204);
  });

  app.post("/session/recover/params", async (c) => {
    const { database, secret } = c.var.deps;
    const input = await parseBody(c, v.strictObject({ handle }));
    const p = await personByHandle(database, input.handle);
    return c.json({ kdf: kdfParamsFor(p?.recoveryKdf, secret, "recovery-salt", input.handle) });
  });

  /** Sign in with the recovery key; the browser then sets a new passphrase. TOTP still applies. */
  app.post("/session/recover", async (c) => {
    const { database, clock } = c.var.deps;
    const input = await parseBody(c, Recover);
    const limiter = c.var.loginLimiter;
    const now = clock();
    const key = `recover:${input.handle}`;
    if (limiter.blocked(key, now.getTime()))
      throw new AppError(429, "rate_limited", "Too many failed attempts. Wait 15 minutes and try again.");
    const [p] = await database.db
      .select()
      .from(persons)
      .where(and(eq(persons.handle, input.handle), isNull(persons.removedAt)));
    if (
      !p ||
      !sameHash(hashSecret(fromBase64(input.authKey)), p.recoveryAuthKeyHash) ||
      !p.recoverySealedIdentity
    ) {
      limiter.hit(key, now.getTime());
      throw new AppError(401, "bad_credentials", "The name or recovery key is not right.");
    }
    if (p.totpEnabledAt && p.totpSecret) {
      const step = input.totp ? checkTotp(p.totpSecret, input.totp, now, p.totpLastStep) : null;
      if (step === null) {
        limiter.hit(key, now.getTime());
        throw new AppError(
          401,
          input.totp ? "bad_totp" : "totp_required",
          "Enter the 6-digit code from your authenticator app.",
        );
      }
      await database.db.update(persons).set({ totpLastStep: step }).where(eq(persons.id, p.id));
    }
    await withAudit(database, { actor: p.id, action: "session.recovered" }, now, () => []);
    await startSession(c, p.id);
    return c.json({ person: publicPerson(p), sealedIdentity: p.recoverySealedIdentity });
  });

  return app;
}
