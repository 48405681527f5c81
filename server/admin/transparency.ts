/**
 * The transparency report's periods: figures previewed for any period and published, frozen, for an
 * ended one. Case facts are dates and outcomes only, never content.
 */
import type { Database } from "../../db/index";
import { withAudit } from "../../db/queries/audit";
import { allCases } from "../../db/queries/cases";
import { randomId } from "../../db/queries/ids";
import { periodInsert } from "../../db/queries/notice";
import type { Settings } from "../../db/queries/settings";
import type { CaseContext } from "../case/context";
import { caseDeadlines } from "../cases/deadlines";
import { badRequest } from "../errors";
import { type CaseFacts, transparencyReport } from "../transparency/index";

interface Period {
  from: string;
  to: string;
}

/** Case facts for the transparency report: dates and outcomes only, never content. */
async function caseFacts(database: Database, settings: Settings): Promise<CaseFacts[]> {
  return (await allCases(database)).map((k) => {
    const deadlines = caseDeadlines(k, settings.retentionYears);
    return {
      receivedOn: k.receivedOn,
      acknowledgedOn: k.acknowledgedOn,
      acknowledgeBy: deadlines.acknowledgeBy?.date ?? k.receivedOn,
      feedbackOn: k.feedbackOn,
      feedbackBy: deadlines.feedbackBy?.date ?? k.receivedOn,
      outcome: k.outcome ? k.outcome.replace(/_/g, "-") : null,
      retaliationClaim: k.retaliationClaim,
    };
  });
}

/** The figures of a period, as of its end or today if earlier; not published. */
export async function previewPeriod(ctx: CaseContext, period: Period) {
  if (period.from > period.to) throw badRequest("bad_period", "The period ends before it starts.");
  // ISO dates compare as strings.
  const asOf = [period.to, ctx.today].sort()[0] ?? ctx.today;
  return transparencyReport(await caseFacts(ctx.database, ctx.settings), period, { asOf });
}

/** Publishing freezes the figures: later changes to cases never alter a published period. */
export async function publishPeriod(ctx: CaseContext, actorId: string, period: Period) {
  if (period.from > period.to) throw badRequest("bad_period", "The period ends before it starts.");
  if (period.to >= ctx.today) throw badRequest("open_period", "Publish only a period that has ended.");
  const report = transparencyReport(await caseFacts(ctx.database, ctx.settings), period, { asOf: ctx.today });
  const id = randomId();
  await withAudit(
    ctx.database,
    { actor: actorId, action: "transparency.published", detail: { ...period } },
    ctx.now,
    () => [
      periodInsert(ctx.database, {
        id,
        fromOn: period.from,
        toOn: period.to,
        report: JSON.stringify(report),
        publishedAt: ctx.now.toISOString(),
        publishedBy: actorId,
      }),
    ],
  );
  return { id, report };
}
