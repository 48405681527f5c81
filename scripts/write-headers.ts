/**
 * Writes `dist/client/_headers` for Workers static assets: the exact security headers that
 * server/middleware/security-headers.ts puts on every answer of the app, read off the middleware
 * itself (over https, so HSTS is included), so the two cannot drift apart.
 *   npx tsx scripts/write-headers.ts [client dir, default dist/client]
 */
import { existsSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { Hono } from "hono";
import { securityHeaders } from "../server/middleware/security-headers";

const dir = resolve(process.argv[2] ?? "dist/client");
if (!existsSync(join(dir, "report.html"))) {
  console.error(`write-headers: ${dir} holds no built client; run 'npx vite build' first.`);
  process.exit(1);
}

const app = new Hono();
app.use("*", securityHeaders());
app.get("/", (c) => c.body("probe"));
const res = await app.request("https://probe.invalid/");

const lines = [
  "# Written by scripts/write-headers.ts from server/middleware/security-headers.ts; do not edit.",
  "/*",
];
for (const [name, value] of res.headers) {
  if (name === "content-type") continue;
  lines.push(`  ${name}: ${value}`);
}
writeFileSync(join(dir, "_headers"), `${lines.join("\n")}\n`);
console.log(`write-headers: ${lines.length - 2} headers for every static file in ${join(dir, "_headers")}`);
