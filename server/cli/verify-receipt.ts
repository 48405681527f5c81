/**
 * `npm run verify:receipt -- FILE [--key KEY]`: checks a reporting person's signed receipt offline
 * (crypto/receipt.ts; Directive Art. 21(5)). KEY is the receipt key as the notice prints it, in base64
 * or as its fingerprint; without it, the file's own key is used and its fingerprint is printed for
 * comparison with the notice. Exit 0 when the receipt verifies, 1 when it does not, 2 on usage errors.
 * Needs no server, no database and no network.
 */
import { readFileSync } from "node:fs";
import { isCryptoError, verifyReceipt } from "../../crypto/index";

const args = process.argv.slice(2);
const keyAt = args.indexOf("--key");
const key = keyAt >= 0 ? args[keyAt + 1] : undefined;
const files = args.filter((a, i) => a !== "--key" && (keyAt < 0 || i !== keyAt + 1));
if (files.length !== 1 || (keyAt >= 0 && !key)) {
  console.error("usage: npm run verify:receipt -- FILE [--key KEY-OR-FINGERPRINT]");
  process.exit(2);
}
let text: string;
try {
  text = readFileSync(files[0] as string, "utf8");
} catch {
  console.error(`verify:receipt: cannot read ${files[0]}`);
  process.exit(2);
}
try {
  const r = verifyReceipt(text, key ?? null);
  const f = r.facts;
  const lines = [
    "verify:receipt: VALID signature",
    `  organisation:        ${f.organisation}`,
    `  case (hash):         ${f.caseRefHash}`,
    `  jurisdiction:        ${f.jurisdiction} (dates in ${f.timeZone})`,
    `  received on:         ${f.receivedOn}`,
    `  acknowledged on:     ${f.acknowledgedOn ?? "not yet"}`,
    `  acknowledge by:      ${f.deadlines.acknowledgeBy ?? "not set"}`,
    `  feedback by:         ${f.deadlines.feedbackBy ?? "not set"}`,
    `  public disclosure protected from: ${f.deadlines.publicDisclosureFrom ?? "not set"}`,
    `  receipt issued on:   ${f.issuedOn}`,
    `  signed by key:       ${r.key}`,
    `  key fingerprint:     ${r.fingerprint}`,
    r.pinned
      ? "  the key matches the one you gave."
      : "  compare this fingerprint with the receipt key printed on the organisation's notice.",
  ];
  console.log(lines.join("\n"));
} catch (e) {
  if (!isCryptoError(e)) throw e;
  console.error(`verify:receipt: INVALID (${e.message})`);
  process.exit(1);
}
