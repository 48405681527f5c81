/**
 * Scheduled work, run by the Node interval (`startIntervalScheduler`) and by Workers Cron Triggers
 * (`runScheduledJobs` from the `scheduled` handler): crypto-shred cases past their retention date,
 * plan today's reminders, queue them in the outbox, and deliver whatever the outbox holds.
 *
 * Mail is best effort and never in the way: a failed delivery counts an attempt, records the error's
 * code and waits for the next run, and nothing a mail server does makes a run throw. A reminder not
 * delivered on its day is dropped (the next day's plan counts afresh), and so is one whose person has
 * since removed or changed their address. Portable: no Node APIs.
 */
import type { Database } from "../db/index";
import { auditHead } from "../db/queries/audit";
import { randomId } from "../db/queries/ids";
import {
  claimMail,
  dropRedirectedReminders,
  dropStaleReminders,
  enqueueMail,
  markMailFailed,
  markMailSent,
  notifyAddresses,
  openCaseClocks,
  pruneSentMail,
  unsentMail,
} from "../db/queries/reminders";
import { getSettings } from "../db/queries/settings";
import type { AppDeps, Mailer } from "./deps";
import { todayIn } from "./directive";
import { queueActivityMails } from "./reminders/activity";
import { reminderMail } from "./reminders/mail";
import { queueNoticeReminders } from "./reminders/notice";
import { planReminders } from "./reminders/plan";
import { queueRetentionReminders } from "./reminders/retention";
import { type RetentionResult, runRetention } from "./retention";

export type SchedulerDeps = Pick<AppDeps, "database" | "mailer" | "publicUrl" | "defaults" | "blobs">;

/** What one run did, in counts and error codes only. */
export interface RunSummary {
  /** The organisation's date the run planned for. */
  day: string;
  /** "off" when no mailer is configured: nothing is planned or queued then. */
  mail: "on" | "off";
  /** People with cases needing attention (with or without an address). */
  planned: number;
  queued: number;
  sent: number;
  failed: number;
  /** Codes of the failures, e.g. ["ECONNECTION"]. */
  errors: string[];
  /** Cases the rule engine could not read (malformed stored facts). */
  unreadable: number;
  /** Retention: cases crypto-shredded in this run, kept under a legal hold, and due within 30 days. */
  retention: RetentionResult;
}

/** Mails tried per run; the rest wait for the next. */
const BATCH = 100;
/** Sent mails are kept this long for their dedupe key, then forgotten with their addresses. */
const KEEP_SENT_MS = 7 * 86_400_000;
/** Failures that concern one mail; any other failure means the server is unreachable or refusing us. */
const PER_MAIL_CODES = new Set(["EENVELOPE", "EMESSAGE"]);

/** Runs every scheduled job once, for the instant `now`. Throws only when the database does. */
export async function runScheduledJobs(deps: SchedulerDeps, now: Date): Promise<RunSummary> {
  const { database, mailer } = deps;
  const s = await getSettings(database, deps.defaults, now);
  const day = todayIn(s.timeZone, now);
  const summary: RunSummary = {
    day,
    mail: mailer ? "on" : "off",
    planned: 0,
    queued: 0,
    sent: 0,
    failed: 0,
    errors: [],
    unreadable: 0,
    retention: await runRetention(database, now, 30, deps.blobs),
  };
  if (!mailer) return summary;

  await dropStaleReminders(database, day);
  await dropRedirectedReminders(database);
  const plan = planReminders(await openCaseClocks(database), s, day);
  summary.planned = plan.reminders.length;
  summary.unreadable = plan.unreadable.length;
  const addresses = await notifyAddresses(
    database,
    plan.reminders.map((r) => r.personId),
  );
  const head = await auditHead(database);
  for (const r of plan.reminders) {
    const to = addresses.get(r.personId);
    if (!to) continue;
    const mail = reminderMail(r, deps.publicUrl, head);
    const queued = await enqueueMail(database, {
      id: randomId(),
      to,
      subject: mail.subject,
      body: mail.text,
      createdAt: now.toISOString(),
      dedupeKey: r.dedupeKey,
    });
    if (queued) summary.queued++;
  }

  summary.queued += await queueActivityMails(database, now, deps.publicUrl);
  summary.queued += await queueNoticeReminders(database, day, now, deps.publicUrl);
  summary.queued += await queueRetentionReminders(
    database,
    summary.retention.warnings,
    day,
    now,
    deps.publicUrl,
  );

  await deliverOutbox(database, mailer, now, summary);
  await pruneSentMail(database, new Date(now.getTime() - KEEP_SENT_MS));
  return summary;
}

async function deliverOutbox(
  database: Database,
  mailer: Mailer,
  now: Date,
  summary: RunSummary,
): Promise<void> {
  for (const row of await unsentMail(database, BATCH)) {
    if (!(await claimMail(database, row))) continue;
    try {
      await mailer.send({ to: row.to, subject: row.subject, text: row.body });
    } catch (e) {
      const code = failureCode(e);
      await markMailFailed(database, row.id, code);
      summary.failed++;
      summary.errors.push(code);
      // The server is down or refusing us: the rest would only wait out the same timeouts.
      if (!PER_MAIL_CODES.has(code.split(":")[0] ?? "")) return;
      continue;
    }
    await markMailSent(database, row.id, now);
    summary.sent++;
  }
}

/** An error's code or name, never its message (which can quote a server's reply or an address). */
export function failureCode(e: unknown): string {
  const { code, name } = (e ?? {}) as { code?: unknown; name?: unknown };
  if (typeof code === "string" && /^[A-Za-z0-9_:]{1,40}$/.test(code)) return code;
  if (typeof name === "string" && /^[A-Za-z0-9_]{1,40}$/.test(name)) return name;
  return "Error";
}

/**
 * Runs the jobs now and then every `everyMs` on Node, never two runs at once. Returns a function that
 * stops the timer. A run that throws (the database) is logged by error name and retried next time.
 */
export function startIntervalScheduler(
  deps: SchedulerDeps & Pick<AppDeps, "clock">,
  everyMs: number,
  log: (line: string) => void = (line) => console.warn(line),
): () => void {
  let running = false;
  let stopped = false;
  const tick = async () => {
    if (running || stopped) return;
    running = true;
    try {
      const r = await runScheduledJobs(deps, deps.clock());
      if (r.failed > 0)
        log(
          `mail: ${r.failed} not delivered (${[...new Set(r.errors)].join(", ")}); retrying on the next run`,
        );
      if (r.unreadable > 0) log(`reminders: ${r.unreadable} case(s) with dates the rule engine rejected`);
    } catch (e) {
      log(`scheduled jobs failed: ${failureCode(e)}`);
    } finally {
      running = false;
    }
  };
  const first = setTimeout(tick, 0);
  const timer = setInterval(tick, everyMs);
  // On Node, a pending timer must not keep a stopping process alive.
  (timer as { unref?: () => void }).unref?.();
  (first as { unref?: () => void }).unref?.();
  return () => {
    stopped = true;
    clearTimeout(first);
    clearInterval(timer);
  };
}
