/**
 * Scale: one handler holding BENCH_CASES (default 100,000) cases on a real SQLite file
 * (WAL, synchronous = FULL). Prints, measured in this one run:
 * - the first triage page: server time p50 and p99 (app.request, no network) and its JSON size, and the
 *   size of the page's keys and summaries the browser fetches next;
 * - inbox login p50 and p99;
 * - for both, the CPU time per request as well, since wall time on a shared machine mostly measures
 *   the other processes (the load average is printed with it);
 * - proof of work is solved before each timed request, as the browser does while the person writes;
 * - submissions per second through HTTP (@hono/node-server, BENCH_CLIENTS concurrent clients, default 16,
 *   in a worker thread so that they do not share the server's event loop, as real reporting persons do
 *   not) against raw better-sqlite3 inserts of rows of the same size, one durable transaction each, and the
 *   ratio of the two;
 * - the server's CPU time per submission (sequential app.request, process.cpuUsage), and through HTTP
 *   that of the server's thread alone and of the whole process less the clients' thread (Linux). The
 *   database is opened as the server opens it, with its writer thread (db/writer-thread.ts).
 *
 *   npx tsx bench/scale.ts            BENCH_CASES=20000 npx tsx bench/scale.ts
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { serve } from "@hono/node-server";
import {
  deriveHandlerKeys,
  encryptJson,
  newCaseIdentity,
  newHandlerIdentity,
  newKdfParams,
  sealIdentity,
  sha256,
  toBase64,
  utf8,
  wrapIdentityTo,
} from "../crypto/index";
import { openSqlite } from "../db/node";
import type { CaseRow } from "../db/queries/cases";
import { hashSecret, randomId } from "../db/queries/ids";
import { getSettings } from "../db/queries/settings";
import { NO_DUE } from "../db/schema";
import { type PowScope, solvePow } from "../server/abuse/pow";
import { createApp } from "../server/app";
import { bootstrap } from "../server/bootstrap";
import { dueOf } from "../server/case/index";
import { addDays, todayIn } from "../server/directive";

const CASES = Number(process.env.BENCH_CASES ?? 100_000);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 16);
const SUBMISSIONS = Number(process.env.BENCH_SUBMISSIONS ?? 2000);
const POW_BITS = 8;
/**
 * The HTTP clients' thread (plain JavaScript): sends every body once, CLIENTS at a time over kept-alive
 * connections, and posts the seconds taken and its own CPU time. node:http rather than fetch: in
 * production the clients are other machines, and undici's fetch cost this one 0.6 ms of CPU per request
 * (with its garbage) against 0.2 ms.
 */
const CLIENTS_THREAD = `
const { parentPort, workerData: { url, clients, bodies, pows, addresses } } = require("node:worker_threads");
const http = require("node:http");
/** This thread's CPU time in ms (Linux), NaN elsewhere. */
const threadCpuMs = () => {
  try {
    return Number(require("node:fs").readFileSync("/proc/thread-self/schedstat", "utf8").split(" ")[0]) / 1e6;
  } catch {
    return Number.NaN;
  }
};
const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
const { hostname, port, pathname } = new URL(url);
const post = (i) =>
  new Promise((resolve, reject) => {
    const headers = {
      "content-type": "application/json",
      "content-length": Buffer.byteLength(bodies[i]),
      "x-bench-client": addresses[i],
      "x-oc-pow": pows[i],
    };
    const req = http.request({ agent, hostname, port, path: pathname, method: "POST", headers }, (res) => {
      const chunks = [];
      res.on("data", (chunk) => chunks.push(chunk));
      res.on("end", () =>
        res.statusCode === 201
          ? resolve()
          : reject(new Error("submission answered " + res.statusCode + ": " + Buffer.concat(chunks))),
      );
    });
    req.on("error", reject);
    req.end(bodies[i]);
  });
let sent = 0;
const started = performance.now();
Promise.all(Array.from({ length: clients }, async () => {
  for (let i = sent++; i < bodies.length; i = sent++) await post(i);
})).then(
  () => parentPort.postMessage({ seconds: (performance.now() - started) / 1000, cpuMs: threadCpuMs() }),
  (e) => parentPort.postMessage({ error: String(e) }),
);
`;

