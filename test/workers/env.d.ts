/// <reference types="@cloudflare/vitest-pool-workers/types" />
/** Bindings of the workers test project: wrangler.toml's, plus the migrations read in the config. */
import type { D1Migration } from "cloudflare:test";
import type { WorkerEnv } from "../../server/worker";

declare global {
  namespace Cloudflare {
    interface Env extends WorkerEnv {
      TEST_MIGRATIONS: D1Migration[];
    }
  }
}
