/**
 * The national act of every EU member state and, rule by rule, whether its transposition has been
 * verified. A rule is verified only where someone read the article in a published text: then it names
 * the article, the source and the day checked. Otherwise the Directive's own rule applies
 * (`verified: false`, LAW.md section 4: the Directive's minimum is the earliest defensible date for a
 * duty) and `missing` says what still has to be read. Never put an article number on an unverified rule.
 *
 * The ten states with a profile (profiles.ts, profiles-added.ts) take their rules from it, rule by rule
 * verified or not; the other 17 compute with the "EU" profile until their own is written.
 */
import type { Source } from "./profile-types";
import { PROFILES } from "./profiles";
import {
  ADDED_CHECKED,
  CZ_PARA_12,
  CZ_PARA_16_17,
  DK_PARA_20,
  PL_ART_41,
  PT_DAR_P11,
} from "./profiles-added";
import type { Jurisdiction } from "./types";

/** The rules whose national source is tracked. */
export type RuleName =
  | "internal.acknowledgement"
  | "internal.feedback"
  | "external.acknowledgement"
  | "external.feedback"
  | "retention";

export const RULE_NAMES: readonly RuleName[] = [
  "internal.acknowledgement",
  "internal.feedback",
  "external.acknowledgement",
  "external.feedback",
  "retention",
];

export type RuleStatus =
  | { rule: RuleName; verified: true; basis: string; source: Source & { url: string }; checked: string }
  | { rule: RuleName; verified: false; basis: string; missing: string };

export interface MemberState {
  code: string;
  name: string;
  /** The national act. `checked`: the day its name was read in a published text; absent: not yet. */
  act: { title: string; url?: string; checked?: string };
  /** The profile the deadline engine computes with. */
  jurisdiction: Jurisdiction;
  rules: readonly RuleStatus[];
}

const D = "Directive (EU) 2019/1937";
const DIRECTIVE_RULES: Record<RuleName, string> = {
  "internal.acknowledgement": `${D} Art. 9(1)(b): 7 days`,
  "internal.feedback": `${D} Art. 9(1)(f): 3 months`,
  "external.acknowledgement": `${D} Art. 11(2)(b): 7 days`,
  "external.feedback": `${D} Art. 11(2)(d): 3 months, 6 when duly justified`,
  retention: `${D} Art. 18(1): no fixed period; the organisation's own`,
};

const NOT_READ = "the national article has not been read in an official text yet";

/**
 * What the search of 2026-12-07 found for states still computed with the Directive (docs/SOURCES.md):
 * where a secondary text says the national period is shorter, the admin must see it, because the
 * Directive's date is then later than the national one.
 */
const MISSING: Readonly<Record<string, string>> = {
  AT: "the HSchG's internal and external procedure was read only in a secondary text (wien.iv.at: feedback 3 months from receipt, earlier than the Directive's start); the Nationalrat text's articles were not reached",
  SE: "lag (2021:890) chapters 5 and 6 were not found in a published text; a retailer's summary says 7 days and 3 months from the acknowledgement",
};

function unverified(missing = NOT_READ): RuleStatus[] {
  return RULE_NAMES.map((rule) => ({ rule, verified: false, basis: DIRECTIVE_RULES[rule], missing }));
}

