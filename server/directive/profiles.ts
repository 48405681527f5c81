/**
 * Jurisdiction profiles: the data the deadline engine runs on. Each number names its provision; recheck
 * every profile against the primary text before a release and update `lastChecked`.
 */
import {
  D,
  DIRECTIVE,
  DIRECTIVE_EXTERNAL,
  DIRECTIVE_INTERNAL,
  DIRECTIVE_RETENTION,
  GDPR,
  LAST_CHECKED,
  REG_1182_71,
  WITH_EXTERNAL_REPORT,
} from "./profile-common";
import type { JurisdictionProfile } from "./profile-types";
import { CZ, DK, PL, PT } from "./profiles-added";
import type { Jurisdiction } from "./types";

const EU: JurisdictionProfile = {
  code: "EU",
  name: "European Union: Directive (EU) 2019/1937 alone",
  law: DIRECTIVE,
  sources: [REG_1182_71, GDPR],
  workingDays: false,
  holidays: null,
  lastChecked: LAST_CHECKED,
  internal: DIRECTIVE_INTERNAL,
  external: DIRECTIVE_EXTERNAL,
  retention: DIRECTIVE_RETENTION,
  earlyDeletion: null,
  notes: [
    "Fallback: this profile applies to every member state without a profile of its own; show FALLBACK_NOTE with it.",
    "Art. 9(2): a physical meeting on request 'within a reasonable timeframe', so no meeting date is computed.",
  ],
};

const DE: JurisdictionProfile = {
  code: "DE",
  name: "Germany",
  law: {
    title: "Hinweisgeberschutzgesetz (HinSchG) of 31 May 2023",
    url: "https://www.gesetze-im-internet.de/hinschg/",
  },
  sources: [DIRECTIVE],
  workingDays: false,
  holidays: "DE",
  lastChecked: LAST_CHECKED,
  internal: {
    acknowledgement: { days: 7, workingDays: false, basis: "HinSchG §17(1) Nr. 1" },
    feedback: {
      months: 3,
      start: "acknowledgement-else-receipt-then-grace",
      graceDays: 7,
      basis: "HinSchG §17(2)",
      extension: null,
    },
    meeting: null,
    // §32(1) Nr. 1 protects disclosure only after an external report and its §28(4) timeframe.
    publicDisclosure: null,
  },
  external: {
    acknowledgement: { days: 7, workingDays: false, basis: "HinSchG §28(1)" },
    feedback: {
      months: 3,
      start: "receipt",
      basis: "HinSchG §28(4)",
      extension: {
        months: 6,
        counted: "from-start",
        basis: "HinSchG §28(4) (extensive processing; the reasons are told to the reporting person)",
        // Checked 2026-11-29 against the consolidated text at https://www.buzer.de/28_HinSchG.htm:
        // "Die Gründe für die Verlängerung der Frist sind der hinweisgebenden Person mitzuteilen."
        reasonsToReportingPerson: "HinSchG §28(4) sentence 4",
      },
    },
    meeting: null,
    publicDisclosure: { basis: "HinSchG §32(1) Nr. 1" },
  },
  retention: {
    kind: "fixed",
    amount: 3,
    unit: "years",
    from: "closure",
    basis: "HinSchG §11(5) (longer only where this or another law requires it)",
  },
  earlyDeletion: null,
  notes: [
    "§17(2) counts 3 months + 7 days from receipt when receipt was never acknowledged: months first, then days.",
    "§32(1) Nr. 1: public disclosure is protected only after an external report; the internal timeframe alone gives no date.",
    "§11(4): delete a recording once its transcript is made (handled by the records module, not here).",
  ],
};

