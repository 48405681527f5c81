/** Request shapes of server/routes/release.ts. */
import * as v from "valibot";
import { b64 } from "../validate";

/** A client release signed with the channel key (crypto/SPEC.md "Signed release"). */
export const Statement = v.strictObject({ body: v.pipe(v.string(), v.maxLength(4096)), signature: b64(100) });
