/**
 * `npm run backup -- --out FILE`: an encrypted backup of the channel in DATA_DIR (or --data-dir),
 * safe to run while the server serves. The recipient is the one the admins set in the console, or
 * BACKUP_RECIPIENT for scripted setups. Exit 0 written, 1 failed, 2 usage.
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { recipientFingerprint } from "../backup/recipient";
import { writeBackup } from "../backup/snapshot";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const out = arg("--out");
const dataDir = resolve(arg("--data-dir") ?? process.env.DATA_DIR ?? "data");
const file = join(dataDir, "channel.sqlite");
if (!out) {
  console.error("usage: npm run backup -- --out FILE [--data-dir DIR]");
  process.exit(2);
}
if (!existsSync(file)) {
  console.error(`backup: no database at ${file}`);
  process.exit(2);
}
if (existsSync(out)) {
  console.error(`backup: ${out} exists; choose a new file`);
  process.exit(2);
}

function configuredRecipient(): string | undefined {
  if (process.env.BACKUP_RECIPIENT) return process.env.BACKUP_RECIPIENT.trim();
  const sqlite = new BetterSqlite3(file, { fileMustExist: true, readonly: true });
  try {
    const table = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE name = 'backup_settings'").get();
    if (!table) return undefined;
    const row = sqlite.prepare("SELECT recipient FROM backup_settings WHERE id = 1").get() as
      | { recipient: string }
      | undefined;
    return row?.recipient;
  } finally {
    sqlite.close();
  }
}

const recipient = configuredRecipient();
if (!recipient) {
  console.error(
    "backup: no backup recipient. An admin sets one in the console (Backups), or set BACKUP_RECIPIENT=age1pq1...",
  );
  process.exit(2);
}

try {
  const started = performance.now();
  const summary = await writeBackup({ dataDir, recipient, out: resolve(out) });
  console.log(`backup: wrote ${summary.file}`);
  console.log(`  cases ${summary.cases}, blobs ${summary.blobs}, bytes ${summary.bytes}`);
  console.log(`  audit head seq ${summary.auditHead.seq} hash ${summary.auditHead.hash}`);
  console.log(`  encrypted to ${recipientFingerprint(recipient)}`);
  console.log(`  took ${Math.round(performance.now() - started)} ms`);
} catch (e) {
  console.error(`backup: failed: ${e instanceof Error ? e.message : "unknown error"}`);
  process.exit(1);
}
