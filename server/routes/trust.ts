/**
 * Trust that does not rest on the server's word (server/trust/): the signed roster, the channel key
 * sealed to each admin, people's signing keys and their signed audit checkpoints.
 */
import { Hono } from "hono";
import type { Env } from "../context";
import { requireRole, requireSession } from "../middleware/session";
import { doc } from "../openapi";
import { Seals, SigningKeyChange, Statement } from "../shapes/trust";
import {
  checkpointsOf,
  publishedRoster,
  registerSigningKey,
  storeCheckpoint,
  storeRoster,
  storeSeals,
  trustState,
} from "../trust/index";
import { json } from "../validate";

/** Public: the signed roster the report page verifies. */
export function rosterRoutes() {
  return new Hono<Env>().get(
    "/roster",
    doc("The roster signed with the channel key (crypto/SPEC.md)"),
    async (c) => c.json(await publishedRoster(c.var.deps.database)),
  );
}

/** Staff: what a browser needs to check and re-sign the roster, and the writes it makes. */
export function trustRoutes() {
  return new Hono<Env>()
    .use("*", requireSession())
    .get(
      "/",
      doc(
        "The signed roster, the server's draft of it, and this person's signing key and sealed channel key",
      ),
      async (c) => c.json(await trustState(c.var.deps.database, c.var.person, c.var.roles.includes("admin"))),
    )
    .put(
      "/signing-key",
      doc("Register this person's Ed25519 signing public key"),
      json(SigningKeyChange),
      async (c) =>
        c.json(
          await registerSigningKey(c.var.deps.database, c.var.person.id, c.req.valid("json").signingKey),
        ),
    )
    .post(
      "/roster",
      doc("Store a roster an admin's browser signed with the channel key (serial + 1)"),
      requireRole("admin"),
      json(Statement),
      async (c) =>
        c.json(await storeRoster(c.var.deps.database, c.var.person.id, c.req.valid("json"), c.var.now), 201),
    )
    .post(
      "/seals",
      doc("Store the channel key age-encrypted to admins who lack a copy"),
      requireRole("admin"),
      json(Seals),
      async (c) => c.json(await storeSeals(c.var.deps.database, c.req.valid("json").seals, c.var.now), 201),
    )
    .post(
      "/checkpoints",
      doc("Store an audit checkpoint signed in this person's browser"),
      json(Statement),
      async (c) =>
        c.json(await storeCheckpoint(c.var.deps.database, c.var.person, c.req.valid("json"), c.var.now), 201),
    )
    .get("/checkpoints", doc("Signed audit checkpoints"), requireRole("admin", "handler"), async (c) =>
      c.json(await checkpointsOf(c.var.deps.database)),
    );
}
