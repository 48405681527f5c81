/**
 * The handlers' side of attachments: the list (encrypted name, type and size) and the streamed age
 * file, for people who hold the case key (404 otherwise, as for the case itself). Downloads are
 * audited; their content never is.
 */
import { Hono } from "hono";
import { attachmentById, attachmentsOf } from "../../db/queries/attachments";
import { withAudit } from "../../db/queries/audit";
import { holdCase } from "../case/held";
import type { Env } from "../context";
import { ensureFound } from "../evidence/attachments";
import { attachmentView, download } from "../evidence/views";
import { actor, caseContext } from "../middleware/request-context";
import { requireRole, requireSession } from "../middleware/session";
import { doc } from "../openapi";

export function caseAttachmentRoutes() {
  return new Hono<Env>()
    .use("*", requireSession(), requireRole("handler", "custodian"))
    .get("/:id/attachments", doc("A case's attachments: encrypted name, type and size"), async (c) => {
      const { heldCase } = await holdCase(caseContext(c), actor(c), c.req.param("id"));
      const rows = await attachmentsOf(c.var.deps.database, heldCase.id);
      return c.json({ attachments: rows.filter((r) => r.state === "stored").map(attachmentView) });
    })
    .get(
      "/:id/attachments/:attachmentId/content",
      doc("Stream an attachment's age file (audited)"),
      async (c) => {
        const { database, clock } = c.var.deps;
        const { heldCase } = await holdCase(caseContext(c), actor(c), c.req.param("id"));
        const row = ensureFound(await attachmentById(database, heldCase.id, c.req.param("attachmentId")));
        const res = await download(c, row);
        await withAudit(
          database,
          {
            actor: c.var.person.id,
            action: "attachment.downloaded",
            caseId: heldCase.id,
            detail: { attachment: row.id },
          },
          clock(),
          () => [],
        );
        return res;
      },
    );
}
