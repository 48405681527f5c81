/**
 * First start: the settings row, a default routing channel, and a one-time enrolment link for the
 * first person (admin, handler and custodian at once, so that one person can run a small channel).
 * Creating that link is the first entry of the audit log.
 */
import { and, eq, gt, isNull } from "drizzle-orm";
import { toBase64 } from "../crypto/index";
import type { Database } from "../db/index";
import { pendingInsert } from "../db/queries/approvals";
import { withAudit } from "../db/queries/audit";
import { hashSecret, randomId } from "../db/queries/ids";
import { activePersonCount } from "../db/queries/persons";
import { makeStoredSecrets } from "../db/queries/secrets";
import { getSettings, type SettingsDefaults } from "../db/queries/settings";
import { channels, enrolments } from "../db/schema";
import { backfillDueDays } from "./case/due";
import { conflict } from "./errors";

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
  opts: {
    roles: string[];
    channelIds: string[];
    createdBy: string | null;
    now: Date;
    /** Set when the link waits for a second admin (server/admin/readers.ts): unusable until approved. */
    pendingId?: string;
  },
): Promise<{ id: string; code: string; expiresAt: string }> {
  const code = newEnrolmentCode();
  const id = randomId();
  const expiresAt = new Date(opts.now.getTime() + ENROLMENT_TTL_MS).toISOString();
  await withAudit(
    database,
    {
      actor: opts.createdBy,
      action: "enrolment.created",
      detail: {
        enrolment: id,
        roles: opts.roles,
        expiresAt,
        ...(opts.pendingId ? { pending: opts.pendingId } : {}),
      },
    },
    opts.now,
    () => [
      ...(opts.pendingId && opts.createdBy
        ? [
            pendingInsert(database, {
              id: opts.pendingId,
              kind: "enrolment",
              target: id,
              change: JSON.stringify({ roles: opts.roles, channelIds: opts.channelIds }),
              requestedBy: opts.createdBy,
              requestedAt: opts.now.toISOString(),
            }),
          ]
        : []),
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
  return { id, code, expiresAt };
}

/** The settings row and the default routing channel; idempotent (both entries call it). */
export async function prepareChannel(
  database: Database,
  defaults: SettingsDefaults | undefined,
  now: Date,
): Promise<void> {
  const settings = await getSettings(database, defaults, now);
  // Cases stored before the triage index existed get their next due day once.
  await backfillDueDays(database, settings);
  await makeStoredSecrets(database);
  await database.db
    .insert(channels)
    .values({ id: DEFAULT_CHANNEL, name: "All reports", createdAt: now.toISOString() })
    .onConflictDoNothing();
}

/** The operator's open links (made at first start or by `npm run enrol`, not by an admin). */
async function openOperatorLinks(database: Database, now: Date) {
  return database.db
    .select()
    .from(enrolments)
    .where(
      and(
        isNull(enrolments.createdBy),
        isNull(enrolments.usedAt),
        gt(enrolments.expiresAt, now.toISOString()),
      ),
    );
}

/**
 * A fresh link from the operator (`npm run enrol`, the Workers setup route): any other open operator
 * link is revoked first, so that at most one is valid.
 */
export async function operatorEnrolment(database: Database, roles: string[], now: Date) {
  for (const old of await openOperatorLinks(database, now)) {
    await withAudit(
      database,
      { actor: null, action: "enrolment.revoked", detail: { enrolment: old.id } },
      now,
      () => [
        database.db
          .update(enrolments)
          .set({ expiresAt: now.toISOString() })
          .where(and(eq(enrolments.id, old.id), isNull(enrolments.usedAt))),
      ],
    );
  }
  return createEnrolment(database, { roles, channelIds: [DEFAULT_CHANNEL], createdBy: null, now });
}

export const FIRST_ROLES = ["admin", "handler", "custodian"];

/**
 * The first enrolment link from the Workers setup route (server/routes/setup.ts), only while nobody is
 * enrolled (409 `already_enrolled`). Asking again gives a fresh link, and the earlier one (if still
 * open) stops working. `base` is the channel's public origin, without a trailing slash.
 */
export async function setupEnrolmentLink(
  database: Database,
  defaults: SettingsDefaults | undefined,
  now: Date,
  base: string,
): Promise<{ link: string; expiresAt: string }> {
  if ((await activePersonCount(database)) > 0) {
    throw conflict("already_enrolled", "Someone is enrolled already; ask them for an enrolment link.");
  }
  await prepareChannel(database, defaults, now);
  const first = await operatorEnrolment(database, FIRST_ROLES, now);
  return { link: `${base}/handler.html#enrol=${first.code}`, expiresAt: first.expiresAt };
}

/**
 * Makes sure the channel can start. While nobody is enrolled it returns the first enrolment link: a
 * new one (`code`) if none is open, otherwise only the open one's expiry (its code is not stored, so
 * it cannot be shown again; `npm run enrol` makes a fresh one). A restart never adds a second link.
 * (Workers cannot print: there the first link comes from the setup route, server/routes/setup.ts.)
 */
export async function bootstrap(
  database: Database,
  defaults: SettingsDefaults | undefined,
  now: Date,
): Promise<{ code?: string; expiresAt: string } | null> {
  await prepareChannel(database, defaults, now);
  if ((await activePersonCount(database)) > 0) return null;
  const [open] = await openOperatorLinks(database, now);
  if (open) return { expiresAt: open.expiresAt };
  return createEnrolment(database, {
    roles: FIRST_ROLES,
    channelIds: [DEFAULT_CHANNEL],
    createdBy: null,
    now,
  });
}
