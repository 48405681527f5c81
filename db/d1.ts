/** The scale-out path: Cloudflare D1 through drizzle-orm/d1. */
import { drizzle } from "drizzle-orm/d1";
import type { Database, Db } from "./index";
import * as schema from "./schema";

/** Wraps a D1 binding. D1 has no interactive transactions; `batch` is atomic. */
export function openD1(binding: D1Database): Database {
  const db = drizzle(binding, { schema });
  return {
    db: db as unknown as Db,
    driver: "d1",
    async batch(writes) {
      if (writes.length === 0) return;
      await db.batch(writes as [never, ...never[]]);
    },
  };
}
