/** The glue between a request and the account verbs of server/account/. */
import type { Context } from "hono";
import type { AccountCtx } from "../account/index";
import { relyingParty } from "../auth/passkeys";
import type { Env } from "../context";

/** The context an account verb runs in: the request's instant, its relying party and the app's back-off. */
export function accountCtx(c: Context<Env>): AccountCtx {
  const { database, publicUrl } = c.var.deps;
  return { database, now: c.var.now, rp: relyingParty(c.req.url, publicUrl), backoff: c.var.backoff };
}