const dir = mkdtempSync(join(tmpdir(), "oc-scale-"));
// As the server opens it (server/node.ts): commits on a writer thread of their own.
const database = openSqlite(join(dir, "channel.sqlite"), { writerThread: true });
const sqlite = (database.db as unknown as { $client: import("better-sqlite3").Database }).$client;
let clientNo = 0;
const app = createApp({
  database,
  clock: () => new Date(),
  secret: new Uint8Array(32).fill(9),
  // Each simulated reporting person comes from their own address prefix, so the per-prefix limits
  // (a second line of defence) do not stop the benchmark.
  addressOf: (c) => c.req.header("x-bench-client"),
  // Solving is the client's work, which is not measured here; checking costs the server one HMAC
  // whatever the difficulty, so the benchmark solves a light one.
  powBits: POW_BITS,
});
/** A solved proof of work for one anonymous write, fetched and solved before any timing starts. */
async function solved(scope: PowScope): Promise<string> {
  const res = await app.request(`http://localhost/api/pow?scope=${scope}`);
  const c = (await res.json()) as { challenge: string; salt: string; bits: number };
  return `${c.challenge}.${solvePow(c.salt, c.bits)}`;
}
const nextClient = () => {
  clientNo += 1;
  return `${(clientNo >> 16) & 255}.${(clientNo >> 8) & 255}.${clientNo & 255}.1`;
};
const first = await bootstrap(
  database,
  { orgName: "Bench", jurisdiction: "EU", timeZone: "Europe/Brussels" },
  new Date(),
);
const settings = await getSettings(database);

// The handler enrols as the browser would.
const handler = await newHandlerIdentity();
const kdf = newKdfParams({ logN: 10 });
const { authKey, wrapKey } = await deriveHandlerKeys("bench passphrase!", kdf);
const enrolled = await app.request("http://localhost/api/enrolment", {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({
    code: first?.code,
    handle: "bench",
    displayName: "Bench",
    recipient: handler.recipient,
    kdf,
    authKey: toBase64(authKey),
    sealedIdentity: toBase64(sealIdentity(handler.identity, wrapKey, "bench")),
  }),
});
const person = ((await enrolled.json()) as { person: { id: string } }).person;
const cookie = /oc_session=[^;]+/.exec(enrolled.headers.get("set-cookie") ?? "")?.[0] ?? "";

// One real encrypted submission; each request below sends it with its own login key.
const caseKey = await newCaseIdentity();
const report = toBase64(
  await encryptJson([caseKey.recipient], { v: 1, category: "other", whatHappened: "x".repeat(2000) }),
);
const summary = toBase64(await encryptJson([caseKey.recipient], { v: 1, category: "other", subject: "x" }));
const wrapped = toBase64(await wrapIdentityTo(handler.recipient, caseKey.identity));
const reporterKey = toBase64(await wrapIdentityTo(caseKey.recipient, caseKey.identity));
const loginKeyOf = (i: number) => sha256(utf8(`bench login key ${i}`));
const submission = (loginKey: Uint8Array) =>
  JSON.stringify({
    loginKey: toBase64(loginKey),
    channelId: "default",
    caseRecipient: caseKey.recipient,
    report,
    summary,
    reporterKey,
    handlerKeys: [{ personId: person.id, wrapped }],
    excludedPersonIds: [],
    identity: null,
  });

