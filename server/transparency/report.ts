/**
 * Transparency statistics about the internal channel: how many reports came
 * in, how often the Directive's deadlines were kept (acknowledgement within 7
 * days, Art. 9(1)(b); feedback within 3 months, Art. 9(1)(f)), how long they
 * took, retaliation claims (Art. 19) and outcomes. Every number goes through
 * small-count suppression (`suppress.ts`) before it leaves this module. Pure:
 * the caller passes the period and the date the figures are as of.
 */
import categories from "../../content/categories.json";
import { type Cell, countCell, medianCell, protectTables, shareCell } from "./suppress";

/** The facts about one report that the statistics need; no content, no identities. */
export interface CaseFacts {
  receivedOn: string;
  acknowledgedOn: string | null;
  /** Last day for the acknowledgement, from the deadline engine. */
  acknowledgeBy: string;
  feedbackOn: string | null;
  /** Last day for feedback, from the deadline engine. */
  feedbackBy: string;
  /** e.g. "substantiated", "unsubstantiated", "referred", "no-action", "withdrawn"; null while open. */
  outcome: string | null;
  retaliationClaim: boolean;
  /** A category id from content/categories.json. */
  category?: string;
}

/** Reports received from `from` to `to`, both included (ISO dates). */
export interface ReportPeriod {
  from: string;
  to: string;
}

/** Options for `transparencyReport`. */
export interface TransparencyOptions {
  /** The date the figures are as of; deadlines after it are not yet due. Default: `period.to`. */
  asOf?: string;
  /** Add a breakdown by category group (content/categories.json). Default false. */
  byCategoryGroup?: boolean;
}

/** One row of a breakdown. */
export interface BreakdownRow {
  key: string;
  cell: Cell;
}

/** The published statistics. Every number is a `Cell`, suppressed where small. */
export interface TransparencyReport {
  format: "open-channel/transparency/v1";
  period: ReportPeriod;
  asOf: string;
  received: Cell;
  /** Percent of reports whose acknowledgement was due by `asOf` that were acknowledged on time. */
  acknowledgedInTimePercent: Cell;
  /** Percent of reports whose feedback was due by `asOf` that got feedback on time. */
  feedbackInTimePercent: Cell;
  /** Median calendar days from receipt to acknowledgement. */
  medianDaysToAcknowledgement: Cell;
  /** Median calendar days from receipt to feedback. */
  medianDaysToFeedback: Cell;
  retaliationClaims: Cell;
  /** Rows add up to `received`. */
  outcomes: BreakdownRow[];
  /** Rows add up to `received`; present when asked for. */
  byCategoryGroup?: BreakdownRow[];
}

/** Outcome rows, always all present so that a missing row reveals nothing. */
export const OUTCOME_KEYS = [
  "substantiated",
  "unsubstantiated",
  "referred",
  "no-action",
  "withdrawn",
  "other",
  "open",
] as const;

/** Category group rows: the groups of content/categories.json, then "unspecified". */
export const CATEGORY_GROUP_KEYS: readonly string[] = [...categories.groups.map((g) => g.id), "unspecified"];

const GROUP_OF = new Map<string, string>(
  categories.groups.flatMap((g) => g.categories.map((c) => [c.id, g.id])),
);

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function day(date: string): number {
  const m = ISO_DATE.exec(date);
  const t = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : Number.NaN;
  if (!m || Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== date) {
    throw new RangeError("date is not a valid yyyy-mm-dd");
  }
  return t / 86_400_000;
}

function checkCase(c: CaseFacts): void {
  for (const d of [c.receivedOn, c.acknowledgeBy, c.feedbackBy]) day(d);
  if (c.acknowledgedOn !== null) day(c.acknowledgedOn);
  if (c.feedbackOn !== null) day(c.feedbackOn);
}

function outcomeKey(outcome: string | null): string {
  if (outcome === null) return "open";
  return (OUTCOME_KEYS as readonly string[]).includes(outcome) && outcome !== "open" ? outcome : "other";
}

function tally(keys: readonly string[], values: readonly string[]): number[] {
  return keys.map((k) => values.filter((v) => v === k).length);
}

/**
 * Statistics for the reports received in `period`, as of `opts.asOf`
 * (default `period.to`). A deadline counts once it has passed or been met by
 * then; an acknowledgement or feedback dated after `asOf` counts as not yet
 * given. Counts below 5, and shares and medians from fewer than 5 reports,
 * are withheld as "<5"; further cells are withheld as "*" wherever a small
 * count could otherwise be worked out from totals. Throws RangeError for a
 * malformed date.
 */
export function transparencyReport(
  cases: readonly CaseFacts[],
  period: ReportPeriod,
  opts: TransparencyOptions = {},
): TransparencyReport {
  const asOf = opts.asOf ?? period.to;
  for (const d of [period.from, period.to, asOf]) day(d);
  cases.forEach(checkCase);
  const inPeriod = cases.filter((c) => c.receivedOn >= period.from && c.receivedOn <= period.to);
  const by = (d: string | null) => d !== null && d <= asOf;

  const ackDue = inPeriod.filter((c) => by(c.acknowledgedOn) || c.acknowledgeBy <= asOf);
  const ackOnTime = ackDue.filter(
    (c) => by(c.acknowledgedOn) && (c.acknowledgedOn as string) <= c.acknowledgeBy,
  );
  const fbDue = inPeriod.filter((c) => by(c.feedbackOn) || c.feedbackBy <= asOf);
  const fbOnTime = fbDue.filter((c) => by(c.feedbackOn) && (c.feedbackOn as string) <= c.feedbackBy);
  const ackDays = inPeriod
    .filter((c) => by(c.acknowledgedOn))
    .map((c) => day(c.acknowledgedOn as string) - day(c.receivedOn));
  const fbDays = inPeriod
    .filter((c) => by(c.feedbackOn))
    .map((c) => day(c.feedbackOn as string) - day(c.receivedOn));

  const outcomeCounts = tally(
    OUTCOME_KEYS,
    inPeriod.map((c) => outcomeKey(c.outcome)),
  );
  const breakdowns = [outcomeCounts];
  if (opts.byCategoryGroup) {
    const groups = inPeriod.map(
      (c) => (c.category !== undefined && GROUP_OF.get(c.category)) || "unspecified",
    );
    breakdowns.push(tally(CATEGORY_GROUP_KEYS, groups));
  }
  const tables = protectTables(inPeriod.length, breakdowns);
  const rows = (keys: readonly string[], cells: readonly Cell[]) =>
    keys.map((key, i) => ({ key, cell: cells[i] as Cell }));

  const report: TransparencyReport = {
    format: "open-channel/transparency/v1",
    period: { from: period.from, to: period.to },
    asOf,
    received: tables.total,
    acknowledgedInTimePercent: shareCell(ackOnTime.length, ackDue.length),
    feedbackInTimePercent: shareCell(fbOnTime.length, fbDue.length),
    medianDaysToAcknowledgement: medianCell(ackDays),
    medianDaysToFeedback: medianCell(fbDays),
    retaliationClaims: countCell(inPeriod.filter((c) => c.retaliationClaim).length),
    outcomes: rows(OUTCOME_KEYS, tables.breakdowns[0] as Cell[]),
  };
  if (opts.byCategoryGroup)
    report.byCategoryGroup = rows(CATEGORY_GROUP_KEYS, tables.breakdowns[1] as Cell[]);
  return report;
}

/** The report as JSON for publication or download: stable key order, 2-space indent. */
export function transparencyJson(report: TransparencyReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
