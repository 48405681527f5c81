/** Request shapes of server/routes/staff.ts: a person's own security settings and recovery. */
import * as v from "valibot";
import { Proof, secondFactorFields } from "../auth/second-factor";
import { authKey, b64, handle, kdf } from "../validate";

/** Every change that could lock the person out carries `proof` (auth/second-factor.ts). */
export const Sealed = v.strictObject({
  proof: v.optional(Proof),
  kdf,
  authKey,
  sealedIdentity: b64(16 << 10),
});
export const NewPasskey = v.strictObject({
  proof: v.optional(Proof),
  response: v.looseObject({
    id: v.pipe(v.string(), v.maxLength(1024)),
    rawId: v.pipe(v.string(), v.maxLength(1024)),
    type: v.literal("public-key"),
    response: v.looseObject({}),
  }),
});
/** A grant from POST /session/recover: right after recovery, the recovery key stands in for the proof. */
const grant = v.pipe(v.string(), v.regex(/^[0-9a-z]{20,40}$/));
export const ChangePassphrase = v.strictObject({
  proof: v.optional(Proof),
  recovery: v.optional(v.strictObject({ authKey, grant })),
  kdf,
  authKey,
  sealedIdentity: b64(16 << 10),
});
export const Code = v.strictObject({ code: v.pipe(v.string(), v.regex(/^\d{6}$/)) });
export const RecoveryParams = v.strictObject({ handle });
export const Recover = v.strictObject({ handle, authKey, ...secondFactorFields });
export const Email = v.strictObject({
  proof: v.optional(Proof),
  email: v.nullable(v.pipe(v.string(), v.trim(), v.email(), v.maxLength(200))),
});
export const WithProof = v.strictObject({ proof: v.optional(Proof) });
