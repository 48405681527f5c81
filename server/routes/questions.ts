/**
 * A channel's questions for the report form (admins only): text, single or multiple choice, or a date.
 * Every change is a new version; the report form shows the current one and puts the version and the
 * question texts answered inside the report's ciphertext, so the server never sees an answer.
 */
import { Hono } from "hono";
import * as v from "valibot";
import { withAudit } from "../../db/queries/audit";
import { channelExists } from "../../db/queries/persons";
import { questionnaireInsert, questionnaireOf } from "../../db/queries/questions";
import type { Env } from "../context";
import { badRequest, notFound } from "../errors";
import { requireRole, requireSession } from "../middleware/session";
import { doc } from "../openapi";
import { json } from "../validate";

const text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));
const Question = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,40}$/)),
  type: v.picklist(["text", "single", "multiple", "date"]),
  label: text(300),
  options: v.optional(v.pipe(v.array(text(200)), v.maxLength(20)), []),
});
const Questions = v.strictObject({ questions: v.pipe(v.array(Question), v.maxLength(20)) });

export function questionRoutes() {
  return new Hono<Env>()
    .use("*", requireSession(), requireRole("admin"))
    .get(
      "/channels/:id/questions",
      doc("A channel's current questions for the report form and their version"),
      async (c) => {
        const { database } = c.var.deps;
        const id = c.req.param("id");
        if (!(await channelExists(database, id))) throw notFound("No such channel.");
        return c.json(await questionnaireOf(database, id));
      },
    )
    .put(
      "/channels/:id/questions",
      doc("A new version of a channel's questions (text, single or multiple choice, date)"),
      json(Questions),
      async (c) => {
        const { database, clock } = c.var.deps;
        const id = c.req.param("id");
        if (!(await channelExists(database, id))) throw notFound("No such channel.");
        const { questions } = c.req.valid("json");
        if (new Set(questions.map((q) => q.id)).size !== questions.length)
          throw badRequest("duplicate_question", "Two questions have the same id.");
        for (const q of questions) {
          const choice = q.type === "single" || q.type === "multiple";
          if (choice && q.options.length < 2)
            throw badRequest("options_missing", `Give the question "${q.label}" at least two choices.`);
          if (!choice && q.options.length > 0)
            throw badRequest("options_not_allowed", `Only choice questions have choices ("${q.label}").`);
        }
        const now = clock();
        await withAudit(
          database,
          {
            actor: c.var.person.id,
            action: "channel.questions",
            detail: { channel: id, questions: questions.length },
          },
          now,
          () => [
            questionnaireInsert(database, {
              channelId: id,
              questions,
              createdAt: now.toISOString(),
              createdBy: c.var.person.id,
            }),
          ],
        );
        return c.json(await questionnaireOf(database, id));
      },
    );
}
