/**
 * A channel's questions for the report form (admins only, server/admin/questions.ts): text, single or
 * multiple choice, or a date. Every change is a new version; the server never sees an answer.
 */
import { Hono } from "hono";
import { channelQuestions, setChannelQuestions } from "../admin/questions";
import type { Env } from "../context";
import { adminCtx } from "../middleware/request-context";
import { requireRole, requireSession } from "../middleware/session";
import { doc } from "../openapi";
import { Questions } from "../shapes/questions";
import { json } from "../validate";

export function questionRoutes() {
  return new Hono<Env>()
    .use("*", requireSession(), requireRole("admin"))
    .get(
      "/channels/:id/questions",
      doc("A channel's current questions for the report form and their version"),
      async (c) => c.json(await channelQuestions(adminCtx(c), c.req.param("id"))),
    )
    .put(
      "/channels/:id/questions",
      doc("A new version of a channel's questions (text, single or multiple choice, date)"),
      json(Questions),
      async (c) => c.json(await setChannelQuestions(adminCtx(c), c.req.param("id"), c.req.valid("json"))),
    );
}
