/**
 * `npm run audit:verify -- --data-dir DIR`: checks the whole audit chain of the SQLite file in DIR
 * and names the first broken link. Exit 0 when intact, 1 when broken, 2 on usage errors.
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { type AuditRow, verifyChain } from "../../db/audit-chain";

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
sqlite.close();
const result = verifyChain(rows);
if (result.ok) {
  console.log(`audit:verify: intact, ${result.entries} entries`);
  process.exit(0);
}
console.error(
  `audit:verify: BROKEN at seq ${result.brokenAt} (${result.reason}); ${result.entries} entries read`,
);
process.exit(1);
