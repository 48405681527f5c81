/**
 * Who may open a case, and the reporting person's identity (Art. 16). Access follows the keys: a
 * holder wraps the case key to a colleague (grant) or a copy is deleted (revoke, give up). The
 * identity section has its own key, wrapped to custodians only, and opening it needs a recorded
 * reason and, where the organisation requires it, a second person's approval.
 */
import { Hono } from "hono";
import {
  accessOf,
  decideIdentityRequest,
  disclose,
  grantAccess,
  identityRequests,
  openIdentity,
  requestIdentity,
  revokeAccess,
} from "../case/index";
import type { Env } from "../context";
import { actor, caseContext } from "../middleware/request-context";
import { requireRole, requireSession } from "../middleware/session";
import { doc } from "../openapi";
import { Decision, Disclosure, Grant, Reason } from "../shapes/access";
import { json } from "../validate";

export function accessRoutes() {
  return (
    new Hono<Env>()
      .use("*", requireSession(), requireRole("handler", "custodian"))
      .get("/:id/access", doc("Holders of the case key and colleagues it can be granted to"), async (c) =>
        c.json(await accessOf(caseContext(c), actor(c), c.req.param("id"))),
      )
      .post(
        "/:id/grants",
        doc("Grant access: the case key wrapped by a holder to a colleague"),
        json(Grant),
        async (c) =>
          c.json(await grantAccess(caseContext(c), actor(c), c.req.param("id"), c.req.valid("json")), 201),
      )
      /** Revoke a colleague's access, or give up one's own ("me"). */
      .delete(
        "/:id/grants/:personId",
        doc("Revoke a colleague's access, or give up one's own ('me')"),
        async (c) => {
          const { id, personId } = c.req.param();
          await revokeAccess(caseContext(c), actor(c), id, personId);
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
            await requestIdentity(caseContext(c), actor(c), c.req.param("id"), c.req.valid("json")),
            201,
          ),
      )
      .get("/:id/identity-requests", doc("Requests to open the identity section"), async (c) =>
        c.json(await identityRequests(caseContext(c), actor(c), c.req.param("id"))),
      )
      .post(
        "/:id/identity-requests/:rid/decision",
        doc("A second custodian approves or refuses"),
        requireRole("custodian"),
        json(Decision),
        async (c) => {
          const { id, rid } = c.req.param();
          return c.json(await decideIdentityRequest(caseContext(c), actor(c), id, rid, c.req.valid("json")));
        },
      )
      .get(
        "/:id/identity",
        doc("The encrypted identity section and the custodian's wrapped key"),
        requireRole("custodian"),
        async (c) => c.json(await openIdentity(caseContext(c), actor(c), c.req.param("id"))),
      )
      .post(
        "/:id/disclosures",
        doc("Record a disclosure beyond the team with its legal basis (Art. 16(2)-(3))"),
        requireRole("custodian"),
        json(Disclosure),
        async (c) =>
          c.json(await disclose(caseContext(c), actor(c), c.req.param("id"), c.req.valid("json")), 201),
      )
  );
}
