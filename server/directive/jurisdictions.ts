/**
 * Looking up a jurisdiction's profile, and the fallback to the Directive alone for member states
 * without one.
 */
import { DirectiveError } from "./errors";
import type { JurisdictionProfile } from "./profile-types";
import { PROFILES } from "./profiles";
import type { Jurisdiction } from "./types";

// Frozen all the way down: profileOf hands out the objects the engine itself reads.
function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

const FROZEN: Readonly<Record<Jurisdiction, JurisdictionProfile>> = deepFreeze(PROFILES);

/** Every jurisdiction with a profile. */
export const JURISDICTIONS: readonly Jurisdiction[] = Object.freeze(Object.keys(FROZEN) as Jurisdiction[]);

/** Shown wherever the "EU" profile stands in for a member state that has no profile of its own. */
export const FALLBACK_NOTE =
  "No profile exists for this member state yet, so these dates follow Directive (EU) 2019/1937 alone (EUR-Lex CELEX 32019L1937). National law may set shorter periods, working days or a fixed retention period: check the national transposition before relying on them.";

// EU member states by the codes EU institutions use ("EL" for Greece), plus the ISO "GR".
const MEMBER_STATES: ReadonlySet<string> = new Set(
  "AT BE BG CY CZ DE DK EE EL GR ES FI FR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK".split(" "),
);

/** The profile of `j`. Throws `unknown-jurisdiction` for any code without one. */
export function profileOf(j: string): JurisdictionProfile {
  if (!Object.hasOwn(FROZEN, j)) throw new DirectiveError("unknown-jurisdiction", "unknown jurisdiction");
  return FROZEN[j as Jurisdiction];
}

/**
 * The jurisdiction to compute with for an EU member state: its own profile if it has one, else "EU"
 * (then show FALLBACK_NOTE). Throws `unknown-jurisdiction` for a country outside the Union.
 */
export function jurisdictionFor(memberState: string): Jurisdiction {
  if (Object.hasOwn(FROZEN, memberState)) return memberState as Jurisdiction;
  if (MEMBER_STATES.has(memberState)) return "EU";
  throw new DirectiveError("unknown-jurisdiction", "unknown jurisdiction");
}
