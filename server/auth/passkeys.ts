/**
 * Passkeys (WebAuthn) as a second factor, the alternative to TOTP, through @simplewebauthn/server.
 * The passphrase is still needed: it alone unseals the person's identity in the browser.
 */
import { hmac } from "@noble/hashes/hmac.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { utf8ToBytes } from "@noble/hashes/utils.js";
import {
  type AuthenticationResponseJSON,
  generateRegistrationOptions,
  type RegistrationResponseJSON,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from "@simplewebauthn/server";
import { isoBase64URL } from "@simplewebauthn/server/helpers";
import { and, eq, lt } from "drizzle-orm";
import type { Database } from "../../db/index";
import { randomId } from "../../db/queries/ids";
import type { Person } from "../../db/queries/persons";
import { challenges, passkeys } from "../../db/schema";

const CHALLENGE_TTL_MS = 5 * 60 * 1000;

export interface RelyingParty {
  origin: string;
  rpID: string;
}

export function relyingParty(requestUrl: string, publicUrl?: string): RelyingParty {
  const u = new URL(publicUrl ?? requestUrl);
  return { origin: u.origin, rpID: u.hostname };
}

async function saveChallenge(
  database: Database,
  personId: string,
  purpose: string,
  challenge: string,
  now: Date,
  id = randomId(),
) {
  await database.db.delete(challenges).where(lt(challenges.expiresAt, now.toISOString()));
  await database.db.insert(challenges).values({
    id,
    personId,
    purpose,
    challenge,
    expiresAt: new Date(now.getTime() + CHALLENGE_TTL_MS).toISOString(),
  });
}

/** Takes (and deletes) the newest live challenge: each one is used at most once. */
async function takeChallenge(
  database: Database,
  personId: string,
  purpose: string,
  now: Date,
): Promise<string | null> {
  const rows = await database.db
    .select()
    .from(challenges)
    .where(and(eq(challenges.personId, personId), eq(challenges.purpose, purpose)));
  await database.db
    .delete(challenges)
    .where(and(eq(challenges.personId, personId), eq(challenges.purpose, purpose)));
  const live = rows
    .filter((r) => r.expiresAt > now.toISOString())
    .sort((a, b) => a.expiresAt.localeCompare(b.expiresAt));
  return live.at(-1)?.challenge ?? null;
}

/**
 * Takes (and deletes) the sign-in challenge with id `nonce`: the one this browser was given, so that
 * others asking for options in the meantime cannot replace it. Each one is used at most once.
 */
async function takeChallengeByNonce(
  database: Database,
  personId: string,
  nonce: string,
  now: Date,
): Promise<string | null> {
  const where = and(
    eq(challenges.id, nonce),
    eq(challenges.personId, personId),
    eq(challenges.purpose, "authenticate"),
  );
  const [row] = await database.db.select().from(challenges).where(where);
  if (!row) return null;
  await database.db.delete(challenges).where(where);
  return row.expiresAt > now.toISOString() ? row.challenge : null;
}

export async function passkeysOf(database: Database, personId: string) {
  return database.db.select().from(passkeys).where(eq(passkeys.personId, personId));
}

export async function registrationOptions(database: Database, person: Person, rp: RelyingParty, now: Date) {
  const existing = await passkeysOf(database, person.id);
  const options = await generateRegistrationOptions({
    rpName: "Whistleblower channel",
    rpID: rp.rpID,
    userName: person.handle,
    userDisplayName: person.displayName,
    attestationType: "none",
    excludeCredentials: existing.map((k) => ({ id: k.id })),
    authenticatorSelection: { residentKey: "preferred", userVerification: "preferred" },
  });
  await saveChallenge(database, person.id, "register", options.challenge, now);
  return options;
}

/** Verifies a new passkey and returns the row to store, or null when it does not verify. */
export async function verifyRegistration(
  database: Database,
  person: Person,
  response: RegistrationResponseJSON,
  rp: RelyingParty,
  now: Date,
) {
  const expectedChallenge = await takeChallenge(database, person.id, "register", now);
  if (!expectedChallenge) return null;
  const result = await verifyRegistrationResponse({
    response,
    expectedChallenge,
    expectedOrigin: rp.origin,
    expectedRPID: rp.rpID,
    requireUserVerification: false,
  }).catch(() => null);
  if (!result?.verified || !result.registrationInfo) return null;
  const cred = result.registrationInfo.credential;
  return {
    id: cred.id,
    personId: person.id,
    publicKey: isoBase64URL.fromBuffer(cred.publicKey),
    counter: cred.counter,
    transports: JSON.stringify(cred.transports ?? []),
    createdAt: now.toISOString(),
  };
}

const base64url = (bytes: Uint8Array) => isoBase64URL.fromBuffer(new Uint8Array(bytes));

/**
 * Sign-in options for `handle`, built the same way whether or not the handle exists or has passkeys:
 * one key order, a 32-byte challenge, and where there is no real passkey one stable fake credential
 * (an HMAC of the handle under a stored secret). The challenge is stored under a random nonce that the
 * browser returns with its assertion. `personId` is null for unknown handles: their challenge is
 * stored too, so both paths do the same work.
 */
export async function authenticationOptions(
  database: Database,
  person: { id: string; handle: string } | null,
  handle: string,
  secret: Uint8Array,
  rp: RelyingParty,
  now: Date,
) {
  const keys = person ? await passkeysOf(database, person.id) : [];
  const allowCredentials =
    keys.length > 0
      ? keys.map((k) => ({ id: k.id, type: "public-key", transports: JSON.parse(k.transports ?? "[]") }))
      : [
          {
            id: base64url(hmac(sha256, secret, utf8ToBytes(`passkey-id:${handle}`))),
            type: "public-key",
            transports: ["internal", "hybrid"],
          },
        ];
  const challenge = base64url(crypto.getRandomValues(new Uint8Array(32)));
  const nonce = randomId();
  await saveChallenge(database, person?.id ?? "-", "authenticate", challenge, now, nonce);
  return {
    options: { rpId: rp.rpID, challenge, allowCredentials, timeout: 60000, userVerification: "preferred" },
    nonce,
  };
}

/** True when the assertion verifies against one of the person's passkeys; the counter moves on. */
export async function verifyAuthentication(
  database: Database,
  person: Person,
  response: AuthenticationResponseJSON,
  nonce: string,
  rp: RelyingParty,
  now: Date,
): Promise<boolean> {
  const expectedChallenge = await takeChallengeByNonce(database, person.id, nonce, now);
  if (!expectedChallenge) return false;
  const key = (await passkeysOf(database, person.id)).find((k) => k.id === response.id);
  if (!key) return false;
  const result = await verifyAuthenticationResponse({
    response,
    expectedChallenge,
    expectedOrigin: rp.origin,
    expectedRPID: rp.rpID,
    credential: {
      id: key.id,
      publicKey: isoBase64URL.toBuffer(key.publicKey),
      counter: key.counter,
      transports: JSON.parse(key.transports ?? "[]"),
    },
    requireUserVerification: false,
  }).catch(() => null);
  if (!result?.verified) return false;
  await database.db
    .update(passkeys)
    .set({ counter: result.authenticationInfo.newCounter })
    .where(eq(passkeys.id, key.id));
  return true;
}
