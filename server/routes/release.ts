/**
 * The signed client release (crypto/SPEC.md "Signed release"): an admin's browser signs the build's
 * client manifest with the channel key, the server stores that statement and serves it to anyone,
 * and `npm run verify:site` checks every served file against it. The server cannot make one: it
 * never holds the channel key.
 */
import { Hono } from "hono";
import type { Env } from "../context";
import { requireRole, requireSession } from "../middleware/session";
import { doc } from "../openapi";
import { Statement } from "../shapes/release";
import { publishedRelease, publishRelease } from "../trust/index";
import { json } from "../validate";

/** Public: the newest signed release. */
export function releaseRoutes() {
  return new Hono<Env>().get(
    "/release",
    doc("The client release an admin's browser signed with the channel key (crypto/SPEC.md)"),
    async (c) => c.json(await publishedRelease(c.var.deps.database)),
  );
}

/** Admin: store a release the admin's browser signed with the channel key of the roster in force. */
export function publishReleaseRoutes() {
  return new Hono<Env>().post(
    "/release",
    doc("Store a client release an admin's browser signed with the channel key"),
    requireSession(),
    requireRole("admin"),
    json(Statement),
    async (c) =>
      c.json(await publishRelease(c.var.deps.database, c.var.person.id, c.req.valid("json"), c.var.now), 201),
  );
}
