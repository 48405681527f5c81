/**
 * The embedded default: one Node process, one SQLite file, attachments on disk, an interval
 * scheduler. `npm start` runs this after building the client.
 *   HOST (127.0.0.1), PORT (8787), DATA_DIR (./data), PUBLIC_URL (http://HOST:PORT),
 *   ORG_NAME, ORG_JURISDICTION (EU), ORG_TIME_ZONE (Europe/Brussels), SMTP_URL (off when unset),
 *   SMTP_FROM (required with SMTP_URL), SCHEDULER_MINUTES (5), ONION_LOCATION (unset),
 *   BACKUP_DIR (scheduled backups off when unset), BACKUP_EVERY_HOURS (24), BACKUP_KEEP_DAYS (30),
 *   BACKUP_RECIPIENT (else the console's), TRUST_PROXY (off; "1" behind a reverse proxy that appends
 *   the client address to X-Forwarded-For), POW_BITS (17: proof-of-work difficulty),
 *   ATTACHMENT_MAX_BYTES (2 GiB), CASE_ATTACHMENTS_MAX_BYTES (10 GiB).
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { serve } from "@hono/node-server";
import { getConnInfo } from "@hono/node-server/conninfo";
import { serveStatic } from "@hono/node-server/serve-static";
import { openSqlite } from "../db/node";
import { createApp } from "./app";
import { backupScheduleFromEnv, startBackupSchedule } from "./backup/schedule";
import { fileBlobStore } from "./blob/fs";
import { bootstrap } from "./bootstrap";
import { systemClock } from "./clock";
import { attachmentLimitsFrom } from "./evidence/limits";
import { localizedPagePath, pageLanguage } from "./i18n/page-language";
import { MailError, smtpConfigFromEnv, smtpMailer } from "./mail/smtp";
import { forwardedAddress } from "./middleware/rate-limit";
import { runRetention } from "./retention";
import { startIntervalScheduler } from "./scheduler";

const host = process.env.HOST ?? "127.0.0.1";
const port = Number(process.env.PORT ?? 8787);
const dataDir = resolve(process.env.DATA_DIR ?? "data");
const clientDir = resolve(process.env.CLIENT_DIR ?? "dist/client");
const publicUrl = (process.env.PUBLIC_URL ?? `http://${host}:${port}`).replace(/\/$/, "");
const trustProxy = ["1", "true", "yes"].includes((process.env.TRUST_PROXY ?? "").toLowerCase());
const defaults = {
  orgName: process.env.ORG_NAME ?? "Example organisation",
  jurisdiction: process.env.ORG_JURISDICTION ?? "EU",
  timeZone: process.env.ORG_TIME_ZONE ?? "Europe/Brussels",
};

if (!existsSync(join(clientDir, "report.html"))) {
  console.error(`The web client is not built (${clientDir}). Run 'npm run build' or 'npm start'.`);
  process.exit(1);
}

let smtp: ReturnType<typeof smtpConfigFromEnv>;
try {
  smtp = smtpConfigFromEnv(process.env);
} catch (e) {
  // Never echo SMTP_URL: it holds the password.
  console.error(
    `SMTP_URL/SMTP_FROM are not usable (${e instanceof MailError ? e.code : "ECONFIG"}): use smtp[s]://user:pass@host:port and an address.`,
  );
  process.exit(1);
}
const mailer = smtp ? smtpMailer(smtp) : undefined;

// Commits run on a thread of their own: the server's thread never waits for the disk (db/writer-thread.ts).
const database = openSqlite(join(dataDir, "channel.sqlite"), { writerThread: true });
const blobs = fileBlobStore(join(dataDir, "blobs"));
const app = createApp({
  database,
  clock: systemClock,
  secret: crypto.getRandomValues(new Uint8Array(32)),
  // The address keys the in-memory limits' HMAC only; it is never stored or logged.
  addressOf: trustProxy
    ? (c) => forwardedAddress(c) ?? getConnInfo(c).remote.address
    : (c) => getConnInfo(c).remote.address,
  blobs,
  attachmentLimits: attachmentLimitsFrom(process.env),
  publicUrl,
  defaults,
  mailer,
  onionLocation: process.env.ONION_LOCATION || undefined,
  powBits: process.env.POW_BITS ? Number(process.env.POW_BITS) : undefined,
  staticFiles: serveStatic({
    root: clientDir,
    // Reporter pages in the person's language (?lang=, else Accept-Language); see server/i18n.
    rewriteRequestPath: (p, c) =>
      localizedPagePath(p, pageLanguage(c.req.query("lang"), c.req.header("accept-language"))),
  }),
});

const first = await bootstrap(database, defaults, systemClock());
// The first retention run comes before the server listens: after a restore, cases whose retention
// ended since the backup was taken are shredded before anyone can open them.
await runRetention(database, systemClock(), 30, blobs);
const stopScheduler = startIntervalScheduler(
  { database, clock: systemClock, mailer, publicUrl, defaults, blobs },
  // Fractions are allowed (0.05 = 3 s), so tests need not wait whole minutes for a run.
  Math.max(0.05, Number(process.env.SCHEDULER_MINUTES) || 5) * 60_000,
);
const backupSchedule = backupScheduleFromEnv(process.env);
const stopBackups = backupSchedule
  ? startBackupSchedule({ database, dataDir, schedule: backupSchedule, clock: systemClock }, 15 * 60_000)
  : () => {};
if (!mailer) console.log("Reminder mails are off (set SMTP_URL and SMTP_FROM to turn them on).");
const server = serve({ fetch: app.fetch, hostname: host, port }, () => {
  console.log(`Whistleblower channel running at ${publicUrl}/  (data in ${dataDir})`);
  if (first?.code) {
    console.log(
      "\nNobody is enrolled yet. Open this one-time link to enrol the first person (admin, handler, custodian).",
    );
    console.log(
      `It is valid until ${first.expiresAt} and works once:\n\n  ${publicUrl}/handler.html#enrol=${first.code}\n`,
    );
  } else if (first) {
    console.log(
      `\nNobody is enrolled yet. The first enrolment link printed earlier is valid until ${first.expiresAt}.` +
        "\nLost it? Run 'npm run enrol -- --roles admin,handler,custodian' for a fresh one (the old one stops working).\n",
    );
  }
});

async function shutdown() {
  stopScheduler();
  stopBackups();
  mailer?.close();
  server.close();
  // Batches already sent to the writer are committed before the file closes.
  await database.close();
  process.exit(0);
}
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
