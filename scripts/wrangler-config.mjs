// wrangler.toml for a copy in another folder (a temporary one for tests and benchmarks): paths made
// absolute, and the [build] step left out, so wrangler neither rebuilds nor watches dist/client.
// A plain text rewrite of our own file, checked: it throws when the file no longer has the expected
// shape rather than hand wrangler a config that points elsewhere. Types: wrangler-config.d.mts.
import { join } from "node:path";

/**
 * @param {string} toml the text of wrangler.toml
 * @param {string} root the folder wrangler.toml lives in
 * @param {{ assetsDir?: string }} [opts] another assets folder than the configured one
 * @returns {string}
 */
export function wranglerConfigCopy(toml, root, opts = {}) {
  const absolute = (text, key, value) =>
    text.replace(
      new RegExp(`^${key} = "(.+)"$`, "m"),
      (_, p) => `${key} = ${JSON.stringify(value ?? join(root, p))}`,
    );
  let out = toml.replace(/^\[build\]\n(?:(?!\[).*\n)*/m, "");
  out = absolute(out, "main");
  out = absolute(out, "migrations_dir");
  out = absolute(out, "directory", opts.assetsDir);
  for (const key of ["main", "migrations_dir", "directory"]) {
    if (!out.split("\n").some((line) => line.startsWith(`${key} = "/`))) {
      throw new Error(`wrangler.toml: no ${key} to make absolute`);
    }
  }
  if (/^\[build\]/m.test(out)) throw new Error("wrangler.toml: [build] was not removed");
  return out;
}
