/**
 * What this build is: the app's version (package.json) and the schema it migrates to (the migrations
 * journal shared by the Node migrator and wrangler). Both are public facts; `GET /api/version` shows
 * them so an operator can tell which release runs and whether its migrations were applied.
 */
import { Hono } from "hono";
import journal from "../../db/migrations/meta/_journal.json";
import { version } from "../../package.json";
import type { Env } from "../context";
import { doc } from "../openapi";

/** The app version of this build. */
export const APP_VERSION: string = version;

/** The migration tag at `count` applied migrations, or null for none. */
export function migrationTag(count: number): string | null {
  return journal.entries[count - 1]?.tag ?? null;
}

/** The schema this build migrates to: the number of migrations and the newest one's tag. */
export const SCHEMA = { migrations: journal.entries.length, latest: migrationTag(journal.entries.length) };

/** `GET /version` (mounted under /api): no secrets, no settings, only what the build is. */
export function versionRoutes() {
  return new Hono<Env>().get("/version", doc("App version and schema (migrations) of this build"), (c) =>
    c.json({ app: APP_VERSION, schema: SCHEMA }),
  );
}
