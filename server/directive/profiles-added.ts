/**
 * Profiles of member states whose national act was read only in part (issue 12). Each national number
 * names the article and the published text it was read in (docs/SOURCES.md); every rule not read yet is
 * the Directive's own, and member-states.ts tells the admin which is which. Never put a national article
 * on a rule that was not read.
 */
import {
  D,
  DIRECTIVE,
  DIRECTIVE_EXTERNAL,
  DIRECTIVE_INTERNAL,
  DIRECTIVE_RETENTION,
  GDPR,
} from "./profile-common";
import type { JurisdictionProfile } from "./profile-types";

/** The day these profiles' national rules were read. */
export const ADDED_CHECKED = "2026-12-07";

/** Wolters Kluwer LEX's copy of Dz.U. 2024 poz. 928, article 41 (version of 24 June 2024). */
export const PL_ART_41 =
  "https://sip.lex.pl/akty-prawne/dzu-dziennik-ustaw/ochrona-sygnalistow-21988763/art-41";

export const PL: JurisdictionProfile = {
  code: "PL",
  name: "Poland",
  law: {
    title: "Ustawa z dnia 14 czerwca 2024 r. o ochronie sygnalistów (Dz.U. 2024 poz. 928)",
    url: "https://www.prawo.pl/akty/dz-u-2024-928,21988763.html",
  },
  sources: [
    { title: "Dz.U. 2024 poz. 928, art. 41 (as published by sip.lex.pl)", url: PL_ART_41 },
    DIRECTIVE,
  ],
  workingDays: false,
  holidays: "PL",
  lastChecked: ADDED_CHECKED,
  internal: DIRECTIVE_INTERNAL,
  external: {
    ...DIRECTIVE_EXTERNAL,
    // Art. 41 ust. 1: "w terminie nieprzekraczającym 3 miesięcy od dnia przyjęcia zgłoszenia
    // zewnętrznego"; ust. 2: 6 months "w uzasadnionych przypadkach", after telling the reporting person
    // before the 3 months end. Same dates as the Directive's external rule, now with the national article.
    feedback: {
      months: 3,
      start: "receipt",
      basis: "Ustawa o ochronie sygnalistów art. 41 ust. 1",
      extension: {
        months: 6,
        counted: "from-start",
        basis:
          "Ustawa o ochronie sygnalistów art. 41 ust. 2 (justified case, the reporting person told first)",
        reasonsToReportingPerson: "Ustawa o ochronie sygnalistów art. 41 ust. 2",
      },
    },
  },
  retention: DIRECTIVE_RETENTION,
  earlyDeletion: null,
  notes: [
    "Only the authorities' feedback period (art. 41) has been read in the act's text; every other rule is the Directive's until read.",
    "Art. 41 ust. 2: the 6 months apply only after the reporting person was told before the 3 months end, so the extension needs a message to them.",
  ],
};

/** Lovguiden's copy of lov nr. 1436 af 29. juni 2021, § 20. */
export const DK_PARA_20 = "https://www.lovguiden.dk/loven/lov-om-beskyttelse-af-whistleblowere/20";

export const DK: JurisdictionProfile = {
  code: "DK",
  name: "Denmark",
  law: {
    title: "Lov nr. 1436 af 29. juni 2021 om beskyttelse af whistleblowere",
    url: "https://www.lovguiden.dk/loven/lov-om-beskyttelse-af-whistleblowere",
  },
  sources: [
    { title: "Lov om beskyttelse af whistleblowere § 20 (as published by lovguiden.dk)", url: DK_PARA_20 },
    DIRECTIVE,
    GDPR,
  ],
  workingDays: false,
  holidays: "DK",
  lastChecked: ADDED_CHECKED,
  internal: DIRECTIVE_INTERNAL,
  external: {
    // § 20, stk. 2, nr. 1: "inden for 7 dage efter modtagelsen"; nr. 3: feedback "der ikke overstiger 3
    // måneder fra bekræftelsen af modtagelsen eller 6 måneder i behørigt begrundede tilfælde". The months
    // run from the acknowledgement, later than the Directive's earliest reading (receipt).
    acknowledgement: {
      days: 7,
      workingDays: false,
      basis: "Lov om beskyttelse af whistleblowere § 20, stk. 2, nr. 1",
    },
    feedback: {
      months: 3,
      start: "acknowledgement-else-period-end",
      basis: "Lov om beskyttelse af whistleblowere § 20, stk. 2, nr. 3",
      noAcknowledgementBasis: `${D} Art. 11(2)(b) and (d)`,
      extension: {
        months: 6,
        counted: "from-start",
        basis: "Lov om beskyttelse af whistleblowere § 20, stk. 2, nr. 3 (duly justified case)",
      },
    },
    meeting: null,
    publicDisclosure: { basis: `${D} Art. 15(1)(a)` },
  },
  retention: DIRECTIVE_RETENTION,
  earlyDeletion: null,
  notes: [
    "Only the external channel's acknowledgement and feedback (§ 20) have been read in the act's text; the internal channel (§ 12) and retention are the Directive's until read.",
    "§ 20 counts the 3 months from the acknowledgement; without one, they run from the end of the 7 days, as the Directive does for internal channels.",
  ],
};

/**
 * The decree of the Assembleia da República as published in the Diário da Assembleia da República, II
 * série A, n.º 49 of 2 December 2021, page 11: the text enacted as Lei n.º 93/2021.
 */
export const PT_DAR_P11 = "https://debates.parlamento.pt/catalogo/r3/dar/s2a/14/03/049/2021-12-02/11";

