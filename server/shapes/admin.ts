/** Request shapes of server/routes/admin.ts: enrolment links, roles, channels and their members. */
import * as v from "valibot";

const ROLE = v.picklist(["admin", "handler", "custodian"]);
export const NewEnrolment = v.strictObject({
  roles: v.pipe(v.array(ROLE), v.minLength(1), v.maxLength(3)),
  channelIds: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(40))), v.maxLength(50)), []),
});
export const Roles = v.strictObject({ roles: v.pipe(v.array(ROLE), v.minLength(1), v.maxLength(3)) });
export const NewChannel = v.strictObject({
  name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(60)),
});
export const Members = v.strictObject({
  personIds: v.pipe(v.array(v.pipe(v.string(), v.maxLength(40))), v.maxLength(200)),
});
