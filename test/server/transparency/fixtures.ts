import type { CaseFacts } from "../../../server/transparency/report";

/** Builds a case; deadlines follow the Directive (7 days; 3 months after the acknowledgement deadline). */
export function caseOf(
  receivedOn: string,
  ack: string | null,
  feedback: string | null,
  outcome: string | null,
  category?: string,
  retaliationClaim = false,
): CaseFacts {
  const d = new Date(`${receivedOn}T00:00:00Z`);
  const plus = (days: number) => new Date(d.getTime() + days * 86_400_000).toISOString().slice(0, 10);
  const c: CaseFacts = {
    receivedOn,
    acknowledgedOn: ack,
    acknowledgeBy: plus(7),
    feedbackOn: feedback,
    feedbackBy: plus(7 + 91),
    outcome,
    retaliationClaim,
  };
  if (category !== undefined) c.category = category;
  return c;
}

/** Seven reports spread over categories and outcomes. */
export const SEVEN: CaseFacts[] = [
  caseOf("2026-01-10", "2026-01-12", "2026-03-20", "substantiated", "gpai-cbrn"),
  caseOf("2026-02-03", "2026-02-05", "2026-04-20", "substantiated", "gpai-discrimination-bias", true),
  caseOf("2026-03-15", "2026-03-24", "2026-07-30", "unsubstantiated", "gpai-information-flooding"),
  caseOf("2026-04-01", "2026-04-03", "2026-05-02", "referred", "environment"),
  caseOf("2026-05-20", "2026-05-21", "2026-08-01", "unsubstantiated", "privacy-data-security"),
  caseOf("2026-06-30", "2026-07-01", null, null, "ai-act-infringement"),
  caseOf("2026-09-09", "2026-09-10", "2026-10-01", "substantiated"),
];

export const YEAR = { from: "2026-01-01", to: "2026-12-31" };
