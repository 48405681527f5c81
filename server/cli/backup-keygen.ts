/**
 * `npm run backup:keygen -- --out KEYFILE`: makes the offline backup key (a hybrid post-quantum age
 * identity), writes it to KEYFILE (mode 0600, refusing to overwrite) and prints the recipient to
 * paste into the console (Backups) and its fingerprint. Run it on the machine that keeps the key,
 * not on the server.
 */
import { writeFileSync } from "node:fs";
import { generateHybridIdentity, identityToRecipient } from "age-encryption";
import { recipientFingerprint } from "../backup/recipient";

const i = process.argv.indexOf("--out");
const out = i >= 0 ? process.argv[i + 1] : undefined;
if (!out) {
  console.error("usage: npm run backup:keygen -- --out KEYFILE");
  process.exit(2);
}
const identity = await generateHybridIdentity();
const recipient = await identityToRecipient(identity);
try {
  writeFileSync(
    out,
    `# open-channel backup key, made ${new Date().toISOString()}\n# recipient: ${recipient}\n${identity}\n`,
    {
      mode: 0o600,
      flag: "wx",
    },
  );
} catch {
  console.error(`backup:keygen: could not create ${out} (it may exist already)`);
  process.exit(1);
}
console.log(`backup key written to ${out}; keep it offline, it opens every backup`);
console.log(`recipient (paste into the console, Backups, or BACKUP_RECIPIENT):\n${recipient}`);
console.log(`fingerprint: ${recipientFingerprint(recipient)}`);
