/**
 * TOTP (RFC 6238) through the otpauth package: SHA-1, 6 digits, 30 s, one step of drift either way.
 * A code is accepted once: the accepted time step is remembered and never accepted again.
 */
import { Secret, TOTP } from "otpauth";

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totp(secret: string, label = "handler") {
  return new TOTP({
    issuer: "Whistleblower channel",
    label,
    algorithm: "SHA1",
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secret),
  });
}

/** The otpauth:// URI for an authenticator app. */
export function totpUri(secret: string, label: string): string {
  return totp(secret, label).toString();
}

/** The current code, for tests and for nothing else. */
export function totpCode(secret: string, at: Date): string {
  return totp(secret).generate({ timestamp: at.getTime() });
}

/** The time step the code belongs to, or null when it is wrong or was already used. */
export function checkTotp(secret: string, code: string, at: Date, lastStep: number | null): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = totp(secret).validate({ token: code, timestamp: at.getTime(), window: 1 });
  if (delta === null) return null;
  const step = Math.floor(at.getTime() / 30_000) + delta;
  if (lastStep !== null && step <= lastStep) return null;
  return step;
}
