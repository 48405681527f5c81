/**
 * The second factor (TOTP or passkey, whichever the person has) for sign-in, recovery and every
 * sensitive change of one's own account. Sensitive changes also need the current passphrase's
 * authentication key: a stolen session cookie alone changes nothing that could lock the person out.
 */
import { utf8ToBytes } from "@noble/hashes/utils.js";
import type { AuthenticationResponseJSON } from "@simplewebauthn/server";
import { eq } from "drizzle-orm";
import type { Context } from "hono";
import * as v from "valibot";
import { constantTimeEqual, fromBase64 } from "../../crypto/index";
import type { Database } from "../../db/index";
import { withAudit } from "../../db/queries/audit";
import { hashSecret } from "../../db/queries/ids";
import type { Person } from "../../db/queries/persons";
import { persons } from "../../db/schema";
import type { Env } from "../context";
import { AppError } from "../errors";
import { authKey } from "../validate";
import type { Backoff } from "./backoff";
import { passkeysOf, type RelyingParty, relyingParty, verifyAuthentication } from "./passkeys";
import { checkTotp } from "./totp";

/** A WebAuthn assertion (AuthenticationResponseJSON); @simplewebauthn verifies its shape. */
export const passkeyAssertion = v.looseObject({
  id: v.pipe(v.string(), v.maxLength(1024)),
  rawId: v.pipe(v.string(), v.maxLength(1024)),
  type: v.literal("public-key"),
  response: v.looseObject({}),
});
/** The nonce that /api/session/passkey/options handed out with the challenge. */
export const passkeyNonce = v.pipe(v.string(), v.regex(/^[0-9a-z]{20,40}$/));

export const secondFactorFields = {
  totp: v.optional(v.pipe(v.string(), v.maxLength(10))),
  passkey: v.optional(passkeyAssertion),
  passkeyNonce: v.optional(passkeyNonce),
};

/** Proof that the person at the keyboard is the account's owner: passphrase key and second factor. */
export const Proof = v.strictObject({ authKey, ...secondFactorFields });

export type SecondFactorInput = {
  totp?: string | undefined;
  passkey?: unknown;
  passkeyNonce?: string | undefined;
};

export type SecondFactorResult =
  | { ok: true; factor: "none" | "totp" | "passkey" }
  | { ok: false; missing: ("totp" | "passkey")[] }
  | { ok: false; bad: "totp" | "passkey" };

/**
 * Checks the person's second factor, if they have one; a TOTP code is accepted once. `rp` is where
 * their passkeys are bound (server/auth/passkeys.ts).
 */
export async function checkSecondFactor(
  database: Database,
  rp: RelyingParty,
  person: Person,
  input: SecondFactorInput,
  now: Date,
): Promise<SecondFactorResult> {
  const keys = await passkeysOf(database, person.id);
  const hasTotp = Boolean(person.totpEnabledAt && person.totpSecret);
  if (!hasTotp && keys.length === 0) return { ok: true, factor: "none" };
  if (input.passkey && input.passkeyNonce && keys.length > 0) {
    const passed = await verifyAuthentication(
      database,
      person,
      input.passkey as AuthenticationResponseJSON,
      input.passkeyNonce,
      rp,
      now,
    );
    return passed ? { ok: true, factor: "passkey" } : { ok: false, bad: "passkey" };
  }
  if (input.totp && hasTotp && person.totpSecret) {
    const step = checkTotp(person.totpSecret, input.totp, now, person.totpLastStep);
    if (step === null) return { ok: false, bad: "totp" };
    await database.db.update(persons).set({ totpLastStep: step }).where(eq(persons.id, person.id));
    return { ok: true, factor: "totp" };
  }
  return {
    ok: false,
    missing: [...(hasTotp ? (["totp"] as const) : []), ...(keys.length ? (["passkey"] as const) : [])],
  };
}

/** The 401 for a second factor that is missing or wrong. */
export function secondFactorError(result: Exclude<SecondFactorResult, { ok: true }>): AppError {
  if ("missing" in result) {
    return new AppError(
      401,
      result.missing.includes("totp") ? "totp_required" : "passkey_required",
      `Confirm with your second factor (${result.missing.join(" or ")}).`,
      { methods: result.missing },
    );
  }
  return new AppError(
    401,
    result.bad === "passkey" ? "bad_passkey" : "bad_totp",
    result.bad === "passkey"
      ? "The passkey did not verify."
      : "That code is not right. Codes change every 30 seconds and work once.",
  );
}

/** True when `given` (a base64 key) hashes to `stored`, compared in constant time. */
export function keyMatches(given: string, stored: string | null): boolean {
  return (
    stored !== null && constantTimeEqual(utf8ToBytes(hashSecret(fromBase64(given))), utf8ToBytes(stored))
  );
}

/** What checking a person's proof needs: no request, only the database, the time and the back-off. */
export interface ProofCtx {
  database: Database;
  now: Date;
  /** Where passkeys are bound: the channel's public origin (server/auth/passkeys.ts). */
  rp: RelyingParty;
  /** Sign-in and proof back-off, kept by the app across requests (server/auth/backoff.ts). */
  backoff: Backoff;
}

/** A sensitive change's `proof`, as the request schemas (`Proof`) give it. */
export type ProofInput = v.InferOutput<typeof Proof>;

/**
 * Throws unless `proof` carries `person`'s current passphrase key and their second factor.
 * Failures count against the person's back-off, so a stolen cookie cannot guess codes.
 */
export async function checkProof(ctx: ProofCtx, person: Person, proof: ProofInput | undefined) {
  const { database, now, backoff } = ctx;
  const key = `proof:${person.id}`;
  backoff.check(key, now.getTime());
  const fail = async (error: AppError) => {
    backoff.fail(key, now.getTime());
    await withAudit(database, { actor: person.id, action: "proof.failed" }, now, () => []);
    return error;
  };
  const required = () =>
    new AppError(401, "proof_required", "Confirm with your current passphrase and second factor.");
  if (!proof) throw required();
  if (!keyMatches(proof.authKey, person.authKeyHash)) throw await fail(required());
  const second = await checkSecondFactor(database, ctx.rp, person, proof, now);
  if (!second.ok)
    throw "missing" in second ? secondFactorError(second) : await fail(secondFactorError(second));
  backoff.reset(key);
}

/** `checkProof` for the signed-in person of a route that has not moved its checks into a verb yet. */
export async function requireProof(c: Context<Env>, proof: ProofInput | undefined) {
  const { database, clock, publicUrl } = c.var.deps;
  const rp = relyingParty(c.req.url, publicUrl);
  await checkProof({ database, now: clock(), rp, backoff: c.var.backoff }, c.var.person, proof);
}
