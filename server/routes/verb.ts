/**
 * The one handler most case routes have: call a verb of server/case/ on the case `:id` as the signed-in
 * person, with the body the route's validator checked, and answer its view as JSON:
 *
 *   .post("/:id/messages", doc("…"), ...onCaseWith(json(Message), kase.sendMessage, 201))
 *
 * The validator stays a middleware of its own, spread in before the handler: the OpenAPI document finds
 * its schema there, and Hono takes the route's input type from it, so `hc<AppType>` sees the same types
 * as with a handler written out.
 */
import type { Context, MiddlewareHandler } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { Actor, CaseContext } from "../case/context";
import type { Env } from "../context";
import { notFound } from "../errors";
import { actor, caseContext } from "../middleware/request-context";

/** What a JSON validator of server/validate.ts checks: the body as sent, and as parsed for the verb. */
type JsonInput<In, Out> = { in: { json: In }; out: { json: Out } };

/** The handler of a verb on the case `:id` that takes no body. */
export function onCase<View extends object, Status extends ContentfulStatusCode = ContentfulStatusCode>(
  verb: (context: CaseContext, actor: Actor, caseId: string) => Promise<View>,
  status?: Status,
) {
  return async (c: Context<Env, "/:id">) =>
    c.json(await verb(caseContext(c), actor(c), c.req.param("id")), status);
}

/** The validator and handler of a verb on the case `:id` that takes the JSON body `validator` checks. */
export function onCaseWith<
  In,
  Body,
  View extends object,
  Status extends ContentfulStatusCode = ContentfulStatusCode,
>(
  // biome-ignore lint/suspicious/noExplicitAny: any environment, as server/validate.ts makes them
  validator: MiddlewareHandler<any, string, JsonInput<In, Body>>,
  verb: (context: CaseContext, actor: Actor, caseId: string, input: Body) => Promise<View>,
  status?: Status,
) {
  const handler = async (c: Context<Env, "/:id", JsonInput<In, Body>>) =>
    c.json(await verb(caseContext(c), actor(c), c.req.param("id"), c.req.valid("json")), status);
  return [validator, handler] as const;
}

/** As `onCaseWith`, for a verb on one item of the case: the path's second parameter `name`. */
export function onCaseItem<
  In,
  Body,
  View extends object,
  Status extends ContentfulStatusCode = ContentfulStatusCode,
>(
  name: string,
  // biome-ignore lint/suspicious/noExplicitAny: any environment, as server/validate.ts makes them
  validator: MiddlewareHandler<any, string, JsonInput<In, Body>>,
  verb: (context: CaseContext, actor: Actor, caseId: string, itemId: string, input: Body) => Promise<View>,
  status?: Status,
) {
  const handler = async (c: Context<Env, "/:id", JsonInput<In, Body>>) => {
    const itemId = c.req.param(name);
    // Only a route whose path names `:${name}` is given this handler.
    if (itemId === undefined) throw notFound();
    return c.json(
      await verb(caseContext(c), actor(c), c.req.param("id"), itemId, c.req.valid("json")),
      status,
    );
  };
  return [validator, handler] as const;
}