const FR: JurisdictionProfile = {
  code: "FR",
  name: "France",
  law: {
    title:
      "Décret n° 2022-1284 du 3 octobre 2022 relatif aux procédures de recueil et de traitement des signalements émis par les lanceurs d'alerte",
    url: "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000046357368",
  },
  sources: [
    {
      title: "Loi n° 2016-1691 du 9 décembre 2016 (Sapin II), as amended by loi n° 2022-401 du 21 mars 2022",
      url: "https://www.legifrance.gouv.fr/loda/id/JORFTEXT000033558528",
    },
    {
      title:
        "CNIL, délibération n° 2023-064 du 6 juillet 2023, référentiel relatif aux dispositifs d'alertes professionnelles (guidance, not binding)",
    },
    DIRECTIVE,
  ],
  workingDays: true,
  holidays: "FR",
  lastChecked: LAST_CHECKED,
  internal: {
    acknowledgement: { days: 7, workingDays: true, basis: "Décret n° 2022-1284 art. 4" },
    feedback: {
      months: 3,
      start: "acknowledgement-else-period-end",
      basis: "Décret n° 2022-1284 art. 4",
      extension: null,
    },
    meeting: { days: 20, workingDays: true, basis: "Décret n° 2022-1284 art. 4" },
    // Sapin II art. 8 III 1°: disclosure is protected after an external report, "précédé ou non d'un
    // signalement interne"; the internal timeframe alone gives no date.
    publicDisclosure: null,
  },
  // Authorities (décret art. 10): 7 jours ouvrés to acknowledge; feedback 3 months from the
  // acknowledgement, else from the end of those 7 working days; 6 months where the circumstances of the
  // case require it, justified to the reporting person. Read only in the decree's summaries (2026-11-29)
  // and the expert review of issue 12; searched again 2026-12-07, but no copy of art. 10 itself was
  // found (docs/SOURCES.md), so member-states.ts shows these two rules as not verified.
  external: {
    acknowledgement: { days: 7, workingDays: true, basis: "Décret n° 2022-1284 art. 10" },
    feedback: {
      months: 3,
      start: "acknowledgement-else-period-end",
      basis: "Décret n° 2022-1284 art. 10",
      extension: {
        months: 6,
        counted: "from-start",
        basis: "Décret n° 2022-1284 art. 10 (particular circumstances, justified to the reporting person)",
      },
    },
    meeting: null,
    publicDisclosure: { basis: "Loi n° 2016-1691 (Sapin II) art. 8 III 1°" },
  },
  retention: {
    kind: "fixed",
    amount: 2,
    unit: "months",
    from: "closure",
    // Guidance, not statute: French law sets no period (Sapin II art. 9: no longer than strictly
    // necessary and proportionate). The CNIL référentiel (délibération n° 2023-064 of 6 July 2023, JO of
    // 21 July 2023, not binding) says destroy or archive 2 months after the checks end when no action
    // follows. The engine dates the deletion there; where disciplinary or judicial proceedings follow,
    // a legal hold keeps the case until they end. Checked 2026-11-29 (published summaries of the
    // délibération; the référentiel's own text was not reachable here).
    basis:
      "CNIL référentiel alertes professionnelles (guidance, not statute): destroy or archive 2 months after the checks end when no disciplinary or judicial action follows; where proceedings follow, keep the case under a legal hold until they end; Sapin II art. 9: only as long as strictly necessary and proportionate",
  },
  earlyDeletion: null,
  notes: [
    "Jours ouvrés: Monday to Friday excluding French public holidays (date-holidays 'FR', which counts Whit Monday as a holiday; Alsace-Moselle's extra holidays are not counted, which can only make a deadline earlier).",
    "Without an acknowledgement, the 3 months run from the end of the 7 working days after the report.",
    "External authorities (décret art. 10): 7 working days to acknowledge, and the 3 months run from the acknowledgement.",
  ],
};

