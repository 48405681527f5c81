/**
 * The shape of a jurisdiction profile: every number the deadline engine uses, each with the provision it
 * comes from. The engine holds no legal constant of its own; a change in the law is a change here.
 */
import type { Jurisdiction } from "./types";

/** A legal text and where to read it. */
export interface Source {
  title: string;
  /** Official publication; absent only for guidance without a stable address. */
  url?: string;
}

/** A period counted in days from an event. */
export interface DaysRule {
  days: number;
  /** Count Monday–Friday excluding the profile's public holidays instead of calendar days. */
  workingDays: boolean;
  /** Instrument and article, e.g. "Directive (EU) 2019/1937 Art. 9(1)(b)". */
  basis: string;
}

/**
 * Where the feedback months start.
 * - "acknowledgement-else-period-end": the acknowledgement, or the end of the acknowledgement period
 *   when none was sent (Directive Art. 9(1)(f)).
 * - "acknowledgement-else-receipt-then-grace": the acknowledgement; when none was sent, the months run
 *   from receipt and `graceDays` are added after them (HinSchG §17(2)).
 * - "receipt-else-period-end": receipt, or the end of the acknowledgement period when none was sent
 *   (Ley 2/2023 art. 9.2.d).
 * - "receipt": receipt; used where the law names no start (Art. 11(2)(d)), the earliest reading.
 */
export type FeedbackStart =
  | "acknowledgement-else-period-end"
  | "acknowledgement-else-receipt-then-grace"
  | "receipt-else-period-end"
  | "receipt";

/** A longer feedback period the law allows, always with a recorded written justification. */
export interface ExtensionRule {
  months: number;
  /** The longer period in calendar days instead of months, where the law counts in days (then `months` is 0). */
  days?: number;
  /** `months` replace the normal period, counted from the same start (never added to a clipped month end). */
  counted: "from-start";
  /** Provision and the ground it names, e.g. "Ley 2/2023 art. 9.2.d (especially complex case)". */
  basis: string;
  /**
   * Where the law says the reasons for the extension go to the reporting person (HinSchG §28(4)
   * sentence 4): the provision. The extension is then refused without a message to them.
   */
  reasonsToReportingPerson?: string;
}

/** The feedback deadline of one channel. */
export interface FeedbackRule {
  months: number;
  /**
   * The period in calendar days instead of months, where the law counts in days (zákon č. 171/2023 Sb.
   * § 12(3): 30 days); then `months` is 0. Only with a start that needs no grace days.
   */
  days?: number;
  start: FeedbackStart;
  /** Days added after the months when not acknowledged ("acknowledgement-else-receipt-then-grace"). */
  graceDays?: number;
  basis: string;
  /** Where the national law counts only from an acknowledgement: the provision used when none was sent. */
  noAcknowledgementBasis?: string;
  /** `null`: the law allows no extension on this channel. */
  extension: ExtensionRule | null;
}

/** When the feedback timeframe of this channel opens protected public disclosure. */
export interface PublicDisclosureRule {
  basis: string;
  /** Conditions the engine cannot check, shown with the date. */
  condition?: string;
}

/**
 * Further feedback the reporting person may ask for after the first (Ireland: on request, at intervals
 * until the procedure is closed). Each interval runs from the previous feedback.
 */
export interface FurtherFeedbackRule {
  months: number;
  basis: string;
  /** Where the wording was read, what of it could not be verified, and the day it was checked. */
  source: string;
}

/** The clocks of one kind of channel. */
export interface ChannelRules {
  acknowledgement: DaysRule;
  feedback: FeedbackRule;
  /** A requested physical meeting; `null` where the law says only "within a reasonable time". */
  meeting: DaysRule | null;
  /** `null` where this channel's timeframe does not by itself open public disclosure. */
  publicDisclosure: PublicDisclosureRule | null;
  /** Further feedback on the reporting person's request; absent where the law gives no such right. */
  furtherFeedback?: FurtherFeedbackRule;
}

/** How long records are kept after the procedure ends (LAW.md section 6). */
export interface RetentionRule {
  /**
   * - "fixed": the law sets the period; the organisation's `retentionYears` is ignored.
   * - "cap": the law sets a maximum; a shorter `retentionYears` is used when given.
   * - "organisation": no period in law; `retentionYears`, else `amount` years.
   */
  kind: "fixed" | "cap" | "organisation";
  amount: number;
  unit: "years" | "months";
  /**
   * The event the period runs from: closure; the communication of the final outcome if any, else
   * closure; or receipt (collection), in which case the period binds while the procedure still runs.
   */
  from: "closure" | "outcome-else-closure" | "receipt";
  basis: string;
}

/** Deletion of a report nobody investigated (Spain, Ley 2/2023 art. 32). */
export interface EarlyDeletionRule {
  /** Months from receipt by which an investigation must have started. */
  months: number;
  basis: string;
}

/** Everything the engine knows about one jurisdiction. */
export interface JurisdictionProfile {
  code: Jurisdiction;
  name: string;
  /** The main instrument, with its official address. */
  law: Source;
  /** Further instruments and guidance cited in the bases. */
  sources: readonly Source[];
  /** Some period of this jurisdiction is counted in working days. */
  workingDays: boolean;
  /**
   * date-holidays country code: for working-day counts, and for moving the end of a right's timeframe
   * past a weekend or public holiday (doubt.ts); `null`: no national calendar, only weekends are skipped.
   */
  holidays: string | null;
  /** When the figures were last compared with the primary texts (YYYY-MM-DD). */
  lastChecked: string;
  internal: ChannelRules;
  external: ChannelRules;
  retention: RetentionRule;
  earlyDeletion: EarlyDeletionRule | null;
  /** What a reader needs to know that the numbers do not say. */
  notes: readonly string[];
}
