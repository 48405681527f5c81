/** A channel's versioned questions for the report form (public text; answers live only in reports). */
import { and, eq, sql } from "drizzle-orm";
import type { Database, Write } from "../index";
import { channelQuestions } from "../schema";

export interface Question {
  id: string;
  type: "text" | "single" | "multiple" | "date";
  label: string;
  options: string[];
}

export interface Questionnaire {
  version: number;
  questions: Question[];
}

const latestVersion = sql`(select max(q2.version) from channel_questions q2 where q2.channel_id = ${channelQuestions.channelId})`;

/** Every channel's current questions, by channel id; a channel that never had any is absent. */
export async function currentQuestionnaires(database: Database): Promise<Map<string, Questionnaire>> {
  const rows = await database.db
    .select()
    .from(channelQuestions)
    .where(eq(channelQuestions.version, latestVersion));
  return new Map(
    rows.map((r) => [r.channelId, { version: r.version, questions: JSON.parse(r.questions) as Question[] }]),
  );
}

/** One channel's current questions: version 0 and none when it never had any. */
export async function questionnaireOf(database: Database, channelId: string): Promise<Questionnaire> {
  const [row] = await database.db
    .select()
    .from(channelQuestions)
    .where(and(eq(channelQuestions.channelId, channelId), eq(channelQuestions.version, latestVersion)));
  return row
    ? { version: row.version, questions: JSON.parse(row.questions) as Question[] }
    : { version: 0, questions: [] };
}

/** A new version of a channel's questions: its number is the channel's highest plus one, taken in the insert. */
export function questionnaireInsert(
  database: Database,
  row: { channelId: string; questions: Question[]; createdAt: string; createdBy: string },
): Write {
  const next = sql<number>`(select coalesce(max(q.version), 0) + 1 from channel_questions q where q.channel_id = ${row.channelId})`;
  return database.db
    .insert(channelQuestions)
    .values({ ...row, questions: JSON.stringify(row.questions), version: next });
}
