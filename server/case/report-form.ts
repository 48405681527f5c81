/**
 * What the report form needs before anything is filed: the organisation, the routing channels with
 * their questions, the fixed categories and relationships, where else to report, and the public keys
 * a report to a channel is encrypted to. Nothing about the reporting person is read or kept.
 */
import categories from "../../content/categories.json";
import relationships from "../../content/relationships.json";
import { channelExists, channelRecipients, listChannels } from "../../db/queries/persons";
import { currentQuestionnaires } from "../../db/queries/questions";
import { externalChannels } from "../notice/index";
import type { CaseContext } from "./context";
import { CaseError } from "./errors";

/** The form's configuration; each channel with its current questions (version 0 and none when it has none). */
export async function reportFormConfig(ctx: CaseContext) {
  const questions = await currentQuestionnaires(ctx.database);
  const channels = (await listChannels(ctx.database)).map((channel) => ({
    ...channel,
    questions: questions.get(channel.id) ?? { version: 0, questions: [] },
  }));
  return {
    organisation: {
      name: ctx.settings.orgName,
      jurisdiction: ctx.settings.jurisdiction,
      timeZone: ctx.settings.timeZone,
    },
    channels,
    categories,
    relationships,
    external: externalChannels(ctx.settings),
  };
}

/** The handlers and custodians of a channel, with the public keys its reports are encrypted to. */
export async function reportRecipients(ctx: CaseContext, channelId: string) {
  if (!(await channelExists(ctx.database, channelId)))
    throw new CaseError("not-found", "not_found", "No such channel.");
  return channelRecipients(ctx.database, channelId);
}
