/**
 * The shapes that go in and out of the deadline engine. Dates are plain calendar dates ("YYYY-MM-DD")
 * in the organisation's time zone; the engine never sees an instant.
 */

/** A jurisdiction with its own profile; "EU" is the Directive alone, used for every other member state. */
export type Jurisdiction = "EU" | "DE" | "FR" | "NL" | "IE" | "ES" | "IT" | "PL" | "DK" | "PT" | "CZ";

/** Internal channel (Art. 8, 9) run by the organisation, or external channel (Art. 11) run by an authority. */
export type ChannelKind = "internal" | "external";

/**
 * The facts of one report that the law's clocks depend on. There is deliberately no severity or priority:
 * the law gives every report the same clock (LAW.md section 4), and only the extensions it names exist.
 */
export interface DeadlineInput {
  jurisdiction: Jurisdiction;
  channel: ChannelKind;
  /** Day the report was received. */
  receivedOn: string;
  /** Day receipt was acknowledged to the reporting person, if it was. */
  acknowledgedOn?: string;
  /** The feedback period was extended (external channels; Spain's especially complex cases). */
  extended?: boolean;
  /** The written reasons for the extension; required whenever `extended` is true. */
  extensionJustification?: string;
  /** Day the procedure was closed. */
  closedOn?: string;
  /** Day the final outcome was communicated to the reporting person. */
  outcomeCommunicatedOn?: string;
  /** Day the reporting person asked for a physical meeting (France: 20 working days). */
  meetingRequestedOn?: string;
  /** The organisation's own retention in whole years where the law fixes none, or a shorter one under a cap. Default 3. */
  retentionYears?: number;
  /** Day an investigation started (Spain, Ley 2/2023 art. 32: otherwise delete after 3 months). */
  investigationStartedOn?: string;
  /** Day the reporting person asked for further feedback (Ireland, Protected Disclosures Act 2014 s.6A(1)). */
  furtherFeedbackRequestedOn?: string;
  /** Day of the latest feedback given (interim or final): each further interval runs from it. */
  lastFeedbackOn?: string;
}

/** A date and the legal provision it comes from. Due at the end of `date` in the organisation's zone. */
export interface Deadline {
  date: string;
  /** Names the instrument and article, e.g. "Directive (EU) 2019/1937 Art. 9(1)(b): 7 days from receipt". */
  basis: string;
}

/** Every clock of one report; `null` where the law sets none for this case, or none yet. */
export interface Deadlines {
  acknowledgeBy: Deadline | null;
  feedbackBy: Deadline | null;
  meetingBy: Deadline | null;
  /**
   * The next further feedback the reporting person asked for, where the law gives that right (Ireland);
   * `null` when not asked, no feedback was given yet (`feedbackBy` governs), or the case is closed.
   */
  furtherFeedbackBy: Deadline | null;
  /** The first day on which public disclosure can be protected for want of appropriate action. */
  publicDisclosureFrom: Deadline | null;
  deleteBy: Deadline | null;
}
