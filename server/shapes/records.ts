/**
 * Request bodies of server/routes/records.ts. Every text is an age ciphertext to the case; `seq` is the
 * place in the signed thread the writer's browser signed the entry for (409 thread_moved).
 */
import * as v from "valibot";
import { b64, CONTENT, id, sealed, threadSeq } from "../validate";

const text = sealed(6 << 20, CONTENT);
const version = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10_000));
const loginKey = v.pipe(b64(64), v.length(44));

export const NewRecord = v.strictObject({
  id,
  type: v.picklist(["minutes", "transcript"]),
  transcribes: v.optional(v.nullable(id), null),
  text,
  seq: threadSeq,
});
export const Revision = v.strictObject({ version, text, seq: threadSeq });
export const Meeting = v.strictObject({ message: text, seq: threadSeq });
export const InboxMeeting = v.strictObject({ loginKey, message: text, seq: threadSeq });
export const InboxRecordAnswer = v.strictObject({ loginKey, version, message: text, seq: threadSeq });
