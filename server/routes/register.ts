/**
 * The register of reports for the administrators: `POST /api/admin/register/export` with an age X25519
 * recipient answers the register as CSV inside an age file (deleted cases' anonymised rows and live
 * cases alike; no content, no case id). The export itself is audited with the recipient.
 * Mounted at /api/admin; every route names its own middleware.
 */
import { Hono } from "hono";
import type { Env } from "../context";
import { requireRole, requireSession } from "../middleware/session";
import { doc } from "../openapi";
import { exportRegister } from "../register";
import { Export } from "../shapes/register";
import { json } from "../validate";

export function registerRoutes() {
  return new Hono<Env>().post(
    "/register/export",
    doc("The register of reports (Art. 18) as CSV inside an age file, anonymised, no content"),
    requireSession(),
    requireRole("admin"),
    json(Export),
    async (c) => {
      const { recipient } = c.req.valid("json");
      const file = await exportRegister(c.var.deps.database, c.var.person.id, recipient, c.var.now);
      return c.body(file as Uint8Array<ArrayBuffer>, 200, {
        "content-type": "application/octet-stream",
        "content-disposition": 'attachment; filename="register.csv.age"',
      });
    },
  );
}
