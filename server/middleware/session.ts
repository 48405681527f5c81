/**
 * Handler sessions: a random id in an HttpOnly, SameSite=Strict session cookie (Secure whenever
 * PUBLIC_URL is https); the
 * database keeps only its hash. 30 minutes idle, 12 hours absolute (issue: handlers and access).
 * State-changing handler requests must also carry X-OC-CSRF, which no cross-site form can set.
 */
import { eq } from "drizzle-orm";
import type { Context, MiddlewareHandler } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { toBase64 } from "../../crypto/index";
import { hashSecret } from "../../db/queries/ids";
import { personById, type Role, rolesOf, sessionByHash } from "../../db/queries/persons";
import { sessions } from "../../db/schema";
import { passkeysOf } from "../auth/passkeys";
import type { Env } from "../context";
import { AppError, forbidden, unauthorized } from "../errors";
import { withMeta } from "../openapi";

export const SESSION_COOKIE = "oc_session";
/** What a person who must still set up TOTP may reach. */
const TOTP_SETUP_PATHS = /^\/api\/(me|me\/totp\/(setup|enable)|me\/passkeys(\/options)?|session)$/;

export const IDLE_MS = 30 * 60 * 1000;
export const ABSOLUTE_MS = 12 * 60 * 60 * 1000;

/**
 * Whether people reach the channel over https. PUBLIC_URL decides when it is set: behind a TLS proxy
 * the request itself arrives over plain http.
 */
export function isHttps(c: Context<Env>): boolean {
  return new URL(c.var.deps.publicUrl ?? c.req.url).protocol === "https:";
}

/** Starts a session for `personId` and sets its cookie. */
export async function startSession(c: Context<Env>, personId: string): Promise<void> {
  const { database, clock } = c.var.deps;
  const raw = crypto.getRandomValues(new Uint8Array(32));
  const id = toBase64(raw).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  const now = clock().toISOString();
  await database.db
    .insert(sessions)
    .values({ idHash: hashSecret(id), personId, createdAt: now, lastSeenAt: now });
  setCookie(c, SESSION_COOKIE, id, {
    httpOnly: true,
    sameSite: "Strict",
    secure: isHttps(c),
    path: "/",
    // No Max-Age: a session cookie, gone when the browser closes; the server ends it after 12 h anyway.
  });
}

export async function endSession(c: Context<Env>): Promise<void> {
  const id = getCookie(c, SESSION_COOKIE);
  if (id) await c.var.deps.database.db.delete(sessions).where(eq(sessions.idHash, hashSecret(id)));
  deleteCookie(c, SESSION_COOKIE, { path: "/", secure: isHttps(c) });
}

/** Loads the signed-in person; 401 without a live session. */
export function requireSession(): MiddlewareHandler<Env> {
  const middleware: MiddlewareHandler<Env> = async function sessionMiddleware(c, next) {
    const { database, clock } = c.var.deps;
    const id = getCookie(c, SESSION_COOKIE);
    if (!id) throw unauthorized();
    const idHash = hashSecret(id);
    const s = await sessionByHash(database, idHash);
    const now = clock().getTime();
    if (!s || now - Date.parse(s.lastSeenAt) > IDLE_MS || now - Date.parse(s.createdAt) > ABSOLUTE_MS) {
      if (s) await database.db.delete(sessions).where(eq(sessions.idHash, idHash));
      throw unauthorized("Your session has ended. Sign in again.");
    }
    const person = await personById(database, s.personId);
    if (!person) throw unauthorized();
    if (c.req.method !== "GET" && c.req.method !== "HEAD" && c.req.header("x-oc-csrf") !== "1") {
      throw new AppError(403, "csrf", "This request did not come from the channel's own pages.");
    }
    // Touch at most once a minute: fewer writes, same idle rule.
    if (now - Date.parse(s.lastSeenAt) > 60_000) {
      await database.db
        .update(sessions)
        .set({ lastSeenAt: new Date(now).toISOString() })
        .where(eq(sessions.idHash, idHash));
    }
    if (!person.totpEnabledAt && !TOTP_SETUP_PATHS.test(new URL(c.req.url).pathname)) {
      const { settings } = c.var;
      // A passkey is the alternative second factor: it satisfies the requirement as well as TOTP.
      if (settings.requireTotp && (await passkeysOf(database, person.id)).length === 0) {
        throw new AppError(
          403,
          "totp_setup_required",
          "Your organisation requires a second factor: set up an authenticator app first.",
        );
      }
    }
    c.set("person", person);
    c.set("roles", rolesOf(person));
    c.set("sessionHash", idHash);
    await next();
  };
  return withMeta(middleware, { session: true });
}

/** 403 unless the person holds one of `roles`. */
export function requireRole(...roles: Role[]): MiddlewareHandler<Env> {
  return async function roleMiddleware(c, next) {
    if (!c.var.roles.some((r) => roles.includes(r))) throw forbidden("Your role does not allow this.");
    await next();
  };
}
