/**
 * First start: the settings row, a default routing channel, and a one-time enrolment link for the
 * first person (admin, handler and custodian at once, so that one person can run a small channel).
 * Creating that link is the first entry of the audit log.
 */
import { toBase64 } from "../crypto/index";
import type { Database } from "../db/index";
import { withAudit } from "../db/queries/audit";
import { hashSecret, randomId } from "../db/queries/ids";
import { activePersonCount } from "../db/queries/persons";
import { makeStoredSecrets } from "../db/queries/secrets";
import { getSettings, type SettingsDefaults } from "../db/queries/settings";
import { channels, enrolments } from "../db/schema";

export const DEFAULT_CHANNEL = "default";
export const ENROLMENT_TTL_MS = 24 * 60 * 60 * 1000;

/** A fresh enrolment code: 160 bits, URL-safe. */
export function newEnrolmentCode(): string {
  return toBase64(crypto.getRandomValues(new Uint8Array(20)))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
}

/** Creates an enrolment link's record and audits it; returns the code (shown once, never stored). */
export async function createEnrolment(
  database: Database,
  opts: { roles: string[]; channelIds: string[]; createdBy: string | null; now: Date },
): Promise<{ code: string; expiresAt: string }> {
  const code = newEnrolmentCode();
  const id = randomId();
  const expiresAt = new Date(opts.now.getTime() + ENROLMENT_TTL_MS).toISOString();
  await withAudit(
    database,
    {
      actor: opts.createdBy,
      action: "enrolment.created",
      detail: { enrolment: id, roles: opts.roles, expiresAt },
    },
    opts.now,
    () => [
      database.db.insert(enrolments).values({
        id,
        codeHash: hashSecret(code),
        roles: JSON.stringify(opts.roles),
        channelIds: JSON.stringify(opts.channelIds),
        createdAt: opts.now.toISOString(),
        expiresAt,
        createdBy: opts.createdBy,
      }),
    ],
  );
  return { code, expiresAt };
}

/** The settings row and the default routing channel; idempotent (both entries call it). */
export async function prepareChannel(
  database: Database,
  defaults: SettingsDefaults | undefined,
  now: Date,
): Promise<void> {
  await getSettings(database, defaults, now);
  await makeStoredSecrets(database);
  await database.db
    .insert(channels)
    .values({ id: DEFAULT_CHANNEL, name: "All reports", createdAt: now.toISOString() })
    .onConflictDoNothing();
}

/**
 * Makes sure the channel can start. Returns a first enrolment code while nobody is enrolled yet:
 * the code is never stored, so a restart before anyone enrolled prints a new one. (Workers cannot
 * print: there the first link comes from the setup route, server/routes/setup.ts.)
 */
export async function bootstrap(database: Database, defaults: SettingsDefaults | undefined, now: Date) {
  await prepareChannel(database, defaults, now);
  if ((await activePersonCount(database)) > 0) return null;
  return createEnrolment(database, {
    roles: ["admin", "handler", "custodian"],
    channelIds: [DEFAULT_CHANNEL],
    createdBy: null,
    now,
  });
}
