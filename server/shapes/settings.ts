/** The request shapes of the organisation settings routes (routes/settings.ts), checked at the edge by valibot. */
import * as v from "valibot";
import { JURISDICTIONS } from "../directive";

/** The zone's canonical name, or `null` when the runtime does not know it. */
function canonicalTimeZone(zone: string): string | null {
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** An IANA time zone the runtime knows, stored under its canonical name. */
export const timeZone = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(1),
  v.maxLength(64),
  v.check((z) => canonicalTimeZone(z) !== null, "not a known time zone"),
  v.transform((z) => canonicalTimeZone(z) ?? z),
);

const whole = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));

export const Change = v.pipe(
  v.strictObject({
    orgName: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(120))),
    jurisdiction: v.optional(v.picklist(JURISDICTIONS)),
    timeZone: v.optional(timeZone),
    /** Years kept after closure where the law leaves the period open or only caps it (LAW.md section 6). */
    retentionYears: v.optional(whole(1, 10)),
    /** Lead times of reminders, in days before the deadline. The acknowledgement period is 7 days. */
    reminderAckDays: v.optional(whole(0, 7)),
    reminderFeedbackDays: v.optional(whole(0, 90)),
    requireTotp: v.optional(v.boolean()),
    requireDisclosureApproval: v.optional(v.boolean()),
  }),
  v.check((o) => Object.keys(o).length > 0, "send at least one setting"),
);
