/** Request shapes of the register export (server/routes/admin.ts). */
import * as v from "valibot";

/** The age X25519 recipient the register is encrypted to. */
export const Export = v.strictObject({
  recipient: v.pipe(v.string(), v.regex(/^age1[02-9ac-hj-np-z]{58}$/, "an age X25519 recipient (age1...)")),
});