// --- Build the cases: three years of reports, most of them closed. A bulk load in one transaction
// with prepared statements (the rows are the store's; its builders pay drizzle's cost per statement).
const today = todayIn(settings.timeZone, new Date());
const bulkCase = sqlite.prepare(
  `insert into cases (id, login_key_hash, channel_id, channel_kind, jurisdiction, status, outcome, received_on,
     acknowledged_on, follow_up_on, feedback_on, closed_on, case_recipient, reporter_key, summary, next_due_on, next_due_kind)
   values (?, ?, 'default', 'internal', 'EU', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
);
const bulkEntry = sqlite.prepare(
  `insert into entries (id, case_id, seq, thread_seq, kind, author, "on", ciphertext) values (?, ?, 1, 1, 'report', 'reporter', ?, ?)`,
);
const bulkKey = sqlite.prepare(
  "insert into case_keys (case_id, person_id, kind, wrapped, granted_at, due_on, received_on) values (?, ?, 'case', ?, ?, ?, ?)",
);
const started = performance.now();
sqlite.transaction(() => {
  for (let i = 0; i < CASES; i++) {
    const age = Math.floor(((CASES - 1 - i) * 1095) / CASES);
    const receivedOn = addDays(today, -age);
    const closed = age > 120;
    const row: CaseRow = {
      id: randomId(),
      loginKeyHash: hashSecret(loginKeyOf(i)),
      channelId: "default",
      channelKind: "internal",
      jurisdiction: "EU",
      timeZone: null,
      status: closed ? "closed" : age > 5 ? "in_follow_up" : "received",
      outcome: closed ? "no_action" : null,
      receivedOn,
      acknowledgedOn: age > 5 ? addDays(receivedOn, 3) : null,
      followUpOn: age > 5 ? addDays(receivedOn, 3) : null,
      feedbackOn: closed ? addDays(receivedOn, 80) : null,
      closedOn: closed ? addDays(receivedOn, 90) : null,
      outcomeCommunicatedOn: null,
      meetingRequestedOn: null,
      meetingProposedOn: null,
      furtherFeedbackRequestedOn: null,
      lastFeedbackOn: null,
      concernedToInform: false,
      extended: false,
      retaliationClaim: false,
      caseRecipient: caseKey.recipient,
      identityRecipient: null,
      reporterKey,
      reporterSigningKey: null,
      legalHold: null,
      nextDueOn: null,
      nextDueKind: null,
      summary,
      notesRecipient: null,
      assigneeId: null,
    };
    const due = dueOf(row, settings);
    bulkCase.run(
      row.id,
      row.loginKeyHash,
      row.status,
      row.outcome,
      receivedOn,
      row.acknowledgedOn,
      row.followUpOn,
      row.feedbackOn,
      row.closedOn,
      row.caseRecipient,
      reporterKey,
      summary,
      due.nextDueOn,
      due.nextDueKind,
    );
    bulkEntry.run(randomId(), row.id, receivedOn, report);
    bulkKey.run(
      row.id,
      person.id,
      wrapped,
      `${receivedOn}T00:00:00.000Z`,
      due.nextDueOn ?? NO_DUE,
      receivedOn,
    );
  }
})();
console.log(
  `built ${CASES} cases held by one handler in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
sqlite.pragma("wal_checkpoint(TRUNCATE)");
sqlite.exec("ANALYZE");

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? Number.NaN;
};
const ms = (x: number) => `${x.toFixed(2)} ms`;
/** The CPU time of the process (one thread: better-sqlite3 runs on it) in a `process.cpuUsage` delta. */
const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;
/**
 * The CPU time of the server's thread alone in ms, without the clients' thread (Linux schedstat of the
 * main thread); NaN where there is none.
 */
function serverThreadCpuMs(): number {
  try {
    return Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, "utf8").split(" ")[0]) / 1e6;
  } catch {
    return Number.NaN;
  }
}