const NL: JurisdictionProfile = {
  code: "NL",
  name: "Netherlands",
  law: { title: "Wet bescherming klokkenluiders", url: "https://wetten.overheid.nl/BWBR0037852" },
  sources: [DIRECTIVE, GDPR],
  workingDays: false,
  holidays: "NL",
  lastChecked: LAST_CHECKED,
  internal: {
    acknowledgement: { days: 7, workingDays: false, basis: "Wet bescherming klokkenluiders art. 2" },
    feedback: {
      months: 3,
      start: "acknowledgement-else-period-end",
      basis: "Wet bescherming klokkenluiders art. 2",
      noAcknowledgementBasis: `${D} Art. 9(1)(f)`,
      extension: null,
    },
    meeting: null,
    publicDisclosure: { basis: `${D} Art. 15(1)(a)`, condition: WITH_EXTERNAL_REPORT },
  },
  external: DIRECTIVE_EXTERNAL,
  retention: {
    kind: "organisation",
    amount: 3,
    unit: "years",
    from: "closure",
    basis: `no fixed period in Dutch law (${D} Art. 18(1), AVG/GDPR Art. 5(1)(e)); the organisation's own period`,
  },
  earlyDeletion: null,
  notes: [
    "Dutch law counts the 3 months from the acknowledgement only; without one, the Directive's rule is used and the basis says so.",
  ],
};

const IE: JurisdictionProfile = {
  code: "IE",
  name: "Ireland",
  law: {
    title: "Protected Disclosures Act 2014, as amended by the Protected Disclosures (Amendment) Act 2022",
    url: "https://www.irishstatutebook.ie/eli/2014/act/14/enacted/en/html",
  },
  sources: [
    {
      title: "Protected Disclosures (Amendment) Act 2022",
      url: "https://www.irishstatutebook.ie/eli/2022/act/27/enacted/en/html",
    },
    DIRECTIVE,
    GDPR,
  ],
  workingDays: false,
  holidays: "IE",
  lastChecked: LAST_CHECKED,
  internal: {
    acknowledgement: { days: 7, workingDays: false, basis: "Protected Disclosures Act 2014 s.6A(1)(b)" },
    feedback: {
      months: 3,
      start: "acknowledgement-else-period-end",
      basis: "Protected Disclosures Act 2014 s.6A(1)(e)",
      extension: null,
    },
    meeting: null,
    // s.10(c)(i) counts a prior internal report (s.6) and its s.6A(1)(e) period on their own.
    publicDisclosure: { basis: "Protected Disclosures Act 2014 s.10(c)(i)" },
    furtherFeedback: {
      months: 3,
      basis:
        "Protected Disclosures Act 2014 s.6A(1), inserted by the Protected Disclosures (Amendment) Act 2022 s.9 (further feedback on the reporting person's request)",
      source:
        "Checked 2026-12-07 against the 2022 Act s.9 (irishstatutebook.ie/2022/en/act/pub/0027/sec0009.html) and the Law Reform Commission's revised Act: " +
        "s.10(c)(i) as substituted by the 2022 Act s.13 names s.6A(1)(e) as the first feedback's period. The copies read here stop before the next " +
        "paragraph of s.6A(1); a practitioners' summary of the amended Bill (Lexology) says the reporting person may request in writing further " +
        "feedback 'at intervals of three months until the procedure relating to the report concerned is closed'. The paragraph letter is not " +
        "verified, so none is cited: recheck against the statute before a release.",
    },
  },
  external: {
    acknowledgement: { days: 7, workingDays: false, basis: "Protected Disclosures Act 2014 s.7A(1)(a)" },
    feedback: {
      ...DIRECTIVE_EXTERNAL.feedback,
      basis: "Protected Disclosures Act 2014 s.7A(1)(c)",
      extension: {
        months: 6,
        counted: "from-start",
        basis: "Protected Disclosures Act 2014 s.7A(1)(c) (duly justified case)",
      },
    },
    meeting: null,
    publicDisclosure: { basis: "Protected Disclosures Act 2014 s.10(c)(i)" },
  },
  retention: {
    kind: "organisation",
    amount: 3,
    unit: "years",
    from: "closure",
    basis: `no fixed period in Irish law (${D} Art. 18(1), GDPR Art. 5(1)(e)); the organisation's own period`,
  },
  earlyDeletion: null,
  notes: [
    "On the reporting person's written request, further feedback is due at 3-month intervals until the procedure closes (internal channels, s.6A(1)); the engine tracks it from the previous feedback.",
    "External channels (s.7A): a like right to further feedback was not verified against the text, so none is tracked there.",
  ],
};

