/** The request shapes of the reporting person's routes (routes/reporting.ts), checked at the edge by valibot. */
import * as v from "valibot";
import { b64, CONTENT, id, recipient, sealed, signingPublicKey, threadSeq, WRAPPED_KEY } from "../validate";

const loginKey = v.pipe(b64(64), v.length(44));

const wrappedKey = sealed(12 << 10, WRAPPED_KEY);
export const Submission = v.strictObject({
  loginKey,
  /** Chosen by the reporting person's browser, since the signed report names it. */
  caseId: v.optional(v.nullable(id), null),
  channelId: v.pipe(v.string(), v.regex(/^[0-9a-z-]{1,40}$/)),
  caseRecipient: recipient,
  report: sealed(6 << 20, CONTENT),
  reporterKey: wrappedKey,
  /** The reporting person's signing public key, derived from the token (crypto/SPEC.md). */
  signingKey: v.optional(v.nullable(signingPublicKey), null),
  handlerKeys: v.pipe(
    v.array(v.strictObject({ personId: v.pipe(v.string(), v.maxLength(40)), wrapped: wrappedKey })),
    v.minLength(1),
    v.maxLength(200),
  ),
  /** Category and first line of the report, encrypted to the case: what triage shows, decrypted in the browser. */
  summary: v.optional(v.nullable(sealed(16 << 10, CONTENT)), null),
  excludedPersonIds: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(40))), v.maxLength(200)), []),
  identity: v.optional(
    v.nullable(
      v.strictObject({
        recipient,
        section: sealed(1 << 20, CONTENT),
        custodianKeys: v.pipe(
          v.array(v.strictObject({ personId: v.pipe(v.string(), v.maxLength(40)), wrapped: wrappedKey })),
          v.minLength(1),
          v.maxLength(200),
        ),
      }),
    ),
    null,
  ),
});

export const InboxLogin = v.strictObject({ loginKey });
export const InboxMessage = v.strictObject({ loginKey, message: sealed(6 << 20, CONTENT), seq: threadSeq });
