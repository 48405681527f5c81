/** Request shapes of the enrolment-link check in server/routes/admin.ts. */
import * as v from "valibot";

/** An enrolment link's code, in a POST body so that no proxy log holds it. */
export const EnrolmentCode = v.strictObject({ code: v.pipe(v.string(), v.minLength(20), v.maxLength(80)) });
