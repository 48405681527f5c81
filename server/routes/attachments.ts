/**
 * The reporting person's attachments: streamed, chunked uploads of age files encrypted in the browser
 * (server/evidence/attachments.ts). The case is found by the inbox login key, sent in the
 * `X-OC-Login` header (a body would be the file); like everything here, it is never stored or logged.
 */

import type { Context } from "hono";
import { Hono } from "hono";
import { createMiddleware } from "hono/factory";
import * as v from "valibot";
import { fromBase64 } from "../../crypto/index";
import { attachmentById, attachmentsOf } from "../../db/queries/attachments";
import { type CaseRow, caseByLoginKeyHash } from "../../db/queries/cases";
import { hashSecret } from "../../db/queries/ids";
import type { Env } from "../context";
import { badRequest, notFound } from "../errors";
import {
  ATTACHMENT_META,
  beginAttachment,
  completeAttachment,
  DEFAULT_LIMITS,
  discardAttachment,
  ensureFound,
  putChunk,
  UPLOAD_CHUNK,
} from "../evidence/attachments";
import { attachmentView, download } from "../evidence/views";
import { requirePow } from "../middleware/pow";
import { doc } from "../openapi";
import { b64, ciphertext, json } from "../validate";

const Begin = v.strictObject({
  meta: b64(32 << 10),
  /** A voice recording: whether the reporting person consents to keeping it (Art. 18(2)). */
  keepRecording: v.optional(v.nullable(v.boolean()), null),
  size: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(Number.MAX_SAFE_INTEGER)),
});

const NO_CASE = () => notFound("No case matches this token. Check it and try again.");

async function reporterCase<E extends Env>(c: Context<E>): Promise<CaseRow> {
  const key = c.req.header("x-oc-login") ?? "";
  if (!/^[A-Za-z0-9+/]{43}=$/.test(key)) throw NO_CASE();
  const found = await caseByLoginKeyHash(c.var.deps.database, hashSecret(fromBase64(key)));
  if (!found) throw NO_CASE();
  return found;
}

/** The reporter's case, found before the body is read: an unknown token is a 404 whatever it sent. */
const withReporterCase = createMiddleware<Env & { Variables: { reporterCase: CaseRow } }>(async (c, next) => {
  c.set("reporterCase", await reporterCase(c));
  await next();
});

function chunkIndex(c: Context<Env>): number {
  const raw = c.req.param("index") ?? "";
  if (!/^(0|[1-9][0-9]{0,5})$/.test(raw)) throw badRequest("invalid", "The chunk number is invalid.");
  return Number(raw);
}

export function attachmentRoutes() {
  return new Hono<Env>()
    .get("/limits", doc("Attachment limits and the chunk size"), (c) => {
      const limits = c.var.deps.attachmentLimits ?? DEFAULT_LIMITS;
      return c.json({ ...limits, chunkSize: UPLOAD_CHUNK, enabled: Boolean(c.var.deps.blobs) });
    })
    .get("/", doc("The case's stored attachments (X-OC-Login: base64 inbox login key)"), async (c) => {
      const found = await reporterCase(c);
      const rows = await attachmentsOf(c.var.deps.database, found.id);
      return c.json({ attachments: rows.filter((r) => r.state === "stored").map(attachmentView) });
    })
    .post(
      "/",
      doc("Start a streamed upload of an age file (X-OC-Login: base64 inbox login key)"),
      requirePow("message"),
      withReporterCase,
      json(Begin),
      async (c) => {
        const { database, blobs } = c.var.deps;
        const found = c.var.reporterCase;
        const input = c.req.valid("json");
        ciphertext(input.meta, ATTACHMENT_META, "meta");
        const row = await beginAttachment(database, blobs, c.var.deps.attachmentLimits ?? DEFAULT_LIMITS, {
          caseId: found.id,
          author: "reporter",
          personId: null,
          meta: input.meta,
          size: input.size,
          on: c.var.today,
          keepRecording: input.keepRecording,
        });
        return c.json({ id: row.id, size: row.size, received: 0, chunkSize: UPLOAD_CHUNK }, 201);
      },
    )
    .get("/:id", doc("Status of an upload: bytes received"), async (c) => {
      const found = await reporterCase(c);
      const row = ensureFound(await attachmentById(c.var.deps.database, found.id, c.req.param("id")));
      return c.json({
        id: row.id,
        size: row.size,
        received: row.received,
        state: row.state,
        chunkSize: UPLOAD_CHUNK,
      });
    })
    .put(
      "/:id/chunks/:index",
      doc("One chunk (application/octet-stream), in order, chunkSize bytes but the last"),
      async (c) => {
        const { database, blobs } = c.var.deps;
        const found = await reporterCase(c);
        const index = chunkIndex(c);
        const type = (c.req.header("content-type") ?? "").toLowerCase();
        if (type !== "application/octet-stream") {
          throw badRequest("bad_content_type", "Send a chunk as application/octet-stream.");
        }
        const row = ensureFound(await attachmentById(database, found.id, c.req.param("id")));
        const after = await putChunk(database, blobs, row, index, c.req.raw.body);
        return c.json({ received: after.received, size: after.size });
      },
    )
    .post("/:id/complete", doc("Finish an upload"), async (c) => {
      const { database, blobs } = c.var.deps;
      const found = await reporterCase(c);
      const row = ensureFound(await attachmentById(database, found.id, c.req.param("id")));
      const done = await completeAttachment(database, blobs, row);
      return c.json(attachmentView(done), 201);
    })
    .delete("/:id", doc("Discard an upload or a file"), async (c) => {
      const { database, blobs } = c.var.deps;
      const found = await reporterCase(c);
      const row = ensureFound(await attachmentById(database, found.id, c.req.param("id")));
      if (blobs) await discardAttachment(database, blobs, row);
      return c.body(null, 204);
    })
    .get("/:id/content", doc("The stored age file"), async (c) => {
      const found = await reporterCase(c);
      const row = ensureFound(await attachmentById(c.var.deps.database, found.id, c.req.param("id")));
      return download(c, row);
    });
}
