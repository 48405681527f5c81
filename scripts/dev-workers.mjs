#!/usr/bin/env node
// `npm run dev:workers [-- wrangler dev options]`: the Workers entry locally, as `wrangler dev` runs
// it (workerd, local D1 and R2 under .wrangler/state, the client as static assets). Applies the
// migrations to the local D1 first; wrangler.toml's [build] builds the client and its _headers.
// To enrol the first person, put ENROL_SECRET=<32+ random characters> in .dev.vars, then
//   curl -X POST -H "Authorization: Bearer <secret>" http://127.0.0.1:8787/api/setup/enrolment
import { spawnSync } from "node:child_process";

const env = {
  ...process.env,
  WRANGLER_SEND_METRICS: "false",
  // Local development needs no request to Cloudflare for the `cf` object of requests.
  CLOUDFLARE_CF_FETCH_ENABLED: process.env.CLOUDFLARE_CF_FETCH_ENABLED ?? "false",
};
const npx = process.platform === "win32" ? "npx.cmd" : "npx";

function run(args) {
  console.log(`$ npx ${args.join(" ")}`);
  return spawnSync(npx, args, { stdio: "inherit", env }).status ?? 1;
}

const migrated = run(["wrangler", "d1", "migrations", "apply", "DB", "--local"]);
if (migrated !== 0) process.exit(migrated);
process.exit(run(["wrangler", "dev", "--local", ...process.argv.slice(2)]));
