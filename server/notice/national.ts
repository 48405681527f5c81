/**
 * What the notice says per country about deadlines and the order of channels. The deadline sentences
 * come from the rule engine's own profiles (server/directive/), so the notice says what the engine
 * enforces; a country without a profile follows the Directive and adds nothing.
 */
import { jurisdictionFor, profileOf } from "../directive";

function internalRules(country: string) {
  try {
    return profileOf(jurisdictionFor(country)).internal;
  } catch {
    return undefined;
  }
}

/** The acknowledgement period is counted in working days (France: décret n° 2022-1284 art. 4). */
export function acknowledgesInWorkingDays(country: string): boolean {
  return internalRules(country)?.acknowledgement.workingDays === true;
}

/**
 * The feedback months run from receipt, not from the acknowledgement (Spain: Ley 2/2023 art. 9.2.d;
 * Portugal: Lei n.º 93/2021 art. 11.º n.º 3).
 */
export function feedbackFromReceipt(country: string): boolean {
  const feedback = internalRules(country)?.feedback;
  if (!feedback || feedback.days !== undefined) return false;
  return feedback.start === "receipt-else-period-end" || feedback.start === "receipt";
}

/** The feedback period in days from receipt, where the law counts in days (Czechia: § 12(3), 30 days). */
export function feedbackDays(country: string): number | undefined {
  return internalRules(country)?.feedback.days;
}

/**
 * Member states whose law sets conditions on reporting to an authority without an internal report
 * first, with the act that sets them. Italy: D.Lgs. 24/2023 art. 6 (conditions for an external report,
 * named in the expert review of issue 12, checked 2026-11-29). Portugal: Lei n.º 93/2021 (the article
 * is not named here until checked against the Diário da República).
 */
export const EXTERNAL_FIRST_CONDITIONS: Readonly<Record<string, string>> = {
  IT: "D.Lgs. 24/2023 art. 6",
  PT: "Lei n.º 93/2021",
};
