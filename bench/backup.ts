/**
 * Backup and restore at scale: builds a channel with BENCH_CASES (10,000) cases, each with a report,
 * wrapped keys, two audit entries and one attachment blob of BENCH_ATTACHMENT_KB (32) KiB in the
 * blob store, then times `npm run backup` and `npm run restore` as child processes and prints their
 * wall time, output size and peak memory (max RSS from /usr/bin/time).
 *
 * The ciphertexts are real age files made once per template (BENCH_TEMPLATES, 20) and repeated with
 * fresh ids, so sizes are realistic without 10,000 rounds of ML-KEM. Attachments are random bytes,
 * which is what encrypted attachments look like to a backup.
 *
 *   npx tsx bench/backup.ts
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateHybridIdentity, identityToRecipient } from "age-encryption";
import BetterSqlite3 from "better-sqlite3";
import {
  deriveReporterKeys,
  encryptJson,
  generateCaseToken,
  newCaseIdentity,
  newHandlerIdentity,
  toBase64,
  wrapIdentityTo,
} from "../crypto/index";
import { entryHash, GENESIS_HASH } from "../db/audit-chain";
import { openSqlite } from "../db/node";
import { fileBlobStore } from "../server/blob/fs";

const CASES = Number(process.env.BENCH_CASES ?? 10_000);
const ATTACHMENT = Number(process.env.BENCH_ATTACHMENT_KB ?? 32) * 1024;
const TEMPLATES = Number(process.env.BENCH_TEMPLATES ?? 20);

const work = mkdtempSync(join(tmpdir(), "oc-bench-backup-"));
const dataDir = join(work, "data");
const database = openSqlite(join(dataDir, "channel.sqlite"));
database.close();

const handler = await newHandlerIdentity();
const templates: { caseRecipient: string; reporterKey: string; handlerKey: string; report: string }[] = [];
for (let i = 0; i < TEMPLATES; i++) {
  const kase = await newCaseIdentity();
  const keys = await deriveReporterKeys(generateCaseToken());
  templates.push({
    caseRecipient: kase.recipient,
    reporterKey: toBase64(await wrapIdentityTo(keys.recipient, kase.identity)),
    handlerKey: toBase64(await wrapIdentityTo(handler.recipient, kase.identity)),
    report: toBase64(
      await encryptJson([kase.recipient], {
        v: 1,
        whatHappened: "x".repeat(1500 + i * 50),
        category: "ai-safety",
      }),
    ),
  });
}

const started = performance.now();
const sqlite = new BetterSqlite3(join(dataDir, "channel.sqlite"));
sqlite.pragma("journal_mode = WAL");
const insertCase = sqlite.prepare(
  "INSERT INTO cases (id, login_key_hash, channel_id, jurisdiction, status, received_on, case_recipient, reporter_key) VALUES (?, ?, 'default', 'EU', 'received', '2026-11-20', ?, ?)",
);
const insertKey = sqlite.prepare(
  "INSERT INTO case_keys (case_id, person_id, kind, wrapped, granted_at) VALUES (?, 'handler-1', 'case', ?, '2026-11-20T10:00:00.000Z')",
);
const insertEntry = sqlite.prepare(
  "INSERT INTO entries (id, case_id, seq, kind, author, \"on\", ciphertext) VALUES (?, ?, 1, 'report', 'reporter', '2026-11-20', ?)",
);
const insertAudit = sqlite.prepare(
  "INSERT INTO audit_log (seq, at, actor, action, case_id, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, '{}', ?, ?)",
);
const ids: string[] = [];
let prev = GENESIS_HASH;
let seq = 0;
sqlite.transaction(() => {
  for (let i = 0; i < CASES; i++) {
    const t = templates[i % templates.length]!;
    const id = randomBytes(12).toString("hex");
    ids.push(id);
    insertCase.run(id, randomBytes(32).toString("hex"), t.caseRecipient, t.reporterKey);
    insertKey.run(id, t.handlerKey);
    insertEntry.run(randomBytes(12).toString("hex"), id, t.report);
    for (const action of ["case.received", "case.opened"]) {
      seq += 1;
      const fields = {
        seq,
        at: "2026-11-20T10:00:00.000Z",
        actor: "handler-1",
        action,
        caseId: id,
        detail: "{}",
      };
      const hash = entryHash(fields, prev);
      insertAudit.run(seq, fields.at, fields.actor, action, id, prev, hash);
      prev = hash;
    }
  }
})();
sqlite.pragma("wal_checkpoint(TRUNCATE)");
sqlite.close();
const blobs = fileBlobStore(join(dataDir, "blobs"));
for (const id of ids) await blobs.put(`attachments/${id}`, randomBytes(ATTACHMENT));
console.log(
  `filled ${CASES} cases and ${CASES} blobs of ${ATTACHMENT / 1024} KiB in ${Math.round(performance.now() - started)} ms`,
);

const identity = await generateHybridIdentity();
const keyFile = join(work, "key.txt");
writeFileSync(keyFile, `${identity}\n`);
const recipient = await identityToRecipient(identity);

/** Runs a CLI under /usr/bin/time; returns wall seconds and peak RSS in MiB. */
function timed(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync("/usr/bin/time", ["-f", "%e %M", process.execPath, "--import", "tsx", ...args], {
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
  if (r.status !== 0) throw new Error(`${args[0]} failed: ${r.stdout}${r.stderr}`);
  const [seconds, kb] = r.stderr.trim().split("\n").at(-1)!.split(" ").map(Number);
  return { seconds: seconds!, peakMiB: Math.round(kb! / 1024), out: r.stdout };
}

const dbBytes = statSync(join(dataDir, "channel.sqlite")).size;
const out = join(work, "channel.age");
const backup = timed(["server/cli/backup.ts", "--out", out], {
  DATA_DIR: dataDir,
  BACKUP_RECIPIENT: recipient,
});
const restore = timed([
  "server/cli/restore.ts",
  out,
  "--data-dir",
  join(work, "restored"),
  "--identity",
  keyFile,
]);
const mib = (n: number) => `${(n / 2 ** 20).toFixed(1)} MiB`;
console.log(`database ${mib(dbBytes)}, blobs ${mib(CASES * ATTACHMENT)}`);
console.log(
  `backup:  ${backup.seconds.toFixed(1)} s, file ${mib(statSync(out).size)}, peak memory ${backup.peakMiB} MiB`,
);
console.log(`restore: ${restore.seconds.toFixed(1)} s, peak memory ${restore.peakMiB} MiB`);
rmSync(work, { recursive: true, force: true });
