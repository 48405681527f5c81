// The Worker bundle's size, as Cloudflare would receive it: `wrangler deploy --dry-run` (offline: it
// bundles server/worker.ts with esbuild and uploads nothing) into a temporary folder, then the raw
// and gzipped bytes of the bundle and the largest packages in it. Cloudflare's limits apply to the
// gzipped size (3 MB on the free plan, 10 MB on paid plans). The client is not rebuilt: this
// measures the Worker only (wrangler runs from a copy of wrangler.toml without its [build] step).
//   node bench/worker-size.mjs [--json]
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { wranglerConfigCopy } from "../scripts/wrangler-config.mjs";

const ROOT = resolve(import.meta.dirname, "..");
const dir = mkdtempSync(join(tmpdir(), "oc-worker-size-"));
try {
  // wrangler wants the assets folder to exist; the built client if there is one, else an empty one.
  const built = join(ROOT, "dist/client");
  const assets = existsSync(built) ? built : join(dir, "assets");
  mkdirSync(assets, { recursive: true });
  const config = join(dir, "wrangler.toml");
  writeFileSync(
    config,
    wranglerConfigCopy(readFileSync(join(ROOT, "wrangler.toml"), "utf8"), ROOT, { assetsDir: assets }),
  );
  const meta = join(dir, "meta.json");
  const r = spawnSync(
    process.execPath,
    [
      join(ROOT, "node_modules/wrangler/bin/wrangler.js"),
      "deploy",
      "--dry-run",
      "--config",
      config,
      "--outdir",
      join(dir, "out"),
      "--metafile",
      meta,
    ],
    {
      cwd: dir,
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
  const bundle = readFileSync(join(dir, "out", "worker.js"));
  const gzipped = gzipSync(bundle, { level: 9 }).length;

  // Bytes in the bundle per package (or per folder of ours), from esbuild's metafile.
  /** @type {Record<string, { inputs: Record<string, { bytesInOutput: number }> }>} */
  const outputs = JSON.parse(readFileSync(meta, "utf8")).outputs;
  const js = Object.entries(outputs).find(([name]) => name.endsWith(".js"))?.[1];
  const byPart = new Map();
  for (const [path, { bytesInOutput }] of Object.entries(js?.inputs ?? {})) {
    const input = relative(ROOT, resolve(dir, path)); // esbuild names inputs relative to wrangler's cwd
    const inPackage = input.includes("node_modules/");
    const parts = (inPackage ? input.split("node_modules/").pop() : input).split("/");
    const name =
      inPackage && parts[0].startsWith("@")
        ? parts.slice(0, 2).join("/")
        : inPackage
          ? parts[0]
          : parts.slice(0, 2).join("/");
    byPart.set(name, (byPart.get(name) ?? 0) + bytesInOutput);
  }
  const largest = [...byPart].sort((a, b) => b[1] - a[1]).slice(0, 8);

  if (process.argv.includes("--json")) {
    console.log(JSON.stringify({ raw: bundle.length, gzip: gzipped, largest: Object.fromEntries(largest) }));
  } else {
    const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
    console.log(`worker.js raw:  ${bundle.length} bytes (${kib(bundle.length)})`);
    console.log(`worker.js gzip: ${gzipped} bytes (${kib(gzipped)}, gzip level 9)`);
    console.log("largest parts (raw bytes in the bundle):");
    for (const [name, bytes] of largest) console.log(`  ${String(bytes).padStart(9)}  ${name}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
