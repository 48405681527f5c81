import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const DIR = join(import.meta.dirname, "../../crypto");
const sources = readdirSync(DIR).filter((f) => f.endsWith(".ts"));
const ALLOWED =
  /^(?:@noble\/(?:hashes|ciphers|curves)\/[a-z0-9-]+\.js|@scure\/base|age-encryption|\.\/[a-z0-9-]+)$/;

describe("crypto/ portability", () => {
  it.each(sources)("%s imports only Web-portable modules and its own files", (file) => {
    const text = readFileSync(join(DIR, file), "utf8");
    const specifiers = [...text.matchAll(/^(?:import|export)[^"']*from\s+["']([^"']+)["']/gm)].map(
      (m) => m[1],
    );
    for (const s of specifiers) expect(s).toMatch(ALLOWED);
    expect(text).not.toMatch(/\b(?:document|window|process|Buffer|require)\b[.(]/);
  });

  it("exposes index.ts as the only entry that re-exports the others", () => {
    const index = readFileSync(join(DIR, "index.ts"), "utf8");
    for (const f of sources.filter((s) => s !== "index.ts" && s !== "base32.ts")) {
      expect(index).toContain(`from "./${f.replace(/\.ts$/, "")}"`);
    }
  });
});
