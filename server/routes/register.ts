/**
 * The register of reports for the administrators: `POST /api/admin/register/export` with an age X25519
 * recipient answers the register as CSV inside an age file (deleted cases' anonymised rows and live
 * cases alike; no content, no case id). The export itself is audited with the recipient.
 * Mounted at /api/admin; every route names its own middleware.
 */
import { Hono } from "hono";
import * as v from "valibot";
import { withAudit } from "../../db/queries/audit";
import { allCases } from "../../db/queries/cases";
import { registerRows } from "../../db/queries/register";
import type { Env } from "../context";
import { requireRole, requireSession } from "../middleware/session";
import { doc } from "../openapi";
import { encryptRegister, registerCsv, registerRow } from "../register";
import { json } from "../validate";

const Export = v.strictObject({
  recipient: v.pipe(v.string(), v.regex(/^age1[02-9ac-hj-np-z]{58}$/, "an age X25519 recipient (age1...)")),
});

export function registerRoutes() {
  return new Hono<Env>().post(
    "/register/export",
    doc("The register of reports (Art. 18) as CSV inside an age file, anonymised, no content"),
    requireSession(),
    requireRole("admin"),
    json(Export),
    async (c) => {
      const { database, clock } = c.var.deps;
      const { recipient } = c.req.valid("json");
      const deleted = (await registerRows(database)).map(({ id: _id, ...row }) => row);
      const live = (await allCases(database)).map((heldCase) => {
        const { id: _id, ...row } = registerRow(heldCase, "", "");
        return row;
      });
      const file = await encryptRegister(registerCsv([...deleted, ...live]), recipient);
      await withAudit(
        database,
        {
          actor: c.var.person.id,
          action: "register.exported",
          detail: { recipient, rows: deleted.length + live.length },
        },
        clock(),
        () => [],
      );
      return c.body(file as Uint8Array<ArrayBuffer>, 200, {
        "content-type": "application/octet-stream",
        "content-disposition": 'attachment; filename="register.csv.age"',
      });
    },
  );
}
