/** The request shapes of the notice and transparency routes (routes/notice.ts), checked at the edge by valibot. */
import * as v from "valibot";
import { badRequest } from "../errors";

const day = v.pipe(v.string(), v.isoDate());

export const Profile = v.strictObject({
  name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(120)),
  countries: v.pipe(v.array(v.pipe(v.string(), v.length(2))), v.minLength(1), v.maxLength(27)),
  languages: v.pipe(
    v.array(v.pipe(v.string(), v.minLength(2), v.maxLength(8))),
    v.minLength(1),
    v.maxLength(24),
  ),
  channelUrl: v.pipe(v.string(), v.url(), v.maxLength(300)),
  policyUrl: v.pipe(v.string(), v.url(), v.maxLength(300)),
  impartialFunction: v.strictObject({
    name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(120)),
    contact: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200)),
  }),
  oralChannel: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200))),
  meetingAvailable: v.optional(v.boolean()),
  retentionText: v.optional(v.pipe(v.string(), v.maxLength(1000))),
});
export const Issuance = v.strictObject({
  issuedOn: day,
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  channel: v.pipe(v.string(), v.trim(), v.minLength(2), v.maxLength(100)),
  audienceSize: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10_000_000)),
});
export const Period = v.strictObject({ from: day, to: day });

/**
 * The period of a preview page, read from its query string: a GET, so that it opens as a page of its
 * own, and therefore checked here rather than by a body validator.
 */
export function previewPeriodOf(from: string | undefined, to: string | undefined) {
  const input = v.safeParse(Period, { from, to });
  if (!input.success || input.output.from > input.output.to)
    throw badRequest("bad_period", "Choose a period whose start and end are dates, the start first.");
  return input.output;
}
