/**
 * What several jurisdiction profiles share: the Directive's own rules, which a profile uses wherever the
 * national rule is not yet read in a published text or is the Directive's word for word.
 */
import type { ChannelRules, RetentionRule, Source } from "./profile-types";

export const LAST_CHECKED = "2026-11-27";

export const DIRECTIVE: Source = {
  title:
    "Directive (EU) 2019/1937 of the European Parliament and of the Council of 23 October 2019 on the protection of persons who report breaches of Union law (CELEX 32019L1937)",
  url: "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32019L1937",
};
export const GDPR: Source = {
  title: "Regulation (EU) 2016/679 (GDPR)",
  url: "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32016R0679",
};
export const REG_1182_71: Source = {
  title:
    "Regulation (EEC, Euratom) No 1182/71 determining the rules applicable to periods, dates and time limits",
  url: "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:31971R1182",
};

export const D = "Directive (EU) 2019/1937";

// Where a member state has transposed an external-channel rule we have not encoded, the Directive's own
// minimum is used: 7 calendar days is never later than 7 working days, so it cannot make a deadline late.
export const DIRECTIVE_EXTERNAL: ChannelRules = {
  acknowledgement: { days: 7, workingDays: false, basis: `${D} Art. 11(2)(b)` },
  feedback: {
    months: 3,
    start: "receipt",
    basis: `${D} Art. 11(2)(d)`,
    extension: { months: 6, counted: "from-start", basis: `${D} Art. 11(2)(d) (duly justified case)` },
  },
  meeting: null,
  publicDisclosure: { basis: `${D} Art. 15(1)(a)` },
};

// Art. 15(1)(a) protects a public disclosure after a report made "internally and externally, or
// directly externally": the internal timeframe counts, but never on its own.
export const WITH_EXTERNAL_REPORT =
  "only if the reporting person also reported externally (an internal report alone does not qualify); where both were made, the external channel's timeframe must also have passed";

/** The Directive's internal channel (Art. 9(1)(b) and (f)), for profiles whose national rule is not read yet. */
export const DIRECTIVE_INTERNAL: ChannelRules = {
  acknowledgement: { days: 7, workingDays: false, basis: `${D} Art. 9(1)(b)` },
  feedback: {
    months: 3,
    start: "acknowledgement-else-period-end",
    basis: `${D} Art. 9(1)(f)`,
    extension: null,
  },
  meeting: null,
  publicDisclosure: { basis: `${D} Art. 15(1)(a)`, condition: WITH_EXTERNAL_REPORT },
};

/** No period in law: the organisation's own (Art. 18(1), GDPR Art. 5(1)(e)). */
export const DIRECTIVE_RETENTION: RetentionRule = {
  kind: "organisation",
  amount: 3,
  unit: "years",
  from: "closure",
  basis: `${D} Art. 18(1) and GDPR Art. 5(1)(e): no fixed period, only "necessary and proportionate"; the organisation's own period`,
};
