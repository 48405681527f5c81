/**
 * Who may open a case, and the reporting person's identity (Art. 16). Access follows the keys: a
 * holder wraps the case key to a colleague (grant) or a copy is deleted (revoke, give up). The
 * identity section has its own key, wrapped to custodians only, and opening it needs a recorded
 * reason and, where the organisation requires it, a second person's approval.
 */
import { and, eq } from "drizzle-orm";
import { Hono } from "hono";
import * as v from "valibot";
import { withAudit } from "../../db/queries/audit";
import { entriesOf, exclusionsOf, holdersOf, nextSeq } from "../../db/queries/cases";
import { hashSecret, randomId } from "../../db/queries/ids";
import { personById, personsByIds, rolesOf } from "../../db/queries/persons";
import { getSettings } from "../../db/queries/settings";
import { caseKeys, channelMembers, disclosures, entries, identityRequests, persons } from "../../db/schema";
import { heldCase } from "../cases/held";
import type { Env } from "../context";
import { todayIn } from "../directive";
import { AppError, badRequest, conflict, forbidden, notFound } from "../errors";
import { requireRole, requireSession } from "../middleware/session";
import { b64, CONTENT, ciphertext, body as parseBody, WRAPPED_KEY } from "../validate";

const Grant = v.strictObject({
  personId: v.pipe(v.string(), v.maxLength(40)),
  wrapped: b64(12 << 10),
  identityWrapped: v.optional(v.nullable(b64(12 << 10)), null),
});
const Reason = v.strictObject({ reason: v.pipe(v.string(), v.trim(), v.minLength(10), v.maxLength(2000)) });
const Decision = v.strictObject({ approve: v.boolean() });
const Disclosure = v.strictObject({
  legalBasis: v.pipe(v.string(), v.trim(), v.minLength(5), v.maxLength(500)),
  disclosedTo: v.pipe(v.string(), v.trim(), v.minLength(2), v.maxLength(200)),
  jeopardises: v.boolean(),
  /** The written reasons to the reporting person, encrypted to the case; required unless jeopardises. */
  message: v.optional(v.nullable(b64(6 << 20)), null),
});

