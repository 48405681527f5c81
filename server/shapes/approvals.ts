/** Request bodies of the approval routes (server/routes/admin.ts). */
import * as v from "valibot";
import { Proof } from "../auth/second-factor";

/** The approving admin's passphrase key and second factor (server/auth/second-factor.ts). */
export const Approve = v.strictObject({ proof: v.optional(Proof) });
