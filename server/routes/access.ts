/**
 * Who may open a case, and the reporting person's identity (Art. 16). Access follows the keys: a
 * holder wraps the case key to a colleague (grant) or a copy is deleted (revoke, give up). The
 * identity section has its own key, wrapped to custodians only, and opening it needs a recorded
 * reason and, where the organisation requires it, a second person's approval.
 */
import { Hono } from "hono";
import * as kase from "../case/index";
import type { Env } from "../context";
import { actor, caseContext } from "../middleware/request-context";
import { requireRole, requireSession } from "../middleware/session";
import { doc } from "../openapi";
import { Decision, Disclosure, Grant, Reason } from "../shapes/access";
import { json } from "../validate";
import { onCase, onCaseItem, onCaseWith } from "./verb";

export function accessRoutes() {
  return new Hono<Env>()
    .use("*", requireSession(), requireRole("handler", "custodian"))
    .get(
      "/:id/access",
      doc("Holders of the case key and colleagues it can be granted to"),
      onCase(kase.accessOf),
    )
    .post(
      "/:id/grants",
      doc("Grant access: the case key wrapped by a holder to a colleague"),
      ...onCaseWith(json(Grant), kase.grantAccess, 201),
    )
    .delete(
      "/:id/grants/:personId",
      doc("Revoke a colleague's access, or give up one's own ('me')"),
      async (c) => {
        const { id, personId } = c.req.param();
        await kase.revokeAccess(caseContext(c), actor(c), id, personId);
        return c.body(null, 204);
      },
    )
    .post(
      "/:id/identity-requests",
      doc("Ask to open the identity section, with a reason (Art. 16)"),
      requireRole("custodian"),
      ...onCaseWith(json(Reason), kase.requestIdentity, 201),
    )
    .get(
      "/:id/identity-requests",
      doc("Requests to open the identity section"),
      onCase(kase.identityRequests),
    )
    .post(
      "/:id/identity-requests/:rid/decision",
      doc("A second custodian approves or refuses"),
      requireRole("custodian"),
      ...onCaseItem("rid", json(Decision), kase.decideIdentityRequest),
    )
    .get(
      "/:id/identity",
      doc("The encrypted identity section and the custodian's wrapped key"),
      requireRole("custodian"),
      onCase(kase.openIdentity),
    )
    .post(
      "/:id/disclosures",
      doc("Record a disclosure beyond the team with its legal basis (Art. 16(2)-(3))"),
      requireRole("custodian"),
      ...onCaseWith(json(Disclosure), kase.disclose, 201),
    );
}