// --- Triage: the first page, as the handler app asks for it.
const staff = { cookie };
let pageBytes = 0;
let pageIds: string[] = [];
const triageTimes: number[] = [];
const triageCpu: number[] = [];
for (let i = 0; i < 220; i++) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const res = await app.request("http://localhost/api/cases", { headers: staff });
  const text = await res.text();
  const t = performance.now() - t0;
  if (res.status !== 200) throw new Error(`triage answered ${res.status}: ${text.slice(0, 200)}`);
  if (i >= 20) triageTimes.push(t);
  if (i >= 20) triageCpu.push(cpuMs(process.cpuUsage(c0)));
  pageBytes = text.length;
  pageIds = (JSON.parse(text) as { cases: { id: string }[] }).cases.map((c) => c.id);
}
const keysRes = await app.request(`http://localhost/api/cases/summaries?ids=${pageIds.join(",")}`, {
  headers: staff,
});
const keysBytes = (await keysRes.text()).length;
const overdueTimes: number[] = [];
for (let i = 0; i < 50; i++) {
  const t0 = performance.now();
  await (await app.request("http://localhost/api/cases?filter=overdue", { headers: staff })).text();
  overdueTimes.push(performance.now() - t0);
}
console.log(
  `triage first page (${pageIds.length} rows): p50 ${ms(pct(triageTimes, 50))}, p99 ${ms(pct(triageTimes, 99))}, ` +
    `JSON ${(pageBytes / 1024).toFixed(1)} KB; the page's keys and summaries ${(keysBytes / 1024).toFixed(1)} KB; ` +
    `filter=overdue p50 ${ms(pct(overdueTimes, 50))}; CPU per first page p50 ${ms(pct(triageCpu, 50))}, p99 ${ms(pct(triageCpu, 99))}`,
);

// --- Inbox login with the token-derived key.
const inboxTimes: number[] = [];
const inboxCpu: number[] = [];
for (let i = 0; i < 1000; i++) {
  const key = loginKeyOf(Math.floor(Math.random() * CASES));
  const pow = await solved("inbox");
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const res = await app.request("http://localhost/api/inbox", {
    method: "POST",
    headers: { "content-type": "application/json", "x-bench-client": nextClient(), "x-oc-pow": pow },
    body: JSON.stringify({ loginKey: toBase64(key) }),
  });
  await res.text();
  if (res.status !== 200) throw new Error(`inbox answered ${res.status}`);
  inboxTimes.push(performance.now() - t0);
  inboxCpu.push(cpuMs(process.cpuUsage(c0)));
}
console.log(
  `inbox login: p50 ${ms(pct(inboxTimes, 50))}, p99 ${ms(pct(inboxTimes, 99))}; ` +
    `CPU p50 ${ms(pct(inboxCpu, 50))}, p99 ${ms(pct(inboxCpu, 99))} (load average ${loadavg()[0]?.toFixed(1)} on ${cpus().length} cores)`,
);

// --- Server CPU per submission: sequential, in process.
const cpuRuns = 300;
const cpuPows: string[] = [];
for (let i = 0; i < cpuRuns; i++) cpuPows.push(await solved("report"));
const cpu0 = process.cpuUsage();
for (let i = 0; i < cpuRuns; i++) {
  const res = await app.request("http://localhost/api/reports", {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-bench-client": nextClient(),
      "x-oc-pow": cpuPows[i] ?? "",
    },
    body: submission(crypto.getRandomValues(new Uint8Array(32))),
  });
  if (res.status !== 201) throw new Error(`submission answered ${res.status}: ${await res.text()}`);
}
const cpu = process.cpuUsage(cpu0);
console.log(
  `server CPU per submission: ${ms((cpu.user + cpu.system) / 1000 / cpuRuns)} (user ${ms(cpu.user / 1000 / cpuRuns)})`,
);

