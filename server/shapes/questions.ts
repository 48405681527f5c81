/** Request bodies of server/routes/settings.ts: a channel's questions are public text, never answers. */
import * as v from "valibot";

const text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));

export const Question = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,40}$/)),
  type: v.picklist(["text", "single", "multiple", "date"]),
  label: text(300),
  options: v.optional(v.pipe(v.array(text(200)), v.maxLength(20)), []),
});
export const Questions = v.strictObject({ questions: v.pipe(v.array(Question), v.maxLength(20)) });
