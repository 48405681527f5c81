/**
 * `npm run audit:verify -- --data-dir DIR [--pin FINGERPRINT]`: checks the whole audit chain of the
 * SQLite file in DIR and every checkpoint people's browsers signed (db/audit-checkpoints.ts), and names
 * the first broken link. Exit 0 when intact, 1 when broken, 2 on usage errors. `--pin` checks the
 * rosters' channel key against the fingerprint on the notice instead of trusting the newest roster.
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { normalizeFingerprint } from "../../crypto/index";
import { type AuditRow, verifyChain } from "../../db/audit-chain";
import { type StoredCheckpoint, signingKeysFromRosters, verifyCheckpoints } from "../../db/audit-checkpoints";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const dataDir = resolve(arg("--data-dir") ?? process.env.DATA_DIR ?? "data");
const file = join(dataDir, "channel.sqlite");
if (!existsSync(file)) {
  console.error(`audit:verify: no database at ${file}`);
  process.exit(2);
}
// Read-only: verifying must never change what it verifies.
const sqlite = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
const rows = sqlite
  .prepare(
    "SELECT seq, at, actor, action, case_id AS caseId, detail, prev_hash AS prevHash, hash FROM audit_log ORDER BY seq",
  )
  .all() as AuditRow[];
const rosters = sqlite.prepare("SELECT body, signature FROM rosters ORDER BY serial").all() as {
  body: string;
  signature: string;
}[];
const checkpoints = sqlite
  .prepare("SELECT seq, person_id AS personId, body, signature FROM audit_checkpoints ORDER BY seq")
  .all() as StoredCheckpoint[];
sqlite.close();
const result = verifyChain(rows);
if (!result.ok) {
  console.error(
    `audit:verify: BROKEN at seq ${result.brokenAt} (${result.reason}); ${result.entries} entries read`,
  );
  process.exit(1);
}
let keys: ReturnType<typeof signingKeysFromRosters>;
try {
  const pin = arg("--pin");
  keys = signingKeysFromRosters(rosters, pin === undefined ? undefined : normalizeFingerprint(pin));
} catch (e) {
  console.error(`audit:verify: BROKEN: the signed rosters do not verify (${(e as Error).message})`);
  process.exit(1);
}
const signed = verifyCheckpoints(rows, checkpoints, keys);
if (!signed.ok) {
  console.error(
    `audit:verify: BROKEN at seq ${signed.seq} (${signed.reason}); ${result.entries} entries read`,
  );
  process.exit(1);
}
const newest = signed.newestSeq === null ? "none yet" : `newest at seq ${signed.newestSeq}`;
console.log(
  `audit:verify: intact, ${result.entries} entries, ${signed.checkpoints} signed checkpoints (${newest})`,
);
process.exit(0);
