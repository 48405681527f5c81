/**
 * Scheduled backups on Node: from the scheduler's interval, write an encrypted backup to BACKUP_DIR
 * every BACKUP_EVERY_HOURS (24) and delete those older than BACKUP_KEEP_DAYS (30, never longer than
 * the shortest retention in force; see expiry.ts). Each backup has a small plaintext record beside
 * it (`.json`): when it was taken, its counts and the newest audit entry and checkpoint it contains,
 * so an operator can tell which deletions a backup predates without opening it.
 */
import { readdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { NodeDatabase } from "../../db/node";
import { getBackupSettings } from "../../db/queries/backup";
import { getSettings } from "../../db/queries/settings";
import { profileOf } from "../directive";
import { backupFileName, backupTimeOf, DEFAULT_KEEP_DAYS, expired, keepDays } from "./expiry";
import { type BackupSummary, writeBackup } from "./snapshot";

export interface BackupSchedule {
  dir: string;
  everyHours: number;
  keepDays: number;
  /** BACKUP_RECIPIENT; otherwise the recipient the admins set in the console. */
  recipient?: string;
}

/** The schedule from the environment, or undefined when BACKUP_DIR is unset (scheduled backups off). */
export function backupScheduleFromEnv(env: Record<string, string | undefined>): BackupSchedule | undefined {
  if (!env.BACKUP_DIR) return undefined;
  const hours = Number(env.BACKUP_EVERY_HOURS ?? 24);
  const days = Number(env.BACKUP_KEEP_DAYS ?? DEFAULT_KEEP_DAYS);
  return {
    dir: env.BACKUP_DIR,
    everyHours: Number.isFinite(hours) && hours > 0 ? hours : 24,
    keepDays: Number.isFinite(days) && days > 0 ? days : DEFAULT_KEEP_DAYS,
    recipient: env.BACKUP_RECIPIENT || undefined,
  };
}

export interface ScheduledBackupResult {
  written: BackupSummary | null;
  /** Why nothing was written: "not-due" or "no-recipient". */
  skipped?: "not-due" | "no-recipient";
  expired: string[];
  keepDays: number;
}

/** One scheduler run: back up if due, then delete expired backups (and their records). */
export async function runScheduledBackup(
  deps: { database: NodeDatabase; dataDir: string; schedule: BackupSchedule },
  now: Date,
): Promise<ScheduledBackupResult> {
  const { schedule } = deps;
  const settings = await getSettings(deps.database);
  const keep = keepDays(schedule.keepDays, profileOf(settings.jurisdiction), settings.retentionYears);
  const names = await readdir(schedule.dir).catch(() => [] as string[]);
  const old = expired(names, now, keep);
  for (const name of old) {
    await rm(join(schedule.dir, name), { force: true });
    await rm(join(schedule.dir, name.replace(/\.age$/, ".json")), { force: true });
  }
  const newest = Math.max(0, ...names.map((n) => backupTimeOf(n)?.getTime() ?? 0));
  const result: ScheduledBackupResult = { written: null, expired: old, keepDays: keep };
  if (now.getTime() - newest < schedule.everyHours * 3_600_000) return { ...result, skipped: "not-due" };
  const recipient = schedule.recipient ?? (await getBackupSettings(deps.database))?.recipient;
  if (!recipient) return { ...result, skipped: "no-recipient" };
  const out = join(schedule.dir, backupFileName(now));
  const written = await writeBackup({ dataDir: deps.dataDir, recipient, out, now });
  const record = { ...written, file: backupFileName(now), keepDays: keep };
  await writeFile(out.replace(/\.age$/, ".json"), `${JSON.stringify(record, null, 2)}\n`, { mode: 0o600 });
  return { ...result, written };
}

/**
 * Runs `runScheduledBackup` every `everyMs` (first run now), never two at once. Returns a stop
 * function. Failures are logged by message only (paths and counts, never content).
 */
export function startBackupSchedule(
  deps: { database: NodeDatabase; dataDir: string; schedule: BackupSchedule; clock: () => Date },
  everyMs: number,
  log: (line: string) => void = (line) => console.warn(line),
): () => void {
  let running = false;
  let warnedNoRecipient = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const r = await runScheduledBackup(deps, deps.clock());
      if (r.written) {
        log(`backup: ${r.written.file} (${r.written.cases} cases, audit seq ${r.written.auditHead.seq})`);
      }
      if (r.expired.length > 0) log(`backup: deleted ${r.expired.length} older than ${r.keepDays} days`);
      if (r.skipped === "no-recipient" && !warnedNoRecipient) {
        warnedNoRecipient = true;
        log("backup: BACKUP_DIR is set but no backup recipient is (console, Backups, or BACKUP_RECIPIENT)");
      }
    } catch (e) {
      log(`backup: failed: ${e instanceof Error ? e.message : "unknown error"}`);
    } finally {
      running = false;
    }
  };
  const first = setTimeout(tick, 0);
  const timer = setInterval(tick, everyMs);
  timer.unref();
  first.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
