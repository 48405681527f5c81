// The signed roster: who may read reports, signed with the channel key.
// Format: SPEC.md ("Signed roster").

import { fromBase64 } from "./encoding";
import { CryptoError } from "./errors";
import { fingerprintOf, type SignedStatement, type SigningKey, signStatement, verifyStatement } from "./sign";

/** One person in the roster. */
export interface RosterPerson {
  id: string;
  displayName: string;
  /** Their hybrid age recipient (`age1pq1…`). */
  recipient: string;
  /** base64 of their Ed25519 signing public key. */
  signingKey: string;
  roles: string[];
}

/** One routing channel and who handles it. */
export interface RosterChannel {
  id: string;
  name: string;
  /** Person ids. */
  handlers: string[];
  custodians: string[];
}

/** What an admin's browser signs. */
export interface RosterContent {
  people: RosterPerson[];
  channels: RosterChannel[];
}

/** A roster as signed: content plus version, serial, dates and the channel key. */
export interface Roster extends RosterContent {
  version: "oc-roster-1";
  /** Grows by one with every signed change. */
  serial: number;
  /** ISO 8601 UTC. */
  issuedAt: string;
  /** ISO 8601 UTC; a reader refuses the roster after this instant (bounds a rollback). */
  expiresAt: string;
  /** base64 of the channel key's Ed25519 public key. */
  channelKey: string;
}

/** How long a signed roster stays valid: re-signed by an admin's browser well before. */
export const ROSTER_LIFETIME_DAYS = 90;

const MAX_ROSTER_BYTES = 1 << 20;
const bad = (reason: string) => new CryptoError("bad-signature", reason);

const isText = (s: unknown, max = 200): s is string =>
  typeof s === "string" && s.length > 0 && s.length <= max;
const isIds = (a: unknown): a is string[] => Array.isArray(a) && a.every((id) => isText(id, 80));

function isSigningKey(s: unknown): boolean {
  try {
    return typeof s === "string" && fromBase64(s).length === 32;
  } catch {
    return false;
  }
}

function checkShape(r: Roster): void {
  if (r.version !== "oc-roster-1") throw bad("unknown roster version");
  if (!Number.isSafeInteger(r.serial) || r.serial < 1) throw bad("bad roster");
  if (Number.isNaN(Date.parse(r.issuedAt)) || Number.isNaN(Date.parse(r.expiresAt))) throw bad("bad roster");
  if (!Array.isArray(r.people) || !Array.isArray(r.channels)) throw bad("bad roster");
  const ids = new Set<string>();
  for (const p of r.people) {
    if (!isText(p?.id, 80) || !isText(p.displayName) || ids.has(p.id)) throw bad("bad roster");
    if (!isText(p.recipient, 4000) || !p.recipient.startsWith("age1pq1")) throw bad("bad roster");
    if (!isSigningKey(p.signingKey) || !isIds(p.roles)) throw bad("bad roster");
    ids.add(p.id);
  }
  for (const c of r.channels) {
    if (!isText(c?.id, 80) || !isText(c.name) || !isIds(c.handlers) || !isIds(c.custodians))
      throw bad("bad roster");
    for (const id of [...c.handlers, ...c.custodians]) if (!ids.has(id)) throw bad("bad roster");
  }
}

/**
 * Signs a new roster with the channel key. `previous` (the current roster, if any) fixes the next
 * serial; `now` is the signing time.
 */
export function signRoster(
  key: SigningKey,
  content: RosterContent,
  previous: Roster | null,
  now: Date,
): SignedStatement {
  const roster: Roster = {
    version: "oc-roster-1",
    serial: (previous?.serial ?? 0) + 1,
    issuedAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + ROSTER_LIFETIME_DAYS * 86_400_000).toISOString(),
    channelKey: key.publicKey,
    people: content.people,
    channels: content.channels,
  };
  checkShape(roster);
  return signStatement("oc-roster-1", key, JSON.stringify(roster));
}

/** What a reader requires of a roster beyond its own signature. */
export interface RosterCheck {
  /** A fingerprint learned out of band (poster, notice link); when given, the channel key must match it. */
  pin?: string | null;
  /** Reading time; an expired roster is refused. */
  now: Date;
}

/**
 * Verifies a signed roster and returns it. The signature is checked with the channel key the roster
 * names, so without a pin this proves only self-consistency: show `fingerprintOf(roster.channelKey)`
 * to the person to compare.
 *
 * @throws CryptoError("bad-signature") with reason `bad roster`, `unknown roster version`,
 *   `signature does not verify`, `pin does not match` or `roster expired`.
 */
export function openRoster(statement: SignedStatement, check: RosterCheck): Roster {
  if (typeof statement?.body !== "string" || statement.body.length > MAX_ROSTER_BYTES)
    throw bad("bad roster");
  let roster: Roster;
  try {
    roster = JSON.parse(statement.body) as Roster;
  } catch {
    throw bad("bad roster");
  }
  if (roster === null || typeof roster !== "object") throw bad("bad roster");
  checkShape(roster);
  verifyStatement("oc-roster-1", roster.channelKey, statement);
  if (check.pin != null && fingerprintOf(roster.channelKey) !== check.pin) throw bad("pin does not match");
  if (check.now.getTime() > Date.parse(roster.expiresAt)) throw bad("roster expired");
  return roster;
}

/** The people a report on `channelId` is encrypted to, by the roster alone. */
export function rosterRecipients(
  roster: Roster,
  channelId: string,
): { handlers: RosterPerson[]; custodians: RosterPerson[] } {
  const channel = roster.channels.find((c) => c.id === channelId);
  const person = (id: string) => roster.people.find((p) => p.id === id)!;
  return {
    handlers: channel?.handlers.map(person) ?? [],
    custodians: channel?.custodians.map(person) ?? [],
  };
}

/** Whether two roster contents list the same people, keys and channels (order of lists aside). */
export function sameRosterContent(a: RosterContent, b: RosterContent): boolean {
  const norm = (r: RosterContent) =>
    JSON.stringify({
      people: [...r.people]
        .map((p) => ({ ...p, roles: [...p.roles].sort() }))
        .sort((x, y) => (x.id < y.id ? -1 : 1))
        .map((p) => [p.id, p.displayName, p.recipient, p.signingKey, p.roles]),
      channels: [...r.channels]
        .sort((x, y) => (x.id < y.id ? -1 : 1))
        .map((c) => [c.id, c.name, [...c.handlers].sort(), [...c.custodians].sort()]),
    });
  return norm(a) === norm(b);
}
