/**
 * Deadlines of Directive (EU) 2019/1937 (EUR-Lex CELEX 32019L1937) and its transpositions in DE, FR, NL,
 * IE, ES and IT, and in part PL, DK, PT and CZ (profiles-added.ts), computed by one pure engine from
 * per-jurisdiction profiles.
 *
 * Pure on purpose: no clock, no database, no Node APIs, so the same code runs in Node, Cloudflare Workers
 * and tests. Callers pass calendar dates in the organisation's time zone (`todayIn` turns an instant into
 * one). Periods follow Regulation (EEC, Euratom) No 1182/71: the day of the event is not counted, and a
 * period in months ends on the same date or the last day of a shorter month; a national period in days
 * (Czechia) counts calendar days. Every returned date names
 * its legal basis; every number lives in `profiles.ts` with its source, none in the logic.
 *
 * No severity or priority exists in the input: every report gets the same clock, and the only
 * extensions are those the law names, each with a recorded justification (LAW.md section 4).
 *
 * @module
 */

export { informPersonConcernedBy, type PersonConcernedFacts } from "./concerned";
export { addDays, addMonths, addWorkingDays, addYears, compareDates, isWorkingDay, todayIn } from "./dates";
export { daysUntil, deadlines, isOverdue } from "./deadlines";
export { DirectiveError, type DirectiveErrorCode } from "./errors";
export { FALLBACK_NOTE, JURISDICTIONS, jurisdictionFor, profileOf } from "./jurisdictions";
export {
  MEMBER_STATES,
  type MemberState,
  memberState,
  RULE_NAMES,
  type RuleName,
  type RuleStatus,
  unverifiedStates,
} from "./member-states";
export type {
  ChannelRules,
  DaysRule,
  EarlyDeletionRule,
  ExtensionRule,
  FeedbackRule,
  FeedbackStart,
  FurtherFeedbackRule,
  JurisdictionProfile,
  PublicDisclosureRule,
  RetentionRule,
  Source,
} from "./profile-types";
export type { ChannelKind, Deadline, DeadlineInput, Deadlines, Jurisdiction } from "./types";
