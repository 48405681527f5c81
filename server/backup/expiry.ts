/**
 * How long scheduled backups are kept. A backup holds every case as it was, so a case shredded in the
 * live database (Directive Art. 18, GDPR Art. 17) survives in each older backup until that backup
 * goes: the keeping period is therefore the time deletion takes to reach every copy, and it may never
 * be longer than the shortest retention period in force. Pure: dates in, values out.
 */
import type { JurisdictionProfile } from "../directive";

/** The default keeping period, in days. */
export const DEFAULT_KEEP_DAYS = 30;

/**
 * The shortest retention that can apply to a case under `profile` and the organisation's own years,
 * in days, counting a month as 28 days so that the result is never longer than the law's period.
 */
export function shortestRetentionDays(profile: JurisdictionProfile, retentionYears: number): number {
  const rule = profile.retention;
  const lawMonths = rule.unit === "years" ? rule.amount * 12 : rule.amount;
  const ownMonths = retentionYears * 12;
  let months = lawMonths;
  if (rule.kind === "organisation") months = ownMonths;
  else if (rule.kind === "cap") months = Math.min(lawMonths, ownMonths);
  if (profile.earlyDeletion) months = Math.min(months, profile.earlyDeletion.months);
  return months * 28;
}

/** The keeping period in force: the configured one, never longer than the shortest retention. */
export function keepDays(configured: number, profile: JurisdictionProfile, retentionYears: number): number {
  return Math.max(1, Math.min(configured, shortestRetentionDays(profile, retentionYears)));
}

/** A scheduled backup's file name for `createdAt`: `oc-backup-20261129T170000Z.age`. */
export function backupFileName(createdAt: Date): string {
  return `oc-backup-${createdAt
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z")}.age`;
}

/** The time in a scheduled backup's file name, or null for any other file. */
export function backupTimeOf(name: string): Date | null {
  const m = /^oc-backup-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z\.age$/.exec(name);
  if (!m) return null;
  return new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`);
}

/** The backups (by name) older than `days` at `now`. */
export function expired(names: readonly string[], now: Date, days: number): string[] {
  return names.filter((name) => {
    const at = backupTimeOf(name);
    return at !== null && now.getTime() - at.getTime() > days * 86_400_000;
  });
}
