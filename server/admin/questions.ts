/**
 * A channel's questions for the report form (server/routes/settings.ts). Every change is a new version;
 * the report form shows the current one and puts the version and the question texts answered inside the
 * report's ciphertext, so the server never sees an answer.
 */
import { withAudit } from "../../db/queries/audit";
import { channelExists } from "../../db/queries/persons";
import { type Question, questionnaireInsert, questionnaireOf } from "../../db/queries/questions";
import { badRequest, notFound } from "../errors";
import type { AdminCtx } from "./changes";

async function knownChannel(ctx: Pick<AdminCtx, "database">, channelId: string): Promise<void> {
  if (!(await channelExists(ctx.database, channelId))) throw notFound("No such channel.");
}

/** A channel's current questions and their version (0 and none before the first). */
export async function channelQuestions(ctx: Pick<AdminCtx, "database">, channelId: string) {
  await knownChannel(ctx, channelId);
  return questionnaireOf(ctx.database, channelId);
}

/**
 * A new version of a channel's questions: ids unique, and choices exactly for choice questions (at least
 * two). Returns the version now current.
 */
export async function setChannelQuestions(
  ctx: AdminCtx,
  channelId: string,
  input: { questions: Question[] },
) {
  await knownChannel(ctx, channelId);
  const { questions } = input;
  if (new Set(questions.map((q) => q.id)).size !== questions.length)
    throw badRequest("duplicate_question", "Two questions have the same id.");
  for (const q of questions) {
    const choice = q.type === "single" || q.type === "multiple";
    if (choice && q.options.length < 2)
      throw badRequest("options_missing", `Give the question "${q.label}" at least two choices.`);
    if (!choice && q.options.length > 0)
      throw badRequest("options_not_allowed", `Only choice questions have choices ("${q.label}").`);
  }
  await withAudit(
    ctx.database,
    {
      actor: ctx.actorId,
      action: "channel.questions",
      detail: { channel: channelId, questions: questions.length },
    },
    ctx.now,
    () => [
      questionnaireInsert(ctx.database, {
        channelId,
        questions,
        createdAt: ctx.now.toISOString(),
        createdBy: ctx.actorId,
      }),
    ],
  );
  return questionnaireOf(ctx.database, channelId);
}
