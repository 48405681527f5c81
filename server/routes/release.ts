/**
 * The signed client release (crypto/SPEC.md "Signed release"): an admin's browser signs the build's
 * client manifest with the channel key, the server stores that statement and serves it to anyone,
 * and `npm run verify:site` checks every served file against it. The server cannot make one: it
 * never holds the channel key.
 */
import { Hono } from "hono";
import * as v from "valibot";
import { latestRelease } from "../../db/queries/trust";
import type { Env } from "../context";
import { notFound } from "../errors";
import { requireRole, requireSession } from "../middleware/session";
import { doc } from "../openapi";
import { publishRelease } from "../trust/index";
import { b64, json } from "../validate";

const Statement = v.strictObject({ body: v.pipe(v.string(), v.maxLength(4096)), signature: b64(100) });

/** Public: the newest signed release. */
export function releaseRoutes() {
  return new Hono<Env>().get(
    "/release",
    doc("The client release an admin's browser signed with the channel key (crypto/SPEC.md)"),
    async (c) => {
      const release = await latestRelease(c.var.deps.database);
      if (!release) throw notFound("No release has been published yet: an admin publishes one.");
      return c.json({ body: release.body, signature: release.signature });
    },
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
