/** Runs the backup, restore and audit:verify commands as the operator would, in child processes. */
import { spawn } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

export interface Run {
  code: number | null;
  out: string;
}

/** Runs `server/cli/<name>.ts` with `args`, optionally feeding `stdin`. */
export function cli(
  name: string,
  args: string[],
  env: Record<string, string> = {},
  stdin?: string,
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", `server/cli/${name}.ts`, ...args], {
      env: { ...process.env, ...env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (d) => {
      out += d;
    });
    child.stderr.on("data", (d) => {
      out += d;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, out }));
    child.stdin.end(stdin ?? "");
  });
}

/** Every file under `dir` (recursively), for scanning. */
export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path));
    else out.push(path);
  }
  return out;
}

/** True when `needle` occurs in the file's bytes. */
export function fileContains(path: string, needle: string | Uint8Array): boolean {
  return readFileSync(path).includes(typeof needle === "string" ? Buffer.from(needle) : Buffer.from(needle));
}
