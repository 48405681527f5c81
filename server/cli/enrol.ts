/**
 * `npm run enrol -- --roles admin,handler,custodian [--data-dir DIR]`: prints a fresh one-time enrolment
 * link, made on the server itself (the operator's way in when the first link is lost, or when every
 * admin has left). Any earlier open link of the operator stops working. Exit 2 on usage errors.
 *   PUBLIC_URL (http://HOST:PORT) names the link's site, as for `npm start`.
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { openSqlite } from "../../db/node";
import { operatorEnrolment, prepareChannel } from "../bootstrap";

const ROLES = ["admin", "handler", "custodian"];

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const roles = [
  ...new Set(
    (arg("--roles") ?? "")
      .split(",")
      .map((r) => r.trim())
      .filter(Boolean),
  ),
];
if (roles.length === 0 || roles.some((r) => !ROLES.includes(r))) {
  console.error("usage: npm run enrol -- --roles admin,handler,custodian [--data-dir DIR]");
  process.exit(2);
}
const dataDir = resolve(arg("--data-dir") ?? process.env.DATA_DIR ?? "data");
const file = join(dataDir, "channel.sqlite");
if (!existsSync(file)) {
  console.error(`enrol: no database at ${file}; start the server once first ('npm start').`);
  process.exit(2);
}
const host = process.env.HOST ?? "127.0.0.1";
const publicUrl = (process.env.PUBLIC_URL ?? `http://${host}:${process.env.PORT ?? 8787}`).replace(/\/$/, "");
const database = openSqlite(file);
const now = new Date();
await prepareChannel(database, undefined, now);
const { code, expiresAt } = await operatorEnrolment(database, roles, now);
database.close();
console.log(
  `One-time enrolment link (${roles.join(", ")}), valid until ${expiresAt}:\n\n  ${publicUrl}/handler.html#enrol=${code}\n`,
);
