/**
 * Triage and the compliance overview. A holder pages through their cases in SQL (db/queries/triage.ts);
 * the browser then decrypts the visible page's summaries itself. The overview counts open cases by
 * next step and the on-time rates of acknowledgement (Art. 9(1)(b)) and feedback (Art. 9(1)(f)) over
 * twelve months: counts only, never content.
 */
import { casesWithNewActivity } from "../../db/queries/activity";
import {
  clockFactsSince,
  MAX_PAGE,
  openByNextStep,
  overdueCount,
  pageKeys,
  type TriageFilter,
  type TriageSort,
  triagePage,
} from "../../db/queries/triage";
import { caseDeadlines } from "../cases/deadlines";
import { addDays, addMonths } from "../directive";
import type { Actor, CaseContext } from "./context";
import { caseSummary } from "./view";

export interface TriageInput {
  filter: TriageFilter;
  sort: TriageSort;
  channel?: string;
  /** The `next` of the previous page. */
  after?: string;
  limit: number;
}

/** Cursor text: the sort key and the case id of a page's last row. */
const encodeCursor = (c: { key: string; caseId: string }) => `${c.key}.${c.caseId}`;
function decodeCursor(text: string | undefined) {
  if (!text) return undefined;
  const dot = text.lastIndexOf(".");
  return { key: text.slice(0, dot), caseId: text.slice(dot + 1) };
}

/** One page of the actor's cases, with the cursor of the next page and the overdue count. */
export async function triage(ctx: CaseContext, actor: Actor, input: TriageInput) {
  const page = await triagePage(ctx.database, {
    personId: actor.id,
    filter: input.filter,
    sort: input.sort,
    channelId: input.channel,
    today: ctx.today,
    weekEnd: addDays(ctx.today, 6),
    after: decodeCursor(input.after),
    limit: Math.min(input.limit, MAX_PAGE),
  });
  // The reporting person wrote since this handler last opened the case (sequence numbers, no times).
  const news = await casesWithNewActivity(
    ctx.database,
    actor.id,
    page.rows.map((row) => row.id),
  );
  return {
    today: ctx.today,
    overdue: await overdueCount(ctx.database, actor.id, ctx.today),
    cases: page.rows.map((row) => ({
      ...caseSummary(row, ctx.settings, ctx.today),
      newActivity: news.has(row.id),
    })),
    next: page.next ? encodeCursor(page.next) : null,
  };
}

/** How many of the actor's cases are overdue. */
export const overdueOf = (ctx: CaseContext, actor: Actor) => overdueCount(ctx.database, actor.id, ctx.today);

/** The wrapped keys and encrypted summaries of one page of cases (at most MAX_PAGE ids) the actor holds. */
export async function pageSummaries(ctx: CaseContext, actor: Actor, caseIds: readonly string[]) {
  return { summaries: await pageKeys(ctx.database, actor.id, caseIds) };
}

interface Rate {
  due: number;
  onTime: number;
}

/** Open cases by next step, overdue counts, and the month-by-month on-time rates of the last 12 months. */
export async function overview(ctx: CaseContext) {
  const steps = await openByNextStep(ctx.database, ctx.today);
  const from = `${addMonths(ctx.today, -11).slice(0, 7)}-01`;
  const months = Array.from({ length: 12 }, (_, i) => addMonths(from, i).slice(0, 7));
  const acknowledgement = new Map<string, Rate>(months.map((m) => [m, { due: 0, onTime: 0 }]));
  const feedback = new Map<string, Rate>(months.map((m) => [m, { due: 0, onTime: 0 }]));
  for (const facts of await clockFactsSince(ctx.database, from)) {
    const d = caseDeadlines(facts, ctx.settings.retentionYears);
    const month = facts.receivedOn.slice(0, 7);
    // A deadline counts once it has passed or was met: a case still inside its period is neither.
    const count = (rates: Map<string, Rate>, by: string | undefined, on: string | null) => {
      const rate = rates.get(month);
      if (!rate || !by || (!on && by >= ctx.today)) return;
      rate.due += 1;
      if (on && on <= by) rate.onTime += 1;
    };
    count(acknowledgement, d.acknowledgeBy?.date, facts.acknowledgedOn);
    count(feedback, d.feedbackBy?.date, facts.feedbackOn);
  }
  return {
    today: ctx.today,
    open: steps.map((s) => ({ next: s.kind ?? "none", open: s.open, overdue: Number(s.overdue ?? 0) })),
    months: months.map((month) => ({
      month,
      acknowledgement: acknowledgement.get(month) ?? { due: 0, onTime: 0 },
      feedback: feedback.get(month) ?? { due: 0, onTime: 0 },
    })),
  };
}