// Act names: AT, BE and SE were read in published texts on 2026-11-29 (the Austrian Nationalrat's
// decision, the Belgian Moniteur text as published by refli.be, Swedish SFS 2021:890 as cited by KTH and
// Riksdagen); the others are the commonly cited titles, not yet compared with the official journal.
const CHECKED = "2026-11-29";
const OTHERS: readonly Omit<MemberState, "jurisdiction" | "rules">[] = [
  {
    code: "AT",
    name: "Austria",
    act: {
      title:
        "Bundesgesetz über das Verfahren und den Schutz bei Hinweisen auf Rechtsverletzungen in bestimmten Rechtsbereichen (HinweisgeberInnenschutzgesetz – HSchG)",
      url: "https://www.parlament.gv.at/dokument/XXVII/BNR/695/fnameorig_1517294.html",
      checked: CHECKED,
    },
  },
  {
    code: "BE",
    name: "Belgium",
    act: {
      title:
        "Loi du 28 novembre 2022 sur la protection des personnes qui signalent des violations au droit de l'Union ou au droit national constatées au sein d'une entité juridique du secteur privé (Moniteur belge 15 December 2022, numac 2022042980)",
      url: "https://refli.be/fr/lex/2022042980",
      checked: CHECKED,
    },
  },
  {
    code: "BG",
    name: "Bulgaria",
    act: {
      title:
        "Закон за защита на лицата, подаващи сигнали или публично оповестяващи информация за нарушения (2023)",
    },
  },
  {
    code: "CY",
    name: "Cyprus",
    act: {
      title:
        "Ο περί της Προστασίας Προσώπων που Αναφέρουν Παραβιάσεις του Ενωσιακού και Εθνικού Δικαίου Νόμος του 2022",
    },
  },
  {
    code: "EE",
    name: "Estonia",
    act: {
      title:
        "Whistleblower Protection Act (adopted by the Riigikogu on 15 May 2024; Estonian title not yet read)",
    },
  },
  { code: "EL", name: "Greece", act: { title: "Νόμος 4990/2022 (ΦΕΚ Α' 210/11.11.2022)" } },
  {
    code: "FI",
    name: "Finland",
    act: {
      title:
        "Laki Euroopan unionin ja kansallisen oikeuden rikkomisesta ilmoittavien henkilöiden suojelusta (1171/2022)",
    },
  },
  { code: "HR", name: "Croatia", act: { title: "Zakon o zaštiti prijavitelja nepravilnosti (NN 46/2022)" } },
  {
    code: "HU",
    name: "Hungary",
    act: {
      title:
        "2023. évi XXV. törvény a panaszokról, a közérdekű bejelentésekről, valamint a visszaélések bejelentésével összefüggő szabályokról",
    },
  },
  { code: "LT", name: "Lithuania", act: { title: "Lietuvos Respublikos pranešėjų apsaugos įstatymas" } },
  {
    code: "LU",
    name: "Luxembourg",
    act: { title: "Loi du 16 mai 2023 portant transposition de la directive (UE) 2019/1937" },
  },
  { code: "LV", name: "Latvia", act: { title: "Trauksmes celšanas likums (2022)" } },
  { code: "MT", name: "Malta", act: { title: "Protection of the Whistleblower Act (Cap. 527)" } },
  {
    code: "RO",
    name: "Romania",
    act: { title: "Legea nr. 361/2022 privind protecția avertizorilor în interes public" },
  },
  {
    code: "SE",
    name: "Sweden",
    act: {
      title: "Lag (2021:890) om skydd för personer som rapporterar om missförhållanden",
      url: "https://intra.kth.se/anstallning/visselblasning/visselblasarlagen",
      checked: CHECKED,
    },
  },
  { code: "SI", name: "Slovenia", act: { title: "Zakon o zaščiti prijaviteljev (ZZPri)" } },
  {
    code: "SK",
    name: "Slovakia",
    act: { title: "Zákon č. 54/2019 Z. z. o ochrane oznamovateľov protispoločenskej činnosti, as amended" },
  },
];

type Profiled = "DE" | "FR" | "NL" | "IE" | "ES" | "IT" | "PL" | "DK" | "PT" | "CZ";
const PROFILED: readonly Profiled[] = ["DE", "FR", "NL", "IE", "ES", "IT", "PL", "DK", "PT", "CZ"];

/** How one rule of a profiled state was checked: read in a published text, or what is still missing. */
type Check = { source: Source & { url: string }; checked: string } | { basis?: string; missing: string };

const FR_EXTERNAL: Check = {
  // No national article on this line: art. 10 was not read (test: no unverified rule names one).
  basis:
    "Décret n° 2022-1284, external authorities' procedure as encoded from the expert review of issue 12: 7 working days to acknowledge; 3 months from the acknowledgement, 6 where the circumstances require",
  missing:
    "the decree's article on external authorities was read only in published summaries; searched 2026-12-07, no copy of its text was found",
};
const PL_41: Check = {
  source: {
    title: "Dz.U. 2024 poz. 928, art. 41 (as published by sip.lex.pl, version of 24 June 2024)",
    url: PL_ART_41,
  },
  checked: ADDED_CHECKED,
};
const DK_20: Check = {
  source: { title: "Lov nr. 1436 af 29. juni 2021 § 20 (as published by lovguiden.dk)", url: DK_PARA_20 },
  checked: ADDED_CHECKED,
};
const PT_11: Check = {
  source: {
    title:
      "Lei n.º 93/2021 art. 11.º as approved by the Assembleia da República (DAR II série A n.º 49, 2 December 2021, p. 11)",
    url: PT_DAR_P11,
  },
  checked: ADDED_CHECKED,
};

const CZ_12: Check = {
  source: {
    title:
      "Zákon č. 171/2023 Sb. § 12 as quoted in full by Verlag Dashöfer (zoou.cz, 21 May 2023); Sbírka zákonů text not read",
    url: CZ_PARA_12,
  },
  checked: ADDED_CHECKED,
};
const CZ_16_17: Check = {
  source: {
    title:
      "Zákon č. 171/2023 Sb. §§ 16 and 17 as quoted in full by Verlag Dashöfer (zoou.cz, 2 June 2023); Sbírka zákonů text not read",
    url: CZ_PARA_16_17,
  },
  checked: ADDED_CHECKED,
};

