/**
 * How long a report's records may be kept (LAW.md section 6, Directive Art. 18(1)). Retention mostly starts
 * when the procedure ends, so while it runs there is no date, except where the law counts from collection
 * (Spain's 10-year limit) or orders deletion of a report nobody investigated (Spain, art. 32.4).
 */
import { addMonths, earlierOf } from "./dates";
import { DirectiveError } from "./errors";
import type { JurisdictionProfile } from "./profile-types";
import type { Deadline, DeadlineInput } from "./types";

/** The date by which the report's records must be deleted, or `null` while none is fixed yet. */
export function deleteBy(
  input: DeadlineInput,
  receivedOn: string,
  profile: JurisdictionProfile,
): Deadline | null {
  const ownYears = organisationYears(input.retentionYears);
  const rule = profile.retention;
  const lawMonths = rule.unit === "years" ? rule.amount * 12 : rule.amount;
  const shorter = rule.kind === "cap" && ownYears !== undefined && ownYears * 12 < lawMonths;
  // Every date that binds; the earliest is the one to meet (a duty: LAW.md section 4).
  const dates: Deadline[] = [];
  const early = earlyDeletion(input, receivedOn, profile);
  if (early) dates.push(early);

  if (rule.from === "receipt") {
    // The law's limit runs from collection, whether or not the procedure has ended (Ley 2/2023 art.
    // 26.2: never kept more than 10 years); the organisation's shorter period runs from closure.
    dates.push({
      date: addMonths(receivedOn, lawMonths),
      basis: `${rule.basis}: ${length(lawMonths)} after receipt`,
    });
    if (shorter && ownYears !== undefined && input.closedOn !== undefined) {
      dates.push({
        date: addMonths(input.closedOn, ownYears * 12),
        basis: `${rule.basis}: ${length(ownYears * 12)} after closure (the organisation's shorter period)`,
      });
    }
  } else {
    const outcome = rule.from === "outcome-else-closure" ? input.outcomeCommunicatedOn : undefined;
    const end = outcome ?? input.closedOn;
    if (end !== undefined) {
      const event = outcome !== undefined ? "communication of the final outcome" : "closure";
      let months = lawMonths;
      let why = "";
      if (rule.kind === "organisation") {
        months = (ownYears ?? rule.amount) * 12;
        why = ownYears === undefined ? " (default)" : "";
      } else if (shorter && ownYears !== undefined) {
        months = ownYears * 12;
        why = " (the organisation's shorter period)";
      }
      dates.push({
        date: addMonths(end, months),
        basis: `${rule.basis}: ${length(months)} after ${event}${why}`,
      });
    }
  }
  // A report nobody investigated goes at the early date even if the procedure was closed later.
  return dates.reduce<Deadline | null>(
    (first, d) => (first === null || earlierOf(d.date, first.date) !== first.date ? d : first),
    null,
  );
}

// Ley 2/2023 art. 32.4 deletes a report only where no investigation began within 3 months of receipt.
// Once follow-up has started, on whatever day, the early date is gone: an investigation that started
// late is still an open case, and deleting it would destroy a procedure that is running. Only the
// regular retention of art. 26.2 then applies. Art. 32.4 keeps an anonymised trace of a deleted report
// (the register row). Checked 2026-11-29: Autoridad Independiente de Protección del Informante,
// https://www.proteccioninformante.gob.es/registro-de-informaciones-recibidas (art. 26 and 32.3-32.4).
function earlyDeletion(
  input: DeadlineInput,
  receivedOn: string,
  profile: JurisdictionProfile,
): Deadline | null {
  const rule = profile.earlyDeletion;
  if (!rule || input.investigationStartedOn !== undefined) return null;
  return {
    date: addMonths(receivedOn, rule.months),
    basis: `${rule.basis} (unless an investigation starts by then)`,
  };
}

function organisationYears(years: number | undefined): number | undefined {
  if (years === undefined) return undefined;
  if (!Number.isSafeInteger(years) || years < 1)
    throw new DirectiveError("bad-number", "bad number: retentionYears");
  return years;
}

function length(months: number): string {
  if (months % 12 === 0) return months === 12 ? "1 year" : `${months / 12} years`;
  return months === 1 ? "1 month" : `${months} months`;
}
