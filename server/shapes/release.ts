/** Request shape of the signed client release (server/routes/trust.ts). */
import * as v from "valibot";
import { b64 } from "../validate";

/** A client release signed with the channel key (crypto/SPEC.md "Signed release"). */
export const Statement = v.strictObject({ body: v.pipe(v.string(), v.maxLength(4096)), signature: b64(100) });
