/**
 * Attachments. The reporting person's: streamed, chunked uploads of age files encrypted in the browser
 * (server/evidence/reporter.ts). The case is found by the inbox login key, sent in the
 * `X-OC-Login` header (a body would be the file); like everything here, it is never stored or logged.
 * The handlers' (server/case/attachments.ts): the list (encrypted name, type and size) and the streamed
 * age file, for people who hold the case key (404 otherwise, as for the case itself). Downloads are
 * audited; their content never is.
 */
import { Hono } from "hono";
import { createMiddleware } from "hono/factory";
import type { CaseRow } from "../../db/queries/cases";
import { caseAttachments, openAttachment } from "../case/index";
import type { Env } from "../context";
import * as reporter from "../evidence/reporter";
import { download, storedAttachments } from "../evidence/views";
import { requirePow } from "../middleware/pow";
import { actor, caseContext } from "../middleware/request-context";
import { requireRole, requireSession } from "../middleware/session";
import { doc } from "../openapi";
import { Begin } from "../shapes/attachments";
import { json } from "../validate";
import { onCase } from "./verb";

/** The reporter's case, found before the body is read: an unknown token is a 404 whatever it sent. */
const withReporterCase = createMiddleware<Env & { Variables: { reporterCase: CaseRow } }>(async (c, next) => {
  c.set("reporterCase", await reporter.reporterCase(c.var.deps.database, c.req.header("x-oc-login")));
  await next();
});

/** The reporting person's, mounted at /api/attachments. */
export function attachmentRoutes() {
  return new Hono<Env>()
    .get("/limits", doc("Attachment limits and the chunk size"), (c) =>
      c.json(reporter.uploadLimits(c.var.deps)),
    )
    .get(
      "/",
      doc("The case's stored attachments (X-OC-Login: base64 inbox login key)"),
      withReporterCase,
      async (c) => c.json(await storedAttachments(c.var.deps.database, c.var.reporterCase.id)),
    )
    .post(
      "/",
      doc("Start a streamed upload of an age file (X-OC-Login: base64 inbox login key)"),
      requirePow("message"),
      withReporterCase,
      json(Begin),
      async (c) =>
        c.json(
          await reporter.startUpload(c.var.deps, c.var.reporterCase, c.var.today, c.req.valid("json")),
          201,
        ),
    )
    .get("/:id", doc("Status of an upload: bytes received"), withReporterCase, async (c) =>
      c.json(await reporter.uploadStatus(c.var.deps.database, c.var.reporterCase, c.req.param("id"))),
    )
    .put(
      "/:id/chunks/:index",
      doc("One chunk (application/octet-stream), in order, chunkSize bytes but the last"),
      withReporterCase,
      async (c) => {
        const { id, index } = c.req.param();
        const chunk = { index, contentType: c.req.header("content-type"), body: c.req.raw.body };
        return c.json(await reporter.receiveChunk(c.var.deps, c.var.reporterCase, id, chunk));
      },
    )
    .post("/:id/complete", doc("Finish an upload"), withReporterCase, async (c) =>
      c.json(await reporter.finishUpload(c.var.deps, c.var.reporterCase, c.req.param("id")), 201),
    )
    .delete("/:id", doc("Discard an upload or a file"), withReporterCase, async (c) => {
      await reporter.discardUpload(c.var.deps, c.var.reporterCase, c.req.param("id"));
      return c.body(null, 204);
    })
    .get("/:id/content", doc("The stored age file"), withReporterCase, async (c) =>
      download(c, await reporter.reporterFile(c.var.deps, c.var.reporterCase, c.req.param("id"))),
    );
}

/** The handlers', mounted at /api/cases. */
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
