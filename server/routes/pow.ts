/** Hands out proof-of-work challenges for the anonymous write routes (server/abuse/pow.ts). */
import { Hono } from "hono";
import { POW_SCOPES, type Pow, type PowScope } from "../abuse/pow";
import type { Env } from "../context";
import { badRequest } from "../errors";
import { doc } from "../openapi";

export function powRoutes(powOf: () => Promise<Pow>) {
  return new Hono<Env>().get(
    "/pow",
    doc(
      "A proof-of-work challenge for ?scope=report|inbox|message; send it solved in X-OC-PoW (crypto/SPEC.md)",
    ),
    async (c) => {
      const scope = c.req.query("scope");
      if (!POW_SCOPES.includes(scope as PowScope))
        throw badRequest("invalid", "Ask for scope=report, inbox or message.");
      const pow = await powOf();
      return c.json(pow.issue(scope as PowScope, c.var.deps.clock().getTime()));
    },
  );
}
