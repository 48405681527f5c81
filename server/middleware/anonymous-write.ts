/**
 * The guard in front of every anonymous write: the solved proof-of-work challenge of its scope first
 * (the first line against floods), then the route's address limits (the second). Both only refuse or
 * pass the request on, so running them as one middleware changes nothing but the route's length.
 */
import type { MiddlewareHandler, Next } from "hono";
import type { PowScope } from "../abuse/pow";
import type { Env } from "../context";
import { requirePow } from "./pow";
import { rateLimit } from "./rate-limit";

/** A solved challenge of `scope`, then each of `limits` in order. */
export function anonymousWrite(scope: PowScope, ...limits: MiddlewareHandler<Env>[]): MiddlewareHandler<Env> {
  const steps = [requirePow(scope), ...limits];
  return async function anonymousWriteMiddleware(c, next) {
    const run = steps.reduceRight<Next>(
      (after, step) => async () => {
        await step(c, after);
      },
      next,
    );
    await run();
  };
}

/** The reporting person's writes to their case: a solved `message` challenge, 30 a minute per address. */
export function inboxWrite(): MiddlewareHandler<Env> {
  return anonymousWrite("message", rateLimit("inbox-msg", 30, 60_000));
}
