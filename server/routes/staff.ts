/**
 * Enrolment, sign-in and sign-out of the people who run the channel. The server never sees a
 * passphrase: the browser sends an authentication key from the slow KDF (stored as a hash) and the
 * identity sealed under a second key from the same KDF.
 */

import { utf8ToBytes } from "@noble/hashes/utils.js";
import type { AuthenticationResponseJSON } from "@simplewebauthn/server";
import { and, eq, isNull } from "drizzle-orm";
import { Hono } from "hono";
import * as v from "valibot";
import { constantTimeEqual, fromBase64, toBase64 } from "../../crypto/index";
import { isConstraintError } from "../../db/index";
import { withAudit } from "../../db/queries/audit";
import { hashSecret, randomId } from "../../db/queries/ids";
import { enrolmentByCodeHash, personByHandle, rolesOf } from "../../db/queries/persons";
import { channelMembers, enrolments, persons } from "../../db/schema";
import { kdfParamsFor } from "../auth/kdf-params";
import { authenticationOptions, passkeysOf, relyingParty, verifyAuthentication } from "../auth/passkeys";
import { checkTotp } from "../auth/totp";
import { overdueOf } from "../case/index";
import type { Env } from "../context";
import { AppError, conflict, notFound } from "../errors";
import { actor, caseContext } from "../middleware/request-context";
import { endSession, requireSession, startSession } from "../middleware/session";
import { authKey, b64, handle, kdf, body as parseBody, recipient } from "../validate";

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
const SignIn = v.strictObject({
  handle,
  authKey,
  totp: v.optional(v.pipe(v.string(), v.maxLength(10))),
  // A WebAuthn assertion (AuthenticationResponseJSON); @simplewebauthn verifies its shape.
  passkey: v.optional(
    v.looseObject({
      id: v.pipe(v.string(), v.maxLength(1024)),
      rawId: v.string(),
      type: v.literal("public-key"),
      response: v.looseObject({}),
    }),
  ),
});

export function publicPerson(p: { id: string; handle: string; displayName: string; roles: string }) {
  return { id: p.id, handle: p.handle, displayName: p.displayName, roles: rolesOf(p) };
}

const BAD_CREDENTIALS = () => new AppError(401, "bad_credentials", "The name or passphrase is not right.");

export function staffRoutes() {
  const app = new Hono<Env>();

  app.get("/enrolment/:code", async (c) => {
    const { database, clock } = c.var.deps;
    const e = await enrolmentByCodeHash(database, hashSecret(c.req.param("code")));
    if (!e || e.usedAt || Date.parse(e.expiresAt) < clock().getTime())
      throw notFound("This enrolment link is not valid any more.");
    return c.json({ roles: JSON.parse(e.roles) as string[], expiresAt: e.expiresAt });
  });

  app.post("/enrolment", async (c) => {
    const { database, clock } = c.var.deps;
    const input = await parseBody(c, Enrol);
    const e = await enrolmentByCodeHash(database, hashSecret(input.code));
    const now = clock();
    if (!e || e.usedAt || Date.parse(e.expiresAt) < now.getTime())
      throw notFound("This enrolment link is not valid any more.");
    if (await personByHandle(database, input.handle))
      throw conflict("handle_taken", "That name is taken; choose another.");
    const personId = randomId();
    const channelIds = JSON.parse(e.channelIds) as string[];
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
  });

  app.post("/session/params", async (c) => {
    const { database, secret } = c.var.deps;
    const input = await parseBody(c, Params);
    const p = await personByHandle(database, input.handle);
    return c.json({ kdf: kdfParamsFor(p?.kdf, secret, "kdf-salt", input.handle) });
  });

  app.post("/session", async (c) => {
    const { database, clock } = c.var.deps;
    const input = await parseBody(c, SignIn);
    const limiter = c.var.loginLimiter;
    const now = clock();
    const key = `handle:${input.handle}`;
    if (limiter?.blocked(key, now.getTime())) {
      throw new AppError(429, "rate_limited", "Too many failed attempts. Wait 15 minutes and try again.");
    }
    const p = await personByHandle(database, input.handle);
    const given = utf8ToBytes(hashSecret(fromBase64(input.authKey)));
    if (!p || !constantTimeEqual(given, utf8ToBytes(p.authKeyHash))) {
      limiter?.hit(key, now.getTime());
      if (p) await withAudit(database, { actor: p.id, action: "session.failed" }, now, () => []);
      throw BAD_CREDENTIALS();
    }
    const keys = await passkeysOf(database, p.id);
    const needsSecond = Boolean(p.totpEnabledAt && p.totpSecret) || keys.length > 0;
    if (needsSecond) {
      let passed = false;
      if (input.passkey && keys.length > 0) {
        const rp = relyingParty(c.req.url, c.var.deps.publicUrl);
        passed = await verifyAuthentication(
          database,
          p,
          input.passkey as unknown as AuthenticationResponseJSON,
          rp,
          now,
        );
      } else if (input.totp && p.totpEnabledAt && p.totpSecret) {
        const step = checkTotp(p.totpSecret, input.totp, now, p.totpLastStep);
        if (step !== null) {
          await database.db.update(persons).set({ totpLastStep: step }).where(eq(persons.id, p.id));
          passed = true;
        }
      } else {
        const methods = [...(p.totpEnabledAt ? ["totp"] : []), ...(keys.length ? ["passkey"] : [])];
        throw new AppError(
          401,
          methods.includes("totp") ? "totp_required" : "passkey_required",
          `Confirm with your second factor (${methods.join(" or ")}).`,
          { methods },
        );
      }
      if (!passed) {
        limiter?.hit(key, now.getTime());
        await withAudit(
          database,
          { actor: p.id, action: "session.failed", detail: { factor: input.passkey ? "passkey" : "totp" } },
          now,
          () => [],
        );
        throw new AppError(
          401,
          input.passkey ? "bad_passkey" : "bad_totp",
          input.passkey
            ? "The passkey did not verify."
            : "That code is not right. Codes change every 30 seconds and work once.",
        );
      }
    }
    limiter?.reset(key);
    await withAudit(database, { actor: p.id, action: "session.started" }, now, () => []);
    await startSession(c, p.id);
    return c.json({ person: publicPerson(p), sealedIdentity: p.sealedIdentity });
  });

  /** WebAuthn options for a second factor; unknown names get options that match nothing. */
  app.post("/session/passkey/options", async (c) => {
    const { database, clock } = c.var.deps;
    const input = await parseBody(c, Params);
    const p = await personByHandle(database, input.handle);
    const rp = relyingParty(c.req.url, c.var.deps.publicUrl);
    if (!p)
      return c.json({
        options: {
          challenge: toBase64(crypto.getRandomValues(new Uint8Array(32))).replace(/[+/=]/g, "A"),
          rpId: rp.rpID,
          allowCredentials: [],
          userVerification: "preferred",
          timeout: 60000,
        },
      });
    return c.json({ options: await authenticationOptions(database, p, rp, clock()) });
  });

  app.delete("/session", async (c) => {
    await endSession(c);
    return c.body(null, 204);
  });

  app.get("/me", requireSession(), async (c) => {
    const { settings } = c.var;
    return c.json({
      person: publicPerson(c.var.person),
      overdue: await overdueOf(caseContext(c), actor(c)),
      organisation: { name: settings.orgName, jurisdiction: settings.jurisdiction },
    });
  });

  return app;
}
