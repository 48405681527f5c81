/**
 * `npm run verify:site -- URL [--pin FINGERPRINT]`: checks that the site at URL serves exactly the
 * client release an admin signed with the channel key (server/release/verify-site.ts). A works
 * council, an auditor or a monitoring job can run it. Exit 0 when every file matches, 1 on any
 * difference or a signature that does not verify, 2 on usage errors.
 */
import { siteFetcher, verifySite } from "../release/verify-site";

const args = process.argv.slice(2);
const pinAt = args.indexOf("--pin");
const pin = pinAt >= 0 ? (args[pinAt + 1] ?? "") : null;
const url = args.find((a) => /^https?:\/\//.test(a));
if (!url || pin === "") {
  console.error("usage: npm run verify:site -- URL [--pin FINGERPRINT]");
  process.exit(2);
}

let report: Awaited<ReturnType<typeof verifySite>>;
try {
  report = await verifySite(siteFetcher(url), pin, new Date());
} catch (e) {
  console.error(`verify:site: could not check ${url}: ${(e as Error).message}`);
  process.exit(1);
}
for (const p of report.problems) console.error(`verify:site: DIFFERENT ${p.what}: ${p.reason}`);
if (report.problems.length) {
  console.error(
    `verify:site: FAILED, ${report.problems.length} problem(s); ${report.checked} files and pages read`,
  );
  process.exit(1);
}
console.log(
  `verify:site: OK, ${report.checked} files and pages match the release signed by channel key ${report.fingerprint}${pin ? " (pinned)" : " (not pinned: compare this fingerprint with the poster)"}`,
);
