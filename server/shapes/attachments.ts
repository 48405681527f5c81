/** Request bodies of server/routes/attachments.ts: the start of a streamed upload (the chunks are raw bytes). */
import * as v from "valibot";
import { b64 } from "../validate";

export const Begin = v.strictObject({
  meta: b64(32 << 10),
  /** A voice recording: whether the reporting person consents to keeping it (Art. 18(2)). */
  keepRecording: v.optional(v.nullable(v.boolean()), null),
  size: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(Number.MAX_SAFE_INTEGER)),
});
