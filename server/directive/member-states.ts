/**
 * The national act of every EU member state and, rule by rule, whether its transposition has been
 * verified. A rule is verified only where someone read the article in a published text: then it names
 * the article, the source and the day checked. Otherwise the Directive's own rule applies
 * (`verified: false`, LAW.md section 4: the Directive's minimum is the earliest defensible date for a
 * duty) and `missing` says what still has to be read. Never put an article number on an unverified rule.
 *
 * The six states with a full profile (profiles.ts) take their rules from it; the other 21 compute with
 * the "EU" profile until their own is written.
 */
import type { Source } from "./profile-types";
import { PROFILES } from "./profiles";
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

function unverified(missing = NOT_READ): RuleStatus[] {
  return RULE_NAMES.map((rule) => ({ rule, verified: false, basis: DIRECTIVE_RULES[rule], missing }));
}

// Act names: AT, BE, PL and SE were read in published texts on 2026-11-29 (the Austrian Nationalrat's
// decision, the Polish Dz.U. 2024 poz. 928 as published by prawo.pl, the Belgian Moniteur text as published by refli.be, Swedish SFS 2021:890 as cited by
// KTH and Riksdagen); the others are the commonly cited titles, not yet compared with the official journal.
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
  { code: "CZ", name: "Czechia", act: { title: "Zákon č. 171/2023 Sb., o ochraně oznamovatelů" } },
  {
    code: "DK",
    name: "Denmark",
    act: { title: "Lov om beskyttelse af whistleblowere (lov nr. 1436 af 29. juni 2021)" },
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
    code: "PL",
    name: "Poland",
    act: {
      title: "Ustawa z dnia 14 czerwca 2024 r. o ochronie sygnalistów (Dz.U. 2024 poz. 928)",
      url: "https://www.prawo.pl/akty/dz-u-2024-928,21988763.html",
      checked: CHECKED,
    },
  },
  { code: "PT", name: "Portugal", act: { title: "Lei n.º 93/2021, de 20 de dezembro" } },
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

/** A state with a full profile: each rule as the profile states it, verified on the profile's date. */
function fromProfile(code: "DE" | "FR" | "NL" | "IE" | "ES" | "IT"): MemberState {
  const p = PROFILES[code];
  const source = { title: p.law.title, url: p.law.url ?? "" };
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
    // A basis that is still the Directive's own rule is not a national verification, nor is a retention
    // period the national law does not fix.
    rules: RULE_NAMES.map((rule): RuleStatus => {
      const basis = bases[rule];
      if (rule === "retention" && code === "FR")
        return {
          rule,
          verified: false,
          basis:
            "CNIL référentiel alertes professionnelles (guidance, not statute): 2 months after the checks end",
          missing: "the référentiel was read only in published summaries; French law fixes no period",
        };
      if (rule === "retention" && p.retention.kind === "organisation")
        return {
          rule,
          verified: false,
          basis: DIRECTIVE_RULES.retention,
          missing: "no period found in national law",
        };
      return basis.startsWith(D) || !source.url
        ? {
            rule,
            verified: false,
            basis,
            missing: "the national rule is not encoded; the Directive's applies",
          }
        : { rule, verified: true, basis, source, checked: p.lastChecked };
    }),
  };
}

/** Every EU member state, by the code EU institutions use ("EL" for Greece). */
export const MEMBER_STATES: readonly MemberState[] = [
  ...(["DE", "FR", "NL", "IE", "ES", "IT"] as const).map(fromProfile),
  ...OTHERS.map((s) => ({ ...s, jurisdiction: "EU" as const, rules: unverified() })),
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
