#!/usr/bin/env node
// `npm test`: static checks, then every suite (Node, Chromium, workerd).
// Installs Debian's Chromium when it is missing and we are root with apt; otherwise says what to install.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

function run(cmd, args, opts = {}) {
  console.log(`\n$ ${cmd} ${args.join(" ")}`);
  const r = spawnSync(cmd, args, { stdio: "inherit", ...opts });
  return r.status ?? 1;
}

function ensureChromium() {
  if (existsSync(chromium)) return;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const hasApt = existsSync("/usr/bin/apt-get");
  if (isRoot && hasApt) {
    console.log("Chromium is missing: installing Debian's chromium package (apt-get install -y chromium).");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    if (
      run("apt-get", ["update", "-qq"], { env }) === 0 &&
      run("apt-get", ["install", "-y", "-qq", "chromium"], { env }) === 0 &&
      existsSync(chromium)
    )
      return;
  }
  console.error(
    `\nBrowser tests need Chromium at ${chromium}.\n` +
      "Install Debian's package as root:  apt-get update && apt-get install -y chromium\n" +
      "or point CHROMIUM_PATH at a Chromium binary.",
  );
  process.exit(1);
}

function ensureAge() {
  if (existsSync("/usr/bin/age")) return;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (isRoot && existsSync("/usr/bin/apt-get")) {
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    run("apt-get", ["install", "-y", "-qq", "age"], { env });
  }
  if (!existsSync("/usr/bin/age")) {
    console.error("The age interoperability test needs Debian's age:  apt-get install -y age");
    process.exit(1);
  }
}

// deploy/ is checked with `systemd-analyze verify` and `caddy validate`; without them those tests skip.
function ensureDeployTools() {
  const missing = [
    ["/usr/bin/systemd-analyze", "systemd"],
    ["/usr/bin/caddy", "caddy"],
  ].filter(([bin]) => !existsSync(bin));
  if (missing.length === 0) return;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (isRoot && existsSync("/usr/bin/apt-get")) {
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    run("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...missing.map(([, pkg]) => pkg)], {
      env,
    });
  }
  for (const [bin, pkg] of missing) {
    if (!existsSync(bin))
      console.warn(`${bin} is missing (apt-get install ${pkg}): its deploy/ check is skipped.`);
  }
}

ensureChromium();
ensureAge();
ensureDeployTools();

// Each vitest run also writes a JSON report, so the closing line can count every test of every suite.
const reports = mkdtempSync(join(tmpdir(), "oc-test-"));
const json = (name) => [
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${join(reports, `${name}.json`)}`,
];
/** Starts a command with its output held back; resolves with its exit status and output. */
function start(cmd, args) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, FORCE_COLOR: "1" },
    });
    let out = "";
    child.stdout.on("data", (d) => {
      out += d;
    });
    child.stderr.on("data", (d) => {
      out += d;
    });
    child.on("close", (code) => resolve({ cmd, args, status: code ?? 1, out }));
    child.on("error", (e) => resolve({ cmd, args, status: 1, out: String(e) }));
  });
}

/** Runs one stage: its commands at once (each one's output printed whole as it ends), all must pass. */
async function stage(cmds) {
  const runs = cmds.map(([cmd, args]) => start(cmd, args));
  let failed = null;
  for (const r of runs) {
    const { cmd, args, status, out } = await r;
    console.log(`\n$ ${cmd} ${args.join(" ")}\n${out}`);
    if (status !== 0 && !failed) failed = { cmd, args, status };
  }
  if (failed) {
    printFailures();
    console.error(`\nnpm test: '${failed.cmd} ${failed.args.join(" ")}' failed (exit ${failed.status}).`);
    process.exit(failed.status);
  }
}

/**
 * Names every failed test, and failed file, with the first lines of its error, from the JSON reports:
 * printed last, so a CI log that keeps only its tail still says what broke.
 */
function printFailures() {
  for (const name of ["node-and-browser", "workers"]) {
    const file = join(reports, `${name}.json`);
    if (!existsSync(file)) continue;
    let r;
    try {
      r = JSON.parse(readFileSync(file, "utf8"));
    } catch {
      continue;
    }
    for (const f of r.testResults ?? []) {
      const bad = (f.assertionResults ?? []).filter((a) => a.status === "failed");
      if (f.status !== "failed" && bad.length === 0) continue;
      console.error(`\nFAILED in ${name}: ${f.name}`);
      if (bad.length === 0 && f.message) console.error(indent(f.message));
      // The first few in full; a catalog test that fails once per language needs no 24 stack traces.
      for (const a of bad.slice(0, 3)) {
        console.error(`  × ${a.fullName}`);
        console.error(indent((a.failureMessages ?? []).join("\n")));
      }
      for (const a of bad.slice(3)) console.error(`  × ${a.fullName}`);
    }
  }
}

function indent(text) {
  return text
    .split("\n")
    .filter((l) => !l.includes("/node_modules/"))
    .slice(0, 10)
    .map((l) => `      ${l}`)
    .join("\n");
}

// Two stages, each running its parts side by side (the machine waits on Chromium and workerd more
// than it computes): the static checks and the client build, then the Node+Chromium and workerd suites.
// OC_TEST_SERIAL=1 runs everything one after the other, with live output.
const checks = [
  ["npx", ["tsc", "--noEmit"]],
  ["npx", ["biome", "check", "."]],
  ["npx", ["vite", "build", "--logLevel", "warn"]],
];
const suites = [["npx", ["vitest", "run", ...json("node-and-browser")]]];
if (existsSync("vitest.workers.config.ts"))
  suites.push(["npm", ["run", "--silent", "test:workers", "--", ...json("workers")]]);

if (process.env.OC_TEST_SERIAL === "1") {
  for (const [cmd, args] of [...checks, ...suites]) {
    const status = run(cmd, args);
    if (status !== 0) {
      printFailures();
      console.error(`\nnpm test: '${cmd} ${args.join(" ")}' failed (exit ${status}).`);
      process.exit(status);
    }
  }
} else {
  await stage(checks);
  await stage(suites);
}
let passed = 0;
let failed = 0;
let skipped = 0;
for (const name of ["node-and-browser", "workers"]) {
  const file = join(reports, `${name}.json`);
  if (!existsSync(file)) continue;
  const r = JSON.parse(readFileSync(file, "utf8"));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += r.numPendingTests + (r.numTodoTests ?? 0);
}
console.log("\nnpm test: all suites passed.");
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
