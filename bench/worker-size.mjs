#!/usr/bin/env node
// The Worker bundle's size, as Cloudflare would receive it: runs `wrangler deploy --dry-run` (offline:
// it builds the client, bundles server/worker.ts with esbuild and uploads nothing) into a temporary
// folder and prints the raw and gzipped bytes of the bundle, with the largest packages in it.
// Cloudflare's limits apply to the gzipped size (3 MB on the free plan, 10 MB on paid plans).
//   node bench/worker-size.mjs [--json]
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const out = mkdtempSync(join(tmpdir(), "oc-worker-size-"));
const meta = join(out, "meta.json");
try {
  const r = spawnSync(
    process.platform === "win32" ? "npx.cmd" : "npx",
    ["wrangler", "deploy", "--dry-run", "--outdir", join(out, "dist"), "--metafile", meta],
    {
      encoding: "utf8",
      env: {
        ...process.env,
        WRANGLER_SEND_METRICS: "false",
        WRANGLER_HIDE_BANNER: "true",
        CLOUDFLARE_CF_FETCH_ENABLED: "false",
      },
    },
  );
  if (r.status !== 0) {
    console.error(r.stdout, r.stderr);
    console.error("worker-size: 'wrangler deploy --dry-run' failed");
    process.exit(1);
  }
  const bundle = readFileSync(join(out, "dist", "worker.js"));
  const gzipped = gzipSync(bundle, { level: 9 }).length;

  // Bytes in the bundle per package (or per folder of ours), from esbuild's metafile.
  const byPart = new Map();
  const [, output] = Object.entries(JSON.parse(readFileSync(meta, "utf8")).outputs).find(([k]) =>
    k.endsWith(".js"),
  );
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    const parts = input.split("node_modules/").pop().split("/");
    const name = input.includes("node_modules/")
      ? parts[0].startsWith("@")
        ? `${parts[0]}/${parts[1]}`
        : parts[0]
      : parts.slice(0, 2).join("/");
    byPart.set(name, (byPart.get(name) ?? 0) + bytesInOutput);
  }
  const largest = [...byPart].sort((a, b) => b[1] - a[1]).slice(0, 8);

  if (process.argv.includes("--json")) {
    console.log(JSON.stringify({ raw: bundle.length, gzip: gzipped, largest: Object.fromEntries(largest) }));
  } else {
    const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
    console.log(`worker.js raw:  ${bundle.length} bytes (${kib(bundle.length)})`);
    console.log(`worker.js gzip: ${gzipped} bytes (${kib(gzipped)}, level 9)`);
    console.log("largest parts (raw bytes in the bundle):");
    for (const [name, bytes] of largest) console.log(`  ${String(bytes).padStart(9)}  ${name}`);
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