/** Rule by rule, what differs from "a national basis on a profile with an official address is verified". */
const CHECKS: Partial<Record<Profiled, Partial<Record<RuleName, Check>>>> = {
  FR: {
    "external.acknowledgement": FR_EXTERNAL,
    "external.feedback": FR_EXTERNAL,
    retention: {
      basis:
        "CNIL référentiel alertes professionnelles (guidance, not statute): 2 months after the checks end",
      missing: "the référentiel was read only in published summaries; French law fixes no period",
    },
  },
  PL: {
    "internal.acknowledgement": {
      missing:
        "the act's internal-procedure article was read only in summaries (inforlex.pl: 7 days from receipt); its text was not found",
    },
    "internal.feedback": {
      missing:
        "read only in summaries (3 months from the acknowledgement, else from 7 days after the report); the act's text was not found",
    },
    "external.acknowledgement": {
      missing: "the act's article on acknowledging external reports was not found",
    },
    "external.feedback": PL_41,
    retention: {
      missing:
        "a commentary (sobczyk-sygnalisci.com.pl) reads art. 8 ust. 8 as 3 years after the end of the calendar year in which follow-up ended; the act's text was not read",
    },
  },
  DK: {
    "internal.acknowledgement": { missing: "§ 12 (internal channels) was not found in a published text" },
    "internal.feedback": { missing: "§ 12 (internal channels) was not found in a published text" },
    "external.acknowledgement": DK_20,
    "external.feedback": DK_20,
  },
  CZ: {
    "internal.acknowledgement": CZ_12,
    "internal.feedback": CZ_12,
    "external.acknowledgement": CZ_16_17,
    "external.feedback": CZ_16_17,
  },
  PT: {
    "internal.acknowledgement": PT_11,
    "internal.feedback": PT_11,
    "external.acknowledgement": {
      missing:
        "the enacted article on external reports was not found; only the government bill's text was read",
    },
    "external.feedback": {
      missing:
        "the bill (DAR II série A n.º 126S2, 2021) says 3 months from receipt, 6 when the complexity justifies it; the enacted text was not found",
    },
    retention: { missing: "the enacted article on keeping reports was not found" },
  },
};

/** A state with a profile of its own: each rule as the profile states it, and how it was checked. */
function fromProfile(code: Profiled): MemberState {
  const p = PROFILES[code];
  const bases: Record<RuleName, string> = {
    "internal.acknowledgement": p.internal.acknowledgement.basis,
    "internal.feedback": p.internal.feedback.basis,
    "external.acknowledgement": p.external.acknowledgement.basis,
    "external.feedback": p.external.feedback.basis,
    retention: p.retention.basis,
  };
  return {
    code,
    name: p.name,
    act: { title: p.law.title, url: p.law.url, checked: p.lastChecked },
    jurisdiction: code,
    rules: RULE_NAMES.map((rule): RuleStatus => {
      const basis = bases[rule];
      const check = CHECKS[code]?.[rule];
      if (check && "source" in check) return { rule, verified: true, basis, ...check };
      if (check) return { rule, verified: false, basis: check.basis ?? basis, missing: check.missing };
      // A basis that is still the Directive's own rule is not a national verification, nor is a retention
      // period the national law does not fix.
      if (rule === "retention" && p.retention.kind === "organisation")
        return {
          rule,
          verified: false,
          basis: DIRECTIVE_RULES.retention,
          missing: "no period found in national law",
        };
      if (basis.startsWith(D) || !p.law.url)
        return {
          rule,
          verified: false,
          basis,
          missing: "the national rule is not encoded; the Directive's applies",
        };
      return {
        rule,
        verified: true,
        basis,
        source: { title: p.law.title, url: p.law.url },
        checked: p.lastChecked,
      };
    }),
  };
}

/** Every EU member state, by the code EU institutions use ("EL" for Greece). */
export const MEMBER_STATES: readonly MemberState[] = [
  ...PROFILED.map(fromProfile),
  ...OTHERS.map((s) => ({ ...s, jurisdiction: "EU" as const, rules: unverified(MISSING[s.code]) })),
].sort((a, b) => a.code.localeCompare(b.code));

/** The member state `code` ("GR" is read as "EL"), or undefined outside the Union. */
export function memberState(code: string): MemberState | undefined {
  const c = code === "GR" ? "EL" : code;
  return MEMBER_STATES.find((s) => s.code === c);
}

/** Member states with at least one rule not verified against national law, with those rules. */
export function unverifiedStates(): { code: string; name: string; rules: RuleName[] }[] {
  return MEMBER_STATES.map((s) => ({
    code: s.code,
    name: s.name,
    rules: s.rules.filter((r) => !r.verified).map((r) => r.rule),
  })).filter((s) => s.rules.length > 0);
}
