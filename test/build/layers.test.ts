/**
 * The layering issue 9 asks for, read from the source: db/ sits below server/, routes reach the store
 * only through verbs, a thread entry is inserted in one place, and no route list or client mirror of the
 * server's types is written by hand.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return sources(path);
    return path.endsWith(".ts") ? [path] : [];
  });
}

const read = (path: string) => readFileSync(join(root, path), "utf8");
const importsOf = (text: string) => [...text.matchAll(/from\s+["']([^"']+)["']/g)].map((m) => m[1] ?? "");

describe("layers", () => {
  it("db/ imports nothing from server/", () => {
    const offending = sources("db").filter((f) => importsOf(read(f)).some((s) => /(^|\/)server\//.test(s)));
    expect(offending).toEqual([]);
  });

  it("no route file imports the db/ tables or drizzle", () => {
    const offending = sources("server/routes").filter((f) =>
      importsOf(read(f)).some((s) => s.includes("db/schema") || s.startsWith("drizzle-orm")),
    );
    expect(offending).toEqual([]);
  });

  it("inserts a thread entry in one function only", () => {
    const inserting = [...sources("server"), ...sources("db")].filter((f) =>
      /insert\(entries\)/.test(read(f)),
    );
    expect(inserting.map((f) => relative(root, join(root, f)))).toEqual(["db/queries/case-store.ts"]);
  });

  it("writes no route list or client type mirror by hand", () => {
    expect(
      sources("client/src").filter((f) => f.endsWith("lib/types.ts") && /interface \w+Answer/.test(read(f))),
    ).toEqual([]);
    expect(read("server/openapi.ts")).not.toMatch(/["']\/api\/cases\/:id\/acknowledge["']/);
  });
});