export function accessRoutes() {
  const app = new Hono<Env>();
  app.use("*", requireSession(), requireRole("handler", "custodian"));

  /** Current holders and the colleagues the case could be granted to (with their public keys). */
  app.get("/:id/access", async (c) => {
    const { database } = c.var.deps;
    const { found } = await heldCase(c);
    const holders = await holdersOf(database, found.id);
    const excluded = new Set(await exclusionsOf(database, found.id));
    const people = await database.db.select().from(persons);
    const members = await database.db
      .select()
      .from(channelMembers)
      .where(eq(channelMembers.channelId, found.channelId));
    const active = people.filter((p) => !p.removedAt);
    const view = (p: (typeof people)[number]) => ({
      id: p.id,
      displayName: p.displayName,
      roles: rolesOf(p),
    });
    return c.json({
      holders: active
        .filter((p) => holders.some((h) => h.personId === p.id))
        .map((p) => ({ ...view(p), kinds: holders.filter((h) => h.personId === p.id).map((h) => h.kind) })),
      grantable: active
        .filter(
          (p) =>
            !excluded.has(p.id) &&
            rolesOf(p).includes("handler") &&
            !holders.some((h) => h.personId === p.id && h.kind === "case"),
        )
        .map((p) => ({
          ...view(p),
          recipient: p.recipient,
          inChannel: members.some((m) => m.personId === p.id),
        })),
    });
  });

  app.post("/:id/grants", async (c) => {
    const { database, clock } = c.var.deps;
    const { found, keys } = await heldCase(c);
    const input = await parseBody(c, Grant);
    ciphertext(input.wrapped, WRAPPED_KEY, "wrapped");
    if (input.identityWrapped) ciphertext(input.identityWrapped, WRAPPED_KEY, "identityWrapped");
    const target = await personById(database, input.personId);
    // Excluded people are treated as unknown: the case key is never wrapped to them.
    if (!target || (await exclusionsOf(database, found.id)).includes(target.id))
      throw notFound("No such person.");
    const roles = rolesOf(target);
    if (!roles.includes("handler"))
      throw badRequest("not_handler", "Only handlers can be given access to a case.");
    if (input.identityWrapped && (!keys.identityKey || !roles.includes("custodian"))) {
      throw forbidden("The identity key goes only from a custodian to a custodian.");
    }
    const now = clock().toISOString();
    await withAudit(
      database,
      {
        actor: c.var.person.id,
        action: "case.granted",
        caseId: found.id,
        detail: { to: target.id, identity: Boolean(input.identityWrapped) },
      },
      clock(),
      () => [
        database.db
          .insert(caseKeys)
          .values({
            caseId: found.id,
            personId: target.id,
            kind: "case",
            wrapped: input.wrapped,
            grantedAt: now,
            grantedBy: c.var.person.id,
          })
          .onConflictDoNothing(),
        ...(input.identityWrapped
          ? [
              database.db
                .insert(caseKeys)
                .values({
                  caseId: found.id,
                  personId: target.id,
                  kind: "identity",
                  wrapped: input.identityWrapped,
                  grantedAt: now,
                  grantedBy: c.var.person.id,
                })
                .onConflictDoNothing(),
            ]
          : []),
      ],
    );
    return c.json({ ok: true }, 201);
  });

  /** Revoke a colleague's access, or give up one's own ("me"). Nobody may leave a case unreadable. */
  app.delete("/:id/grants/:personId", async (c) => {
    const { database, clock } = c.var.deps;
    const { found } = await heldCase(c);
    const param = c.req.param("personId");
    const personId = param === "me" ? c.var.person.id : param;
    const holders = (await holdersOf(database, found.id)).filter((h) => h.kind === "case");
    if (!holders.some((h) => h.personId === personId))
      throw notFound("That person has no access to this case.");
    const active = await personsByIds(
      database,
      holders.map((h) => h.personId),
    );
    if (!active.some((p) => p.id !== personId)) {
      throw conflict("last_holder", "Nobody else could open this case. Grant access to someone else first.");
    }
    await withAudit(
      database,
      {
        actor: c.var.person.id,
        action: personId === c.var.person.id ? "case.given_up" : "case.revoked",
        caseId: found.id,
        detail: { person: personId },
      },
      clock(),
      () => [
        database.db
          .delete(caseKeys)
          .where(and(eq(caseKeys.caseId, found.id), eq(caseKeys.personId, personId))),
      ],
    );
    return c.body(null, 204);
  });

  /** A custodian asks to open the identity section, giving a reason. */
  app.post("/:id/identity-requests", requireRole("custodian"), async (c) => {
    const { database, clock } = c.var.deps;
    const { found, keys } = await heldCase(c);
    const input = await parseBody(c, Reason);
    if (!found.identityRecipient) throw notFound("This report has no identity section.");
    if (!keys.identityKey) throw notFound("No such case.");
    const s = await getSettings(database);
    const id = randomId();
    const now = clock();
    const state = s.requireDisclosureApproval ? "pending" : "approved";
    await withAudit(
      database,
      {
        actor: c.var.person.id,
        action: "identity.requested",
        caseId: found.id,
        // The reason stays with the case's holders; the chain keeps its hash, so it cannot change unseen.
        detail: { request: id, state, reasonSha256: hashSecret(input.reason) },
      },
      now,
      () => [
        database.db.insert(identityRequests).values({
          id,
          caseId: found.id,
          personId: c.var.person.id,
          reason: input.reason,
          requestedAt: now.toISOString(),
          state,
        }),
      ],
    );
    return c.json({ id, state }, 201);
  });

  app.get("/:id/identity-requests", async (c) => {
    const { database } = c.var.deps;
    const { found } = await heldCase(c);
    const rows = await database.db
      .select()
      .from(identityRequests)
      .where(eq(identityRequests.caseId, found.id));
    return c.json({ requests: rows });
  });

  /** A second custodian approves or refuses; nobody approves their own request. */
  app.post("/:id/identity-requests/:rid/decision", requireRole("custodian"), async (c) => {
    const { database, clock } = c.var.deps;
    const { found } = await heldCase(c);
    const input = await parseBody(c, Decision);
    const [r] = await database.db
      .select()
      .from(identityRequests)
      .where(and(eq(identityRequests.id, c.req.param("rid") ?? ""), eq(identityRequests.caseId, found.id)));
    if (!r) throw notFound("No such request.");
    if (r.personId === c.var.person.id) throw forbidden("A second person must decide on your request.");
    if (r.state !== "pending") throw conflict("decided", "This request was already decided.");
    const now = clock();
    const state = input.approve ? "approved" : "refused";
    await withAudit(
      database,
      {
        actor: c.var.person.id,
        action: "identity.decided",
        caseId: found.id,
        detail: { request: r.id, state },
      },
      now,
      () => [
        database.db
          .update(identityRequests)
          .set({ state, decidedBy: c.var.person.id, decidedAt: now.toISOString() })
          .where(eq(identityRequests.id, r.id)),
      ],
    );
    return c.json({ id: r.id, state });
  });

  /** The identity section itself: only for a custodian holding its key with an approved request. */
  app.get("/:id/identity", requireRole("custodian"), async (c) => {
    const { database, clock } = c.var.deps;
    const { found, keys } = await heldCase(c);
    if (!found.identityRecipient || !keys.identityKey) throw notFound("No such case.");
    const mine = await database.db
      .select()
      .from(identityRequests)
      .where(
        and(
          eq(identityRequests.caseId, found.id),
          eq(identityRequests.personId, c.var.person.id),
          eq(identityRequests.state, "approved"),
        ),
      );
    if (mine.length === 0)
      throw new AppError(
        403,
        "reason_required",
        "Record a reason (and get approval, if required) before opening the identity section.",
      );
    const section = (await entriesOf(database, found.id)).find((e) => e.kind === "identity");
    if (!section) throw notFound("This report has no identity section.");
    await withAudit(
      database,
      {
        actor: c.var.person.id,
        action: "identity.opened",
        caseId: found.id,
        detail: { request: mine.at(-1)?.id },
      },
      clock(),
      () => [],
    );
    return c.json({
      recipient: found.identityRecipient,
      section: section.ciphertext,
      myKey: keys.identityKey,
    });
  });

  /** Disclosure beyond the team (Art. 16(2)-(3)): legal basis recorded; reporter told unless that jeopardises. */
  app.post("/:id/disclosures", requireRole("custodian"), async (c) => {
    const { database, clock } = c.var.deps;
    const { found } = await heldCase(c);
    const input = await parseBody(c, Disclosure);
    if (!input.jeopardises && !input.message) {
      throw badRequest(
        "reasons_required",
        "Write to the reporting person with the reasons first, or record that this would jeopardise the investigation.",
      );
    }
    if (input.message) ciphertext(input.message, CONTENT, "message");
    const s = await getSettings(database);
    const now = clock();
    const id = randomId();
    const seq = await nextSeq(database, found.id);
    await withAudit(
      database,
      {
        actor: c.var.person.id,
        action: "identity.disclosed",
        caseId: found.id,
        detail: {
          disclosure: id,
          legalBasis: input.legalBasis,
          disclosedTo: input.disclosedTo,
          jeopardises: input.jeopardises,
        },
      },
      now,
      () => [
        database.db.insert(disclosures).values({
          id,
          caseId: found.id,
          personId: c.var.person.id,
          legalBasis: input.legalBasis,
          disclosedTo: input.disclosedTo,
          jeopardises: input.jeopardises,
          at: now.toISOString(),
        }),
        ...(input.message
          ? [
              database.db.insert(entries).values({
                id: randomId(),
                caseId: found.id,
                seq,
                kind: "disclosure_notice",
                author: "handler",
                personId: c.var.person.id,
                on: todayIn(s.timeZone, now),
                at: now.toISOString(),
                ciphertext: input.message,
              }),
            ]
          : []),
      ],
    );
    return c.json({ id }, 201);
  });

  return app;
}
