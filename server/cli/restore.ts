/**
 * `npm run restore -- FILE --data-dir DIR --identity KEYFILE` (or the identity on stdin with
 * `--identity -` or no --identity): decrypts and checks the backup, then writes DIR as a fresh data
 * folder, all or nothing. Exit 0 restored, 1 refused, 2 usage.
 */
import { readFileSync } from "node:fs";
import { BackupError } from "../backup/archive";
import { parseIdentity, restoreBackup } from "../backup/restore";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const args = process.argv.slice(2);
const file = args.find((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--"));
const dataDir = arg("--data-dir");
const identityFile = arg("--identity") ?? "-";
if (!file || !dataDir) {
  console.error("usage: npm run restore -- FILE --data-dir DIR [--identity KEYFILE | --identity - (stdin)]");
  process.exit(2);
}

try {
  const identity = parseIdentity(readFileSync(identityFile === "-" ? 0 : identityFile, "utf8"));
  const started = performance.now();
  const summary = await restoreBackup({ file, dataDir, identity });
  console.log(`restore: ${summary.dataDir} is ready`);
  console.log(`  backup of ${summary.createdAt}: cases ${summary.cases}, blobs ${summary.blobs}`);
  console.log(`  audit head seq ${summary.auditHead.seq} hash ${summary.auditHead.hash} (chain intact)`);
  console.log(`  schema ${summary.schema.latest ?? "none"}; npm start applies newer migrations`);
  console.log("  the first scheduler run (at start, before serving) shreds cases whose retention has ended");
  console.log(`  took ${Math.round(performance.now() - started)} ms`);
} catch (e) {
  if (e instanceof BackupError) {
    console.error(`restore: refused (${e.code}): ${e.message}. Nothing was written.`);
  } else {
    console.error(
      `restore: refused: ${e instanceof Error ? e.message : "unknown error"}. Nothing was written.`,
    );
  }
  process.exit(1);
}