const ES: JurisdictionProfile = {
  code: "ES",
  name: "Spain",
  law: {
    title:
      "Ley 2/2023, de 20 de febrero, reguladora de la protección de las personas que informen sobre infracciones normativas y de lucha contra la corrupción",
    url: "https://www.boe.es/eli/es/l/2023/02/20/2/con",
  },
  sources: [DIRECTIVE],
  workingDays: false,
  holidays: "ES",
  lastChecked: LAST_CHECKED,
  internal: {
    acknowledgement: { days: 7, workingDays: false, basis: "Ley 2/2023 art. 9.2.c" },
    feedback: {
      months: 3,
      start: "receipt-else-period-end",
      basis: "Ley 2/2023 art. 9.2.d",
      // "hasta un máximo de otros tres meses adicionales": at most 6 months from the same start, so a
      // report received on 2026-11-30 gets 2027-05-30, not 3 months added to the clipped 2027-02-28.
      extension: {
        months: 6,
        counted: "from-start",
        basis: "Ley 2/2023 art. 9.2.d (especially complex case: at most a further 3 months)",
      },
    },
    meeting: null,
    publicDisclosure: { basis: "Ley 2/2023 art. 28", condition: WITH_EXTERNAL_REPORT },
  },
  external: { ...DIRECTIVE_EXTERNAL, publicDisclosure: { basis: "Ley 2/2023 art. 28" } },
  retention: {
    kind: "cap",
    amount: 10,
    unit: "years",
    from: "receipt",
    basis: "Ley 2/2023 art. 26.2 (never kept more than 10 years)",
  },
  earlyDeletion: {
    months: 3,
    basis:
      "Ley 2/2023 art. 32: no investigation started within 3 months of receipt; delete, keeping only anonymised data",
  },
  notes: [
    "Art. 9.2.d counts the 3 months from receipt; only when receipt was not acknowledged do they run from the end of the 7 days.",
    "Art. 26.2: personal data are never kept more than 10 years, counted from collection (receipt), open or closed; a legal hold covers proceedings that need longer.",
  ],
};

const IT: JurisdictionProfile = {
  code: "IT",
  name: "Italy",
  law: {
    title: "Decreto legislativo 10 marzo 2023, n. 24",
    url: "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto.legislativo:2023-03-10;24",
  },
  sources: [DIRECTIVE],
  workingDays: false,
  holidays: "IT",
  lastChecked: LAST_CHECKED,
  internal: {
    acknowledgement: { days: 7, workingDays: false, basis: "D.Lgs. 24/2023 art. 5(1)(a)" },
    feedback: {
      months: 3,
      start: "acknowledgement-else-period-end",
      basis: "D.Lgs. 24/2023 art. 5(1)(d)",
      extension: null,
    },
    meeting: null,
    publicDisclosure: { basis: "D.Lgs. 24/2023 art. 15(1)(a)", condition: WITH_EXTERNAL_REPORT },
  },
  external: {
    acknowledgement: { days: 7, workingDays: false, basis: "D.Lgs. 24/2023 art. 8(1)(a)" },
    feedback: {
      months: 3,
      start: "acknowledgement-else-period-end",
      basis: "D.Lgs. 24/2023 art. 8(1)(d)",
      extension: {
        months: 6,
        counted: "from-start",
        basis: "D.Lgs. 24/2023 art. 8(1)(d) (justified and reasoned grounds)",
      },
    },
    meeting: null,
    publicDisclosure: { basis: "D.Lgs. 24/2023 art. 15(1)(a)" },
  },
  retention: {
    kind: "cap",
    amount: 5,
    unit: "years",
    from: "outcome-else-closure",
    basis: "D.Lgs. 24/2023 art. 14 (at most 5 years from communication of the final outcome)",
  },
  earlyDeletion: null,
  notes: ["Art. 15(1)(a) turns on whether feedback was given within the art. 5 and art. 8 timeframes."],
};

/** Every profile, by jurisdiction code. Read them through `profileOf`; jurisdictions.ts freezes them on load. */
export const PROFILES: Readonly<Record<Jurisdiction, JurisdictionProfile>> = {
  EU,
  DE,
  FR,
  NL,
  IE,
  ES,
  IT,
  PL,
  DK,
  PT,
  CZ,
};
