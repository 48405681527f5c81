/**
 * The shared API suite (test/api/*.test.ts) and the Worker entry's own tests (test/workers/), inside
 * workerd through @cloudflare/vitest-pool-workers: D1, R2 and the assets binding are miniflare's
 * local implementations, configured from wrangler.toml. `#test-db` maps to test/api/db.workers.ts
 * (D1) where the Node project maps it to db.node.ts (SQLite files).
 *   npm run test:workers
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";

const here = (p: string): string => fileURLToPath(new URL(p, import.meta.url));

// wrangler.toml's [assets] directory must exist before miniflare starts; build it when it does not.
if (!existsSync(here("./dist/client/index.html"))) {
  console.log("test:workers: building the client for the assets binding (npx vite build)");
  const built = spawnSync("npx", ["vite", "build", "--logLevel", "warn"], { stdio: "inherit" });
  if (built.status !== 0) throw new Error("test:workers: 'npx vite build' failed");
}

export default defineConfig(async () => {
  const migrations = await readD1Migrations(here("./db/migrations"));
  return {
    plugins: [
      cloudflareTest({
        main: "./server/worker.ts",
        wrangler: { configPath: "./wrangler.toml" },
        miniflare: {
          bindings: {
            TEST_MIGRATIONS: migrations,
            // What an operator sets with `wrangler secret put ENROL_SECRET` (at least 32 characters).
            ENROL_SECRET: "test-enrol-secret-0123456789abcdefghijklmnop",
            ORG_NAME: "Workers test organisation",
            // Cheap puzzles in tests; every anonymous write still solves one.
            POW_BITS: "4",
          },
        },
      }),
    ],
    resolve: {
      alias: [
        { find: "#test-db", replacement: here("./test/api/db.workers.ts") },
        // date-holidays (server/directive/holidays.ts) reaches moment through moment-timezone's
        // require("moment"); Vite's resolver would hand that require moment's ES build
        // ("jsnext:main"), which workerd cannot load as CommonJS. esbuild (wrangler) needs no help.
        { find: /^moment$/, replacement: here("./node_modules/moment/moment.js") },
      ],
    },
    test: {
      name: "workers",
      include: ["test/api/**/*.test.ts", "test/workers/**/*.test.ts"],
      setupFiles: ["./test/workers/apply-migrations.ts"],
      // The files share one runtime instead of loading the Worker's module graph again for each: that
      // load, not the tests, was most of this suite's time. Every test still starts from an empty D1
      // (test/api/db.workers.ts resets storage), as tests within one file always did.
      isolate: false,
      testTimeout: 60_000,
      // The Node project fuzzes every route 12 times over; here the same routes run on D1 with fewer
      // cases each, since workerd is the slowest part of `npm test`.
      env: { FUZZ_RUNS: process.env.FUZZ_RUNS ?? "4" },
    },
  };
});
