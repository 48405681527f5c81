/**
 * The reminders before retention deletion (LAW.md section 6): the holders of cases that will be
 * crypto-shredded are told 30 days and again 7 days before, so that a legal hold can be placed in time
 * where a law requires keeping them. Content-free like every mail: a count and a link, no case id or date.
 */
import { and, eq, inArray } from "drizzle-orm";
import type { Database } from "../../db/index";
import { randomId } from "../../db/queries/ids";
import { enqueueMail, notifyAddresses } from "../../db/queries/reminders";
import { caseKeys } from "../../db/schema";
import type { DeletionWarning, WarningStage } from "../retention";

/**
 * Mails the holders of each case warned in this run: one mail per person and stage, with a count only.
 * Each warning is given once per case and stage (runRetention records it), so a holder hears 30 days
 * and again 7 days before a deletion.
 */
export async function queueRetentionReminders(
  database: Database,
  warnings: readonly DeletionWarning[],
  day: string,
  now: Date,
  publicUrl?: string,
): Promise<number> {
  if (warnings.length === 0) return 0;
  const stageOf = new Map(warnings.map((w) => [w.caseId, w.stage]));
  const holders = await database.db
    .select({ caseId: caseKeys.caseId, personId: caseKeys.personId })
    .from(caseKeys)
    .where(and(eq(caseKeys.kind, "case"), inArray(caseKeys.caseId, [...stageOf.keys()])));
  const perPerson = new Map<string, Map<WarningStage, number>>();
  for (const h of holders) {
    const stage = stageOf.get(h.caseId);
    if (stage === undefined) continue;
    const counts = perPerson.get(h.personId) ?? new Map<WarningStage, number>();
    counts.set(stage, (counts.get(stage) ?? 0) + 1);
    perPerson.set(h.personId, counts);
  }
  const addresses = await notifyAddresses(database, [...perPerson.keys()]);
  let queued = 0;
  for (const [personId, counts] of perPerson) {
    const to = addresses.get(personId);
    if (!to) continue;
    for (const [stage, count] of counts) {
      const added = await enqueueMail(database, {
        id: randomId(),
        to,
        subject: `Cases to be deleted within ${stage} days under the retention rules`,
        body: [
          `${count} case(s) you hold will be deleted within ${stage} days because their retention period ends.`,
          "If a law requires keeping one, place a legal hold with its justification in the case view.",
          "",
          `Open the triage view: ${publicUrl ?? ""}/handler.html`,
        ].join("\n"),
        createdAt: now.toISOString(),
        dedupeKey: `retention:${stage}:${day}:${personId}`,
      });
      if (added) queued++;
    }
  }
  return queued;
}
