/**
 * Who may open a case, and the reporting person's identity (Art. 16). Access follows the keys: a
 * holder wraps the case key to a colleague (grant) or a copy is deleted (revoke, give up). The
 * identity section has its own key, wrapped to custodians only, and opening it needs a recorded
 * reason and, where the organisation requires it, a second person's approval.
 */
import { Hono } from "hono";
import * as v from "valibot";
import * as kase from "../case/index";
import type { Env } from "../context";
import { actor, caseContext } from "../middleware/request-context";
import { requireRole, requireSession } from "../middleware/session";
import { doc } from "../openapi";
import { CONTENT, json, STAFF_TEXT_MAX, sealed, threadSeq, WRAPPED_KEY } from "../validate";

const Grant = v.strictObject({
  personId: v.pipe(v.string(), v.maxLength(40)),
  wrapped: sealed(12 << 10, WRAPPED_KEY),
  identityWrapped: v.optional(v.nullable(sealed(12 << 10, WRAPPED_KEY)), null),
});
/** Reasons and disclosure details are encrypted to the case key in the browser (server/validate.ts). */
const Reason = v.strictObject({ reason: sealed(STAFF_TEXT_MAX, CONTENT) });
const Decision = v.strictObject({ approve: v.boolean() });
const Disclosure = v.strictObject({
  legalBasis: sealed(STAFF_TEXT_MAX, CONTENT),
  disclosedTo: sealed(STAFF_TEXT_MAX, CONTENT),
  jeopardises: v.boolean(),
  /** The written reasons to the reporting person, encrypted to the case; required unless jeopardises. */
  message: v.optional(v.nullable(sealed(6 << 20, CONTENT)), null),
  /** The place in the signed thread the message was signed for. */
  seq: threadSeq,
});

export function accessRoutes() {
  return (
    new Hono<Env>()
      .use("*", requireSession(), requireRole("handler", "custodian"))
      .get("/:id/access", doc("Holders of the case key and colleagues it can be granted to"), async (c) =>
        c.json(await kase.accessOf(caseContext(c), actor(c), c.req.param("id"))),
      )
      .post(
        "/:id/grants",
        doc("Grant access: the case key wrapped by a holder to a colleague"),
        json(Grant),
        async (c) =>
          c.json(
            await kase.grantAccess(caseContext(c), actor(c), c.req.param("id"), c.req.valid("json")),
            201,
          ),
      )
      /** Revoke a colleague's access, or give up one's own ("me"). */
      .delete(
        "/:id/grants/:personId",
        doc("Revoke a colleague's access, or give up one's own ('me')"),
        async (c) => {
          const param = c.req.param("personId");
          await kase.revokeAccess(
            caseContext(c),
            actor(c),
            c.req.param("id"),
            param === "me" ? c.var.person.id : param,
          );
          return c.body(null, 204);
        },
      )
      .post(
        "/:id/identity-requests",
        doc("Ask to open the identity section, with a reason (Art. 16)"),
        requireRole("custodian"),
        json(Reason),
        async (c) =>
          c.json(
            await kase.requestIdentity(caseContext(c), actor(c), c.req.param("id"), c.req.valid("json")),
            201,
          ),
      )
      .get("/:id/identity-requests", doc("Requests to open the identity section"), async (c) =>
        c.json(await kase.identityRequests(caseContext(c), actor(c), c.req.param("id"))),
      )
      .post(
        "/:id/identity-requests/:rid/decision",
        doc("A second custodian approves or refuses"),
        requireRole("custodian"),
        json(Decision),
        async (c) =>
          c.json(
            await kase.decideIdentityRequest(
              caseContext(c),
              actor(c),
              c.req.param("id"),
              c.req.param("rid"),
              c.req.valid("json"),
            ),
          ),
      )
      .get(
        "/:id/identity",
        doc("The encrypted identity section and the custodian's wrapped key"),
        requireRole("custodian"),
        async (c) => c.json(await kase.openIdentity(caseContext(c), actor(c), c.req.param("id"))),
      )
      .post(
        "/:id/disclosures",
        doc("Record a disclosure beyond the team with its legal basis (Art. 16(2)-(3))"),
        requireRole("custodian"),
        json(Disclosure),
        async (c) =>
          c.json(await kase.disclose(caseContext(c), actor(c), c.req.param("id"), c.req.valid("json")), 201),
      )
  );
}
