/**
 * Resolves once per request what every route needs: the organisation's settings, the instant of the
 * request and the organisation's date. Routes and verbs read `c.var.settings`, `c.var.now` and
 * `c.var.today` instead of querying and computing them again.
 */
import type { Context, MiddlewareHandler } from "hono";
import { getSettings } from "../../db/queries/settings";
import type { AdminCtx } from "../admin/changes";
import type { CaseContext } from "../case/context";
import type { Env } from "../context";
import { todayIn } from "../directive";

export function requestContext(): MiddlewareHandler<Env> {
  return async function requestContextMiddleware(c, next) {
    const { database, clock, defaults } = c.var.deps;
    const now = clock();
    const settings = await getSettings(database, defaults, now);
    c.set("now", now);
    c.set("settings", settings);
    c.set("today", todayIn(settings.timeZone, now));
    await next();
  };
}

/** The context a verb of server/case/ runs in. */
export function caseContext(c: Context<Env>): CaseContext {
  const { database, blobs } = c.var.deps;
  return { database, blobs, settings: c.var.settings, today: c.var.today, now: c.var.now };
}

/** The signed-in person as the actor of a verb. */
export function actor(c: Context<Env>) {
  return { id: c.var.person.id, roles: c.var.roles };
}

/** The acting admin's context for server/admin/. */
export function adminCtx(c: Context<Env>): AdminCtx {
  return {
    database: c.var.deps.database,
    now: c.var.now,
    publicUrl: c.var.deps.publicUrl,
    actorId: c.var.person.id,
  };
}
