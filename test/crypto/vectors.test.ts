import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseVector, runVector } from "../vectors/loader";

const DIR = join(import.meta.dirname, "../vectors");
const names = readdirSync(DIR)
  .filter((f) => f.endsWith(".txt"))
  .sort();

describe("test vectors", () => {
  it("has vectors of every kind", () => {
    const kinds = new Set(names.map((n) => parseVector(n, readFileSync(join(DIR, n), "utf8")).kind));
    expect([...kinds].sort()).toEqual(
      [
        "age-decrypt",
        "checkpoint",
        "fingerprint",
        "roster",
        "signing-keys",
        "statement",
        "thread",
        "envelope",
        "kdf",
        "pad",
        "receipt",
        "recovery-key",
        "seal",
        "stream-decrypt",
        "token",
        "token-keys",
        "unpad",
        "unwrap",
      ].sort(),
    );
  });

  it.each(names)("%s", async (name) => {
    const result = await runVector(parseVector(name, readFileSync(join(DIR, name), "utf8")));
    expect(result.detail).toBe("");
    expect(result.ok).toBe(true);
  });
});
