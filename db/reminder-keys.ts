/**
 * The outbox key of a reminder: one per person and day, so the unique `dedupeKey` queues a reminder at
 * most once. Pure; shared by the reminder plan (server/) and the outbox queries (db/).
 */

/** The dedupe key of a person's reminder on `day` (the organisation's date). */
export function reminderDedupeKey(day: string, personId: string): string {
  return `reminder:${day}:${personId}`;
}

/** The person a reminder dedupe key belongs to. */
export function personOfReminderKey(key: string): string {
  return key.split(":")[2] ?? "";
}
