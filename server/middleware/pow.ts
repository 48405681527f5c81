/**
 * Refuses an anonymous write without a solved proof of work, before anything else is done with the
 * request: no body is read, no limit counted, no database touched (server/abuse/pow.ts).
 */
import type { MiddlewareHandler } from "hono";
import { storedSecret } from "../../db/queries/secrets";
import { POW_HEADER, type Pow, type PowScope, proofOfWork } from "../abuse/pow";
import type { Env } from "../context";
import type { AppDeps } from "../deps";
import { AppError } from "../errors";

/** One `Pow` per app, keyed by the stored secret once it has been read. */
export function powProvider(deps: AppDeps): () => Promise<Pow> {
  let pow: Promise<Pow> | undefined;
  return () => {
    pow ??= storedSecret(deps.database, "proof-of-work")
      .then((key) => proofOfWork(key, deps.powBits))
      .catch((e) => {
        pow = undefined;
        throw e;
      });
    return pow;
  };
}

export function requirePow(powOf: () => Promise<Pow>, scope: PowScope): MiddlewareHandler<Env> {
  return async function powMiddleware(c, next) {
    if (c.req.method === "POST") {
      const pow = await powOf();
      const failure = pow.check(c.req.header(POW_HEADER), scope, c.var.deps.clock().getTime());
      if (failure) {
        throw new AppError(
          failure === "missing" ? 428 : 403,
          failure === "missing" ? "pow_required" : "pow_invalid",
          "This request needs a fresh solved challenge from /api/pow. Reload the page and try again.",
          { reason: failure },
        );
      }
    }
    await next();
  };
}
