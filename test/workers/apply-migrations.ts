/** Setup file of the workers project: the D1 schema from db/migrations, before any test file runs. */
import { applyD1Migrations } from "cloudflare:test";
import { env } from "cloudflare:workers";

await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
