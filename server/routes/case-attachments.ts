/**
 * The handlers' side of attachments (server/case/attachments.ts): the list (encrypted name, type and
 * size) and the streamed age file, for people who hold the case key (404 otherwise, as for the case
 * itself). Downloads are audited; their content never is.
 */
import { Hono } from "hono";
import { caseAttachments, openAttachment } from "../case/index";
import type { Env } from "../context";
import { download } from "../evidence/views";
import { actor, caseContext } from "../middleware/request-context";
import { requireRole, requireSession } from "../middleware/session";
import { doc } from "../openapi";
import { onCase } from "./verb";

export function caseAttachmentRoutes() {
  return new Hono<Env>()
    .use("*", requireSession(), requireRole("handler", "custodian"))
    .get(
      "/:id/attachments",
      doc("A case's attachments: encrypted name, type and size"),
      onCase(caseAttachments),
    )
    .get(
      "/:id/attachments/:attachmentId/content",
      doc("Stream an attachment's age file (audited)"),
      async (c) => {
        const { id, attachmentId } = c.req.param();
        return download(c, await openAttachment(caseContext(c), actor(c), id, attachmentId));
      },
    );
}
