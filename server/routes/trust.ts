/**
 * Trust that does not rest on the server's word (crypto/SPEC.md "Trust formats"): the server stores
 * and serves the roster an admin's browser signed, the channel key sealed to each admin, people's
 * signing keys and their signed audit checkpoints. It checks what it is given so that garbage is
 * refused, but every reader verifies again: the server cannot make a roster that verifies under the
 * pinned channel key.
 */
import { Hono } from "hono";
import * as v from "valibot";
import { fingerprintOf, isCryptoError, openCheckpoint, openRoster } from "../../crypto/index";
import { isConstraintError } from "../../db/index";
import { withAudit } from "../../db/queries/audit";
import { randomId } from "../../db/queries/ids";
import { adminSeals, checkpoints, latestRoster, rosterDraft, setSigningKey } from "../../db/queries/trust";
import { auditCheckpoints, channelKeySeals, rosters } from "../../db/schema";
import type { Env } from "../context";
import { AppError, badRequest, notFound } from "../errors";
import { requireRole, requireSession } from "../middleware/session";
import { doc } from "../openapi";
import { b64, ciphertext, json, WRAPPED_KEY } from "../validate";

const SigningKey = v.pipe(v.string(), v.regex(/^[A-Za-z0-9+/]{43}=$/));
const Statement = v.strictObject({ body: v.pipe(v.string(), v.maxLength(1 << 20)), signature: b64(100) });
const Seals = v.strictObject({
  seals: v.pipe(
    v.array(v.strictObject({ personId: v.pipe(v.string(), v.maxLength(40)), sealed: b64(12 << 10) })),
    v.minLength(1),
    v.maxLength(50),
  ),
});

const rosterView = (r: { serial: number; body: string; signature: string }) => ({
  serial: r.serial,
  body: r.body,
  signature: r.signature,
});

/** Public: the signed roster the report page verifies. */
export function rosterRoutes() {
  return new Hono<Env>().get(
    "/roster",
    doc("The roster signed with the channel key (crypto/SPEC.md)"),
    async (c) => {
      const roster = await latestRoster(c.var.deps.database);
      if (!roster) throw notFound("No signed roster yet: an admin has to sign in once.");
      return c.json(rosterView(roster));
    },
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
      async (c) => {
        const { database } = c.var.deps;
        const isAdmin = c.var.roles.includes("admin");
        const roster = await latestRoster(database);
        const admins = isAdmin ? await adminSeals(database) : [];
        return c.json({
          roster: roster ? rosterView(roster) : null,
          draft: await rosterDraft(database),
          mySigningKey: c.var.person.signingKey,
          mySeal: admins.find((a) => a.id === c.var.person.id)?.sealed ?? null,
          unsealedAdmins: admins
            .filter((a) => a.sealed === null)
            .map(({ id, recipient }) => ({ id, recipient })),
          anySeal: admins.some((a) => a.sealed !== null),
        });
      },
    )
    .put(
      "/signing-key",
      doc("Register this person's Ed25519 signing public key"),
      json(v.strictObject({ signingKey: SigningKey })),
      async (c) => {
        const { signingKey } = c.req.valid("json");
        await setSigningKey(c.var.deps.database, c.var.person.id, signingKey);
        return c.json({ signingKey });
      },
    )
    .post(
      "/roster",
      doc("Store a roster an admin's browser signed with the channel key (serial + 1)"),
      requireRole("admin"),
      json(Statement),
      async (c) => {
        const { database, clock } = c.var.deps;
        const statement = c.req.valid("json");
        const current = await latestRoster(database);
        const pin = current
          ? fingerprintOf((JSON.parse(current.body) as { channelKey: string }).channelKey)
          : null;
        let serial: number;
        try {
          serial = openRoster(statement, { pin, now: clock() }).serial;
        } catch (e) {
          if (isCryptoError(e)) throw badRequest("bad_roster", `The roster was refused: ${e.message}.`);
          throw e;
        }
        if (serial !== (current?.serial ?? 0) + 1) {
          throw new AppError(409, "roster_stale", "A newer roster exists. Reload and sign again.");
        }
        try {
          await withAudit(
            database,
            { actor: c.var.person.id, action: "roster.signed", detail: { serial } },
            clock(),
            () => [
              database.db.insert(rosters).values({
                serial,
                body: statement.body,
                signature: statement.signature,
                createdAt: clock().toISOString(),
                createdBy: c.var.person.id,
              }),
            ],
          );
        } catch (e) {
          if (!isConstraintError(e, "rosters")) throw e;
          throw new AppError(409, "roster_stale", "A newer roster exists. Reload and sign again.");
        }
        return c.json({ serial }, 201);
      },
    )
    .post(
      "/seals",
      doc("Store the channel key age-encrypted to admins who lack a copy"),
      requireRole("admin"),
      json(Seals),
      async (c) => {
        const { database, clock } = c.var.deps;
        const { seals } = c.req.valid("json");
        const admins = await adminSeals(database);
        for (const [i, s] of seals.entries()) {
          ciphertext(s.sealed, WRAPPED_KEY, `seals.${i}.sealed`);
          if (!admins.some((a) => a.id === s.personId))
            throw badRequest("not_admin", "Seal the key to admins only.");
        }
        const now = clock().toISOString();
        await database.batch(
          seals.map((s) =>
            database.db
              .insert(channelKeySeals)
              .values({ personId: s.personId, sealed: s.sealed, createdAt: now })
              .onConflictDoNothing(),
          ),
        );
        return c.json({ sealed: seals.length }, 201);
      },
    )
    .post(
      "/checkpoints",
      doc("Store an audit checkpoint signed in this person's browser"),
      json(Statement),
      async (c) => {
        const { database, clock } = c.var.deps;
        const statement = c.req.valid("json");
        const { person } = c.var;
        if (!person.signingKey) throw badRequest("no_signing_key", "Register your signing key first.");
        let seq: number;
        try {
          const checkpoint = openCheckpoint(statement, person.signingKey);
          if (checkpoint.personId !== person.id)
            throw badRequest("bad_checkpoint", "This checkpoint is not yours.");
          seq = checkpoint.seq;
        } catch (e) {
          if (isCryptoError(e))
            throw badRequest("bad_checkpoint", `The checkpoint was refused: ${e.message}.`);
          throw e;
        }
        await database.batch([
          database.db.insert(auditCheckpoints).values({
            id: randomId(),
            seq,
            personId: person.id,
            body: statement.body,
            signature: statement.signature,
            createdAt: clock().toISOString(),
          }),
        ]);
        return c.json({ seq }, 201);
      },
    )
    .get("/checkpoints", doc("Signed audit checkpoints"), requireRole("admin", "handler"), async (c) => {
      const rows = await checkpoints(c.var.deps.database);
      return c.json(rows.map(({ seq, personId, body, signature }) => ({ seq, personId, body, signature })));
    });
}
