/** Request shapes of server/routes/staff.ts: enrolment and sign-in. */
import * as v from "valibot";
import { secondFactorFields } from "../auth/second-factor";
import { authKey, b64, handle, kdf, recipient } from "../validate";

export const Enrol = v.strictObject({
  code: v.pipe(v.string(), v.minLength(20), v.maxLength(80)),
  handle,
  displayName: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(80)),
  recipient,
  kdf,
  authKey,
  sealedIdentity: b64(16 << 10),
});
export const Params = v.strictObject({ handle });
export const SignIn = v.strictObject({ handle, authKey, ...secondFactorFields });
