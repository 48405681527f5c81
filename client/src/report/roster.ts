/**
 * The report page's trust check (crypto/SPEC.md "Signed roster"): the people a report is encrypted to
 * come only from a roster signed with the channel key and, when the link carried `#pin=…`, with the key
 * whose fingerprint that is. The fragment never reaches the server. Nothing is stored on the device.
 */
import {
  fingerprintOf,
  isCryptoError,
  normalizeFingerprint,
  openRoster,
  type Roster,
  type SignedStatement,
} from "../../../crypto/index";
import { ApiError, api } from "../lib/api";

/** Why the page will not encrypt to anyone. */
export type Unverified = "no-roster" | "bad-pin" | "pin-mismatch" | "expired" | "invalid";

export type RosterCheck =
  | { ok: true; roster: Roster; fingerprint: string; pinned: boolean }
  | { ok: false; reason: Unverified };

/** The pin in the page's fragment (`#pin=XXXXX-…`), normalised; undefined without one, null if malformed. */
export function pinFromHash(hash: string): string | null | undefined {
  const m = /(?:^#|&)pin=([^&]*)/.exec(hash);
  if (!m) return undefined;
  try {
    return normalizeFingerprint(decodeURIComponent(m[1]!));
  } catch {
    return null;
  }
}

/** Fetches and verifies the signed roster. Any failure is a refusal, never a fallback. */
export async function checkRoster(hash: string, now = new Date()): Promise<RosterCheck> {
  const pin = pinFromHash(hash);
  if (pin === null) return { ok: false, reason: "bad-pin" };
  let statement: SignedStatement;
  try {
    statement = await api<SignedStatement>("reporter", "GET", "/api/roster");
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return { ok: false, reason: "no-roster" };
    throw e;
  }
  try {
    const roster = openRoster({ body: statement.body, signature: statement.signature }, { pin, now });
    return { ok: true, roster, fingerprint: fingerprintOf(roster.channelKey), pinned: pin !== undefined };
  } catch (e) {
    if (!isCryptoError(e)) throw e;
    if (e.message === "pin does not match") return { ok: false, reason: "pin-mismatch" };
    if (e.message === "roster expired") return { ok: false, reason: "expired" };
    return { ok: false, reason: "invalid" };
  }
}