export const PT: JurisdictionProfile = {
  code: "PT",
  name: "Portugal",
  law: {
    title:
      "Lei n.º 93/2021, de 20 de dezembro (regime geral de proteção de denunciantes de infrações), as approved by the Assembleia da República (DAR II série A n.º 49, 2 December 2021)",
    url: PT_DAR_P11,
  },
  sources: [DIRECTIVE, GDPR],
  workingDays: false,
  holidays: "PT",
  lastChecked: ADDED_CHECKED,
  internal: {
    // Art. 11.º n.º 1: "notificam, no prazo de sete dias, o denunciante da receção da denúncia"; n.º 3:
    // measures communicated "no prazo máximo de três meses a contar da data da receção da denúncia".
    acknowledgement: { days: 7, workingDays: false, basis: "Lei n.º 93/2021 art. 11.º n.º 1" },
    feedback: {
      months: 3,
      start: "receipt",
      basis: "Lei n.º 93/2021 art. 11.º n.º 3",
      extension: null,
    },
    meeting: null,
    publicDisclosure: DIRECTIVE_INTERNAL.publicDisclosure,
  },
  external: DIRECTIVE_EXTERNAL,
  retention: DIRECTIVE_RETENTION,
  earlyDeletion: null,
  notes: [
    "Art. 11.º n.º 3 counts the 3 months from receipt, earlier than the Directive's acknowledgement.",
    "Only the internal channel (art. 11.º) has been read in the enacted text; the authorities' periods and retention are the Directive's until read. The public-disclosure date is read in the reporting person's favour from the acknowledgement.",
  ],
};

/**
 * Zákon č. 171/2023 Sb. §§ 12, 16 and 17 as quoted word for word in Verlag Dashöfer's commentary
 * (JUDr. Pavel Koukal, zoou.cz, May and June 2023). The Sbírka zákonů text and later amendments were not
 * read; recheck before a release.
 */
export const CZ_PARA_12 =
  "https://www.zoou.cz/33/postup-prislusne-osoby-po-podani-oznameni-uniqueidmRRWSbk196FNf8-jVUh4EoeYNxasv--Wr5jOb5jQWVs/?serp=1";
export const CZ_PARA_16_17 =
  "https://www.zoou.cz/33/externi-kanal-pro-oznamovani-uniqueidmRRWSbk196FNf8-jVUh4EoeYNxasv--WbZHOhYjaSqI/?uri_view_type=4";

export const CZ: JurisdictionProfile = {
  code: "CZ",
  name: "Czechia",
  law: {
    title:
      "Zákon č. 171/2023 Sb., o ochraně oznamovatelů (§§ 12, 16, 17 as quoted in full by Verlag Dashöfer)",
    url: CZ_PARA_12,
  },
  sources: [
    { title: "Zákon č. 171/2023 Sb. §§ 16 and 17 (as quoted by Verlag Dashöfer)", url: CZ_PARA_16_17 },
    DIRECTIVE,
    GDPR,
  ],
  workingDays: false,
  holidays: "CZ",
  lastChecked: ADDED_CHECKED,
  internal: {
    // § 12(2): "do 7 dnů ode dne jeho přijetí"; § 12(3): the result "do 30 dnů ode dne přijetí
    // oznámení", extendable "až o 30 dnů, nejvýše však dvakrát", the reporting person told of the
    // extension and its reasons before the period ends. One extension is modelled (60 days): the
    // earliest date a handler who extended may rely on.
    acknowledgement: { days: 7, workingDays: false, basis: "Zákon č. 171/2023 Sb. § 12(2)" },
    feedback: {
      months: 0,
      days: 30,
      start: "receipt",
      basis: "Zákon č. 171/2023 Sb. § 12(3)",
      extension: {
        months: 0,
        days: 60,
        counted: "from-start",
        basis: "Zákon č. 171/2023 Sb. § 12(3) (factually or legally complex case: up to 30 more days)",
        reasonsToReportingPerson: "Zákon č. 171/2023 Sb. § 12(3)",
      },
    },
    meeting: { days: 14, workingDays: false, basis: "Zákon č. 171/2023 Sb. § 12(1)" },
    publicDisclosure: DIRECTIVE_INTERNAL.publicDisclosure,
  },
  external: {
    // The Ministry of Justice: § 16(2) 7 days; § 17(1) 30 days from receipt, "až o 30 dnů" in complex cases.
    acknowledgement: { days: 7, workingDays: false, basis: "Zákon č. 171/2023 Sb. § 16(2)" },
    feedback: {
      months: 0,
      days: 30,
      start: "receipt",
      basis: "Zákon č. 171/2023 Sb. § 17(1)",
      extension: {
        months: 0,
        days: 60,
        counted: "from-start",
        basis: "Zákon č. 171/2023 Sb. § 17(1) (factually or legally complex case: up to 30 more days)",
      },
    },
    meeting: { days: 14, workingDays: false, basis: "Zákon č. 171/2023 Sb. § 16(1)" },
    publicDisclosure: { basis: `${D} Art. 15(1)(a)` },
  },
  retention: DIRECTIVE_RETENTION,
  earlyDeletion: null,
  notes: [
    "The result of the assessment is due 30 days from receipt, not 3 months; a complex case allows 30 more days, twice internally (§ 12(3)) and once at the Ministry (§ 17(1)). Only one extension is modelled.",
    "A requested meeting takes place within 14 days of the request (§ 12(1), § 16(1)).",
    "Retention and public disclosure are the Directive's until the act's articles on them are read.",
  ],
};
