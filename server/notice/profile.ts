/**
 * The organisation facts the annual notice needs, and their checks. Every
 * string here ends up in HTML or e-mail: renderers escape it, and URLs must be
 * https so that no `javascript:` or tracking scheme can reach an href.
 */
import { EU_MEMBER_STATES } from "./directory";
import { NoticeError } from "./errors";

/** What the notice says about the organisation and its internal channel. */
export interface OrgProfile {
  name: string;
  /** ISO 3166-1 alpha-2 codes of the EU Member States where the organisation has workers. */
  countries: string[];
  /** The workers' languages, e.g. ["en", "de", "fr"]. */
  languages: string[];
  /** The internal reporting channel (https). */
  channelUrl: string;
  /** Where the whistleblower protection policy is published (https). */
  policyUrl: string;
  /** The impartial person or department designated to follow up reports (Art. 9(1)(c)). */
  impartialFunction: { name: string; contact: string };
  /** Telephone or voice-message line for oral reports (Art. 9(2)), as shown to workers. */
  oralChannel?: string;
  /**
   * Art. 9(2) requires a physical meeting on request; leave unset or true.
   * `false` is rejected with `meeting-required`.
   */
  meetingAvailable?: boolean;
  /**
   * The organisation signed the General-Purpose AI Code of Practice: only then does the notice say its
   * non-retaliation promise is "in line with" Measure 8.3 (which lists indicators, not duties).
   */
  codeOfPracticeSignatory?: boolean;
  /** The organisation's own retention sentence; defaults to the catalog's. */
  retentionText?: string;
}

/** True when `value` parses as an absolute https URL. */
export function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === "https:";
  } catch {
    return false;
  }
}

function nonEmpty(value: unknown, field: string): void {
  if (typeof value !== "string" || value.trim() === "") {
    throw new NoticeError("invalid-profile", `${field} is empty`);
  }
}

/**
 * Checks a profile before any rendering: non-empty names, EU country codes,
 * https URLs, and the meeting on request that Art. 9(2) makes mandatory.
 */
export function checkProfile(profile: OrgProfile): void {
  nonEmpty(profile.name, "name");
  nonEmpty(profile.impartialFunction?.name, "impartialFunction.name");
  nonEmpty(profile.impartialFunction?.contact, "impartialFunction.contact");
  if (!Array.isArray(profile.countries) || profile.countries.length === 0) {
    throw new NoticeError("invalid-profile", "no countries");
  }
  for (const c of profile.countries) {
    if (!(EU_MEMBER_STATES as readonly string[]).includes(c)) {
      throw new NoticeError("invalid-profile", "country is not an eu member state code");
    }
  }
  if (!isHttpsUrl(profile.channelUrl)) throw new NoticeError("unsafe-url", "channelUrl is not https");
  if (!isHttpsUrl(profile.policyUrl)) throw new NoticeError("unsafe-url", "policyUrl is not https");
  if (profile.oralChannel !== undefined) nonEmpty(profile.oralChannel, "oralChannel");
  if (profile.meetingAvailable === false) {
    throw new NoticeError("meeting-required", "art. 9(2) requires a physical meeting on request");
  }
}
