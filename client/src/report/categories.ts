/**
 * The category picker's groups, from the versioned category data: "Something else / not sure" first,
 * then breaches of EU law (the Directive's areas and the AI Act), then AI safety and fundamental rights
 * (the Code's systemic risks and the wider risks of the seed paper, side by side in one group, with no
 * tiers), then national law for the organisation's own countries only. Pure: no DOM, no fetch.
 */
import { t } from "../i18n";
import type { Option, OptionGroup } from "../lib/config";

/** What the data's group ids feed into which picker group. */
const EU_LAW = new Set(["union-law", "ai-act"]);
const AI_RISKS = new Set(["gpai-systemic-risk"]);
const NATIONAL = "national-law";
const OTHER = "other";
/** Shown first inside "Something else / not sure": the choice for anyone in doubt. */
export const NOT_SURE = "other-not-sure";

/** National categories carry their country in the id (`national-de`); the data lists no others. */
function countryOf(option: Option): string {
  return option.id.replace(/^national-/, "").toUpperCase();
}

/**
 * The groups to show. `countries` are the organisation's member-state codes; with none (an EU-wide
 * profile) no national category is shown, since none would be the organisation's own law.
 */
export function pickerGroups(groups: OptionGroup[], countries: string[]): OptionGroup[] {
  const take = (ids: Set<string>): Option[] => groups.filter((g) => ids.has(g.id)).flatMap((g) => g.options);
  const other = take(new Set([OTHER]));
  const own = new Set(countries.map((c) => c.toUpperCase()));
  const picked: OptionGroup[] = [
    {
      id: "not-sure",
      label: t.report.groupNotSure,
      options: [...other.filter((o) => o.id === NOT_SURE), ...other.filter((o) => o.id !== NOT_SURE)],
    },
    { id: "eu-law", label: t.report.groupEuLaw, options: take(EU_LAW) },
    { id: "ai-risks", label: t.report.groupAiRisks, options: take(AI_RISKS) },
    {
      id: "national-law",
      label: t.report.groupNational,
      options: take(new Set([NATIONAL])).filter((o) => own.has(countryOf(o))),
    },
  ];
  // Groups the data does not know (a newer file) keep their place at the end, so nothing is hidden.
  const known = new Set([...EU_LAW, ...AI_RISKS, NATIONAL, OTHER]);
  for (const g of groups) if (!known.has(g.id)) picked.push(g);
  return picked.filter((g) => g.options.length > 0);
}