// --- Submissions through HTTP with concurrent clients.
const server = serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0 });
await new Promise((resolve) => server.once("listening", resolve));
const address = server.address();
const port = typeof address === "object" && address ? address.port : 0;
const bodies = Array.from({ length: SUBMISSIONS }, () =>
  submission(crypto.getRandomValues(new Uint8Array(32))),
);
const pows: string[] = [];
for (let i = 0; i < SUBMISSIONS; i++) pows.push(await solved("report"));
const addresses = Array.from({ length: SUBMISSIONS }, nextClient);
// The clients run in a thread of their own, so that the server's event loop does only the server's
// work, as in production where reporting persons send from their own machines.
// Both write phases start from an empty write-ahead log.
sqlite.pragma("wal_checkpoint(TRUNCATE)");
const serverCpu0 = serverThreadCpuMs();
const processCpu0 = process.cpuUsage();
let clientsCpu = Number.NaN;
const clients = new Worker(CLIENTS_THREAD, {
  eval: true,
  workerData: { url: `http://127.0.0.1:${port}/api/reports`, clients: CLIENTS, bodies, pows, addresses },
});
const clientSeconds = await new Promise<number>((resolve, reject) => {
  clients.once("message", (m: { seconds?: number; error?: string; cpuMs?: number }) => {
    clientsCpu = m.cpuMs ?? Number.NaN;
    if (m.error === undefined) resolve(m.seconds ?? Number.NaN);
    else reject(new Error(m.error));
  });
  clients.once("error", reject);
});
await clients.terminate();
const httpRate = SUBMISSIONS / clientSeconds;
const httpCpu = (serverThreadCpuMs() - serverCpu0) / SUBMISSIONS;
// Everything the process spent but the clients' own thread: the server's thread, the writer thread,
// V8's garbage collection (of the clients' heap too, which runs on shared threads) and libuv's pool.
const httpCpuAll = (cpuMs(process.cpuUsage(processCpu0)) - clientsCpu) / SUBMISSIONS;
server.close();

// --- Raw better-sqlite3: the same rows, one durable transaction each, no HTTP, no checks. Measured on
// the channel's own file (the same 100,000 cases and indexes the HTTP submissions went into), which the
// ratio uses, and on a fresh empty file for reference: an empty file's indexes are cheaper to grow.
function rawRate(sqliteFile: import("better-sqlite3").Database, offset: number): number {
  const insertCase = sqliteFile.prepare(
    "insert into cases (id, login_key_hash, channel_id, channel_kind, jurisdiction, status, received_on, case_recipient, reporter_key, summary, next_due_on, next_due_kind) values (?, ?, 'default', 'internal', 'EU', 'received', ?, ?, ?, ?, ?, 'acknowledge')",
  );
  const insertEntry = sqliteFile.prepare(
    "insert into entries (id, case_id, seq, thread_seq, kind, author, \"on\", ciphertext) values (?, ?, 1, 1, 'report', 'reporter', ?, ?)",
  );
  const insertKey = sqliteFile.prepare(
    "insert into case_keys (case_id, person_id, kind, wrapped, granted_at, due_on, received_on) values (?, ?, 'case', ?, ?, ?, ?)",
  );
  const rawOne = sqliteFile.transaction((i: number) => {
    const id = randomId();
    insertCase.run(
      id,
      hashSecret(loginKeyOf(-1 - offset - i)),
      today,
      caseKey.recipient,
      reporterKey,
      summary,
      today,
    );
    insertEntry.run(randomId(), id, today, report);
    insertKey.run(id, person.id, wrapped, today, today, today);
  });
  const begun = performance.now();
  for (let i = 0; i < SUBMISSIONS; i++) rawOne(i);
  return SUBMISSIONS / ((performance.now() - begun) / 1000);
}
sqlite.pragma("wal_checkpoint(TRUNCATE)");
const rawSameFile = rawRate(sqlite, 0);
const raw = openSqlite(join(dir, "raw.sqlite"));
const rawFresh = rawRate(
  (raw.db as unknown as { $client: import("better-sqlite3").Database }).$client,
  SUBMISSIONS,
);
console.log(
  `submissions: ${httpRate.toFixed(0)}/s through HTTP with ${CLIENTS} clients (in a thread apart from the server's), ${rawSameFile.toFixed(0)}/s raw better-sqlite3 into the same file (${rawFresh.toFixed(0)}/s into a fresh one); ratio ${(httpRate / rawSameFile).toFixed(2)} (${(httpRate / rawFresh).toFixed(2)} against the fresh file)` +
    (Number.isFinite(httpCpu)
      ? `; CPU per submission through HTTP: server thread ${ms(httpCpu)}, whole process less the clients' thread ${ms(httpCpuAll)}`
      : "") +
    ` (load average ${loadavg()[0]?.toFixed(1)})`,
);

await raw.close();
await database.close();
rmSync(dir, { recursive: true, force: true });
