/**
 * Starts the real Node entry (`server/node.ts`) on a free loopback port with a fresh data folder,
 * exactly as `npm start` does after the build, and captures everything it prints.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const address = s.address();
      s.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/** Builds the client once if it is missing (npm test builds it before the suites). */
export function ensureClientBuilt(): void {
  if (existsSync("dist/client/report.html")) return;
  const r = spawnSync("npx", ["vite", "build", "--logLevel", "warn"], { stdio: "inherit" });
  if (r.status !== 0) throw new Error("vite build failed");
}

export interface RunningServer {
  url: string;
  dataDir: string;
  enrolmentLink: string;
  /** The server process's id (benchmarks read its memory from /proc). */
  pid: number;
  output: () => string;
  stop: () => Promise<void>;
}

export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  ensureClientBuilt();
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), "oc-e2e-"));
  let out = "";
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "server/node.ts"], {
    // A lighter proof of work than production's 17 bits keeps flows on a loaded machine (and with no JIT)
    // inside their timeouts; test/browser/proof-of-work.test.ts sets the real difficulty itself.
    env: { ...process.env, HOST: "127.0.0.1", PORT: String(port), DATA_DIR: dataDir, POW_BITS: "12", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (d) => {
    out += String(d);
  });
  child.stderr?.on("data", (d) => {
    out += String(d);
  });
  const url = `http://127.0.0.1:${port}`;
  // Generous: on a loaded 2-core machine tsx alone can take half a minute to start.
  const deadline = Date.now() + 90_000;
  while (!/#enrol=\S+/.test(out) && !out.includes("running at")) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`server did not start:\n${out}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  await new Promise((r) => setTimeout(r, 200));
  const link = out.match(/(http:\/\/\S+#enrol=\S+)/)?.[1] ?? "";
  return {
    url,
    dataDir,
    enrolmentLink: link,
    pid: child.pid ?? 0,
    output: () => out,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
