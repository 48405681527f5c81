/**
 * Request bodies of server/routes/access.ts. Wrapped keys are age files to one person; reasons and
 * disclosure details are encrypted to the case key in the browser (server/validate.ts).
 */
import * as v from "valibot";
import { CONTENT, STAFF_TEXT_MAX, sealed, threadSeq, WRAPPED_KEY } from "../validate";

export const Grant = v.strictObject({
  personId: v.pipe(v.string(), v.maxLength(40)),
  wrapped: sealed(12 << 10, WRAPPED_KEY),
  identityWrapped: v.optional(v.nullable(sealed(12 << 10, WRAPPED_KEY)), null),
});
export const Reason = v.strictObject({ reason: sealed(STAFF_TEXT_MAX, CONTENT) });
export const Decision = v.strictObject({ approve: v.boolean() });
export const Disclosure = v.strictObject({
  legalBasis: sealed(STAFF_TEXT_MAX, CONTENT),
  disclosedTo: sealed(STAFF_TEXT_MAX, CONTENT),
  jeopardises: v.boolean(),
  /** The written reasons to the reporting person, encrypted to the case; required unless jeopardises. */
  message: v.optional(v.nullable(sealed(6 << 20, CONTENT)), null),
  /** The place in the signed thread the message was signed for. */
  seq: threadSeq,
});
