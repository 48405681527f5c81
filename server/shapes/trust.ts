/** Request shapes of server/routes/trust.ts: signing keys, signed statements and seals. */
import * as v from "valibot";
import { b64 } from "../validate";

/** base64 of a 32-byte Ed25519 public key. */
const SigningKey = v.pipe(v.string(), v.regex(/^[A-Za-z0-9+/]{43}=$/));
export const SigningKeyChange = v.strictObject({ signingKey: SigningKey });
/** A signed roster or audit checkpoint (crypto/SPEC.md "Trust formats"). */
export const Statement = v.strictObject({
  body: v.pipe(v.string(), v.maxLength(1 << 20)),
  signature: b64(100),
});
export const Seals = v.strictObject({
  seals: v.pipe(
    v.array(v.strictObject({ personId: v.pipe(v.string(), v.maxLength(40)), sealed: b64(12 << 10) })),
    v.minLength(1),
    v.maxLength(50),
  ),
});
