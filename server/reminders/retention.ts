/**
 * The reminder before retention deletion (LAW.md section 6): the holders of cases that will be
 * crypto-shredded within 30 days are told how many, so that a legal hold can be placed in time where a
 * law requires keeping them. Content-free like every mail: a count and a link, no case id or date.
 */
import { and, eq, inArray } from "drizzle-orm";
import type { Database } from "../../db/index";
import { randomId } from "../../db/queries/ids";
import { enqueueMail, notifyAddresses } from "../../db/queries/reminders";
import { caseKeys } from "../../db/schema";

export async function queueRetentionReminders(
  database: Database,
  dueSoon: { caseId: string; deleteBy: string }[],
  day: string,
  now: Date,
  publicUrl?: string,
): Promise<number> {
  if (dueSoon.length === 0) return 0;
  const holders = await database.db
    .select({ caseId: caseKeys.caseId, personId: caseKeys.personId })
    .from(caseKeys)
    .where(
      and(
        eq(caseKeys.kind, "case"),
        inArray(
          caseKeys.caseId,
          dueSoon.map((d) => d.caseId),
        ),
      ),
    );
  const perPerson = new Map<string, number>();
  for (const h of holders) perPerson.set(h.personId, (perPerson.get(h.personId) ?? 0) + 1);
  const addresses = await notifyAddresses(database, [...perPerson.keys()]);
  let queued = 0;
  for (const [personId, count] of perPerson) {
    const to = addresses.get(personId);
    if (!to) continue;
    const added = await enqueueMail(database, {
      id: randomId(),
      to,
      subject: "Cases due for deletion under the retention rules",
      body: [
        `${count} case(s) you hold will be deleted within 30 days because their retention period ends.`,
        "If a law requires keeping one, place a legal hold with its justification in the case view.",
        "",
        `Open the triage view: ${publicUrl ?? ""}/handler.html`,
      ].join("\n"),
      createdAt: now.toISOString(),
      // Once a week at most: the outbox forgets sent mail after 7 days.
      dedupeKey: `retention:${day.slice(0, 7)}:${personId}`,
    });
    if (added) queued++;
  }
  return queued;
}
