/**
 * Trust that does not rest on the server's word (server/trust/): the signed roster, the channel key
 * sealed to each admin, people's signing keys and their signed audit checkpoints, and the signed client
 * release (crypto/SPEC.md "Signed release"): an admin's browser signs the build's client manifest with
 * the channel key, the server stores that statement (only when it verifies under the channel key of the
 * roster in force) and serves it to anyone, and `npm run verify:site` checks every served file against
 * it. The server cannot make one: it never holds the channel key.
 */
import { Hono } from "hono";
import { checkedAudit } from "../../db/queries/audit";
import type { Env } from "../context";
import { requireRole, requireSession } from "../middleware/session";
import { doc } from "../openapi";
import * as release from "../shapes/release";
import { Seals, SigningKeyChange, Statement } from "../shapes/trust";
import {
  checkpointsOf,
  publishedRelease,
  publishedRoster,
  publishRelease,
  registerSigningKey,
  storeCheckpoint,
  storeRoster,
  storeSeals,
  trustState,
} from "../trust/index";
import { json } from "../validate";

/**
 * What a browser checks for itself, mounted at /api: the signed roster the report page verifies and the
 * newest signed release (both public), and the audit log for everyone on staff, not only admins, so that
 * their own browsers check its hash chain and sign its head (crypto/SPEC.md "Audit checkpoint"); a case
 * export carries the head they checked. The log holds actions, never content.
 */
export function publishedRoutes() {
  return new Hono<Env>()
    .get("/roster", doc("The roster signed with the channel key (crypto/SPEC.md)"), async (c) =>
      c.json(await publishedRoster(c.var.deps.database)),
    )
    .get(
      "/release",
      doc("The client release an admin's browser signed with the channel key (crypto/SPEC.md)"),
      async (c) => c.json(await publishedRelease(c.var.deps.database)),
    )
    .get(
      "/audit",
      doc(
        "The audit log and the server's check of its chain, for any staff member's browser to verify and sign",
      ),
      requireSession(),
      requireRole("admin", "handler", "custodian"),
      async (c) => c.json(await checkedAudit(c.var.deps.database)),
    );
}

/** Staff, at /api/trust: what a browser needs to check and re-sign the roster, and the writes it makes. */
export function trustRoutes() {
  return new Hono<Env>()
    .use("*", requireSession())
    .post(
      "/release",
      doc("Store a client release an admin's browser signed with the channel key"),
      requireRole("admin"),
      json(release.Statement),
      async (c) =>
        c.json(
          await publishRelease(c.var.deps.database, c.var.person.id, c.req.valid("json"), c.var.now),
          201,
        ),
    )
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
