/**
 * Refuses an anonymous write without a solved proof of work, first on the route, before anything else
 * is done with the request: no body is read, no limit counted, nothing written (server/abuse/pow.ts).
 * Only the request context (one read of the settings row) comes before it.
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

/** Attached first on each anonymous write route: the solved challenge of `scope`, or 428/403. */
export function requirePow(scope: PowScope): MiddlewareHandler<Env> {
  return async function powMiddleware(c, next) {
    if (c.req.method === "POST") {
      const pow = await c.var.pow();
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
