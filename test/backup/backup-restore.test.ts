/**
 * `npm run backup` and `npm run restore` end to end, as child processes on real SQLite files, with
 * real reports (encrypted as the browser does) arriving while the backup runs.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { generateHybridIdentity, identityToRecipient } from "age-encryption";
import BetterSqlite3 from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { decryptJson, deriveReporterKeys, fromBase64, unwrapIdentity } from "../../crypto/index";
import { type NodeDatabase, openSqlite } from "../../db/node";
import { createApp } from "../../server/app";
import { recipientFingerprint } from "../../server/backup/recipient";
import { parseIdentity } from "../../server/backup/restore";
import { fileBlobStore } from "../../server/blob/fs";
import {
  enrol,
  type Harness,
  type Reporter,
  type Staff,
  setup,
  signIn,
  submit,
  TEST_POW_BITS,
  withPow,
} from "../api/harness";
import { cli, fileContains, filesUnder } from "./cli";

const SENTINEL = "SENTINEL-7f3c-never-in-a-backup";

/** The real app over another data folder, with the harness's request helper shape. */
function harnessOn(database: NodeDatabase, clock: Harness["clock"]): Harness {
  const app = createApp({ database, clock, secret: new Uint8Array(32).fill(7), powBits: TEST_POW_BITS });
  const getJson = async (path: string) => (await app.request(`http://localhost${path}`)).json() as never;
  async function request<T>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) {
    const init: RequestInit = { method, headers: await withPow(getJson, method, path, headers) };
    if (body !== undefined) {
      init.body = JSON.stringify(body);
      (init.headers as Record<string, string>)["content-type"] = "application/json";
    }
    const res = await app.request(`http://localhost${path}`, init);
    const text = await res.text();
    return { status: res.status, json: (text ? JSON.parse(text) : null) as T, headers: res.headers };
  }
  return { app, database, clock, request, counts: async () => ({}), firstCode: "" } as unknown as Harness;
}

async function reportText(reporter: Reporter, h: Harness): Promise<string | null> {
  const res = await h.request<{ reporterKey: string; entries: { kind: string; ciphertext: string }[] }>(
    "POST",
    "/api/inbox",
    { loginKey: reporter.loginKey },
  );
  if (res.status !== 200) return null;
  const keys = await deriveReporterKeys(reporter.token);
  const caseIdentity = await unwrapIdentity(keys.identity, fromBase64(res.json.reporterKey));
  const first = res.json.entries.find((e) => e.kind === "report");
  return (await decryptJson<{ whatHappened: string }>([caseIdentity], fromBase64(first!.ciphertext)))
    .whatHappened;
}

async function handlerTexts(h: Harness, staff: Staff): Promise<Set<string>> {
  const list = await h.request<{ cases: { id: string }[] }>("GET", "/api/cases", undefined, staff.headers);
  const texts = new Set<string>();
  for (const { id } of list.json.cases) {
    const view = await h.request<{ myKey: string; entries: { kind: string; ciphertext: string }[] }>(
      "GET",
      `/api/cases/${id}`,
      undefined,
      staff.headers,
    );
    const caseIdentity = await unwrapIdentity(staff.identity, fromBase64(view.json.myKey));
    const report = view.json.entries.find((e) => e.kind === "report");
    texts.add(
      (await decryptJson<{ whatHappened: string }>([caseIdentity], fromBase64(report!.ciphertext)))
        .whatHappened,
    );
  }
  return texts;
}

describe("backup under load and restore", () => {
  let work: string;
  let keyFile: string;
  let recipient: string;
  let h: Harness;
  let alice: Staff;
  let dataDir: string;
  let backupFile: string;
  let tmp: string;
  const before: { reporter: Reporter; text: string }[] = [];
  let during = 0;
  let backupRun: Awaited<ReturnType<typeof cli>>;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), "oc-backup-"));
    tmp = join(work, "tmp");
    mkdirSync(tmp);
    const identity = await generateHybridIdentity();
    recipient = await identityToRecipient(identity);
    keyFile = join(work, "backup-key.txt");
    writeFileSync(keyFile, `# backup key\n${identity}\n`, { mode: 0o600 });

    h = await setup();
    alice = await enrol(h, h.firstCode, "alice");
    dataDir = dirname((h.database as NodeDatabase).file);
    const blobs = fileBlobStore(join(dataDir, "blobs"));
    for (let i = 0; i < 6; i++) {
      const text = `${SENTINEL} report ${i}`;
      const { reporter } = await submit(h, { whatHappened: text });
      before.push({ reporter, text });
      await blobs.put(`attachments/before-${i}`, new Uint8Array(3000).fill(i + 1));
    }
    // An upload still under way (the file store keeps it as KEY.uploading) and a file that is not
    // the blob store's.
    writeFileSync(join(dataDir, "blobs/attachments/partial.uploading"), Buffer.alloc(1500, 9));
    writeFileSync(join(dataDir, "blobs/notes.txt"), "not a blob");
    backupFile = join(work, "channel.age");
    const running = cli("backup", ["--out", backupFile], {
      DATA_DIR: dataDir,
      BACKUP_RECIPIENT: recipient,
      TMPDIR: tmp,
    });
    let finished = false;
    void running.then(() => {
      finished = true;
    });
    // Reports keep arriving while the backup runs; none of them is waited for by the backup.
    while (!finished) {
      // The per-sender limit is 20 an hour; move the clock on rather than wait.
      if (during % 15 === 14) h.clock.set(new Date(h.clock().getTime() + 61 * 60_000).toISOString());
      await submit(h, { whatHappened: `${SENTINEL} during ${during}` });
      during += 1;
      // Let the child process's events in: in-process requests alone never yield to I/O.
      await new Promise((r) => setTimeout(r, 5));
    }
    backupRun = await running;
  }, 120_000);

  it("finishes while reports arrive and says what it wrote", () => {
    expect(backupRun.code, backupRun.out).toBe(0);
    expect(during).toBeGreaterThan(0);
    expect(backupRun.out).toMatch(/cases (\d+), blobs 7, bytes \d+/);
    const cases = Number(/cases (\d+)/.exec(backupRun.out)?.[1]);
    expect(cases).toBeGreaterThanOrEqual(before.length);
    expect(backupRun.out).toMatch(/audit head seq \d+ hash [0-9a-f]{64}/);
  });

  it("restores every case acknowledged before the backup began: inboxes open, the handler decrypts", async () => {
    const target = join(work, "restored");
    const run = await cli("restore", [backupFile, "--data-dir", target, "--identity", keyFile], {
      TMPDIR: tmp,
    });
    expect(run.code, run.out).toBe(0);
    const sqlite = new BetterSqlite3(join(target, "channel.sqlite"), { readonly: true });
    expect(sqlite.pragma("integrity_check", { simple: true })).toBe("ok");
    sqlite.close();
    const verify = await cli("audit-verify", ["--data-dir", target]);
    expect(verify.code, verify.out).toBe(0);
    expect(readFileSync(join(target, "blobs/attachments/before-3"))).toEqual(Buffer.alloc(3000, 4));
    expect(readFileSync(join(target, "blobs/attachments/partial.uploading"))).toEqual(Buffer.alloc(1500, 9));
    expect(existsSync(join(target, "blobs/notes.txt"))).toBe(false);

    const restored = harnessOn(openSqlite(join(target, "channel.sqlite")), h.clock);
    for (const { reporter, text } of before) expect(await reportText(reporter, restored)).toBe(text);
    const texts = await handlerTexts(restored, await signIn(restored, alice));
    for (const { text } of before) expect(texts).toContain(text);
    (restored.database as NodeDatabase).close();
  }, 60_000);

  it("takes the identity on stdin too", async () => {
    const target = join(work, "from-stdin");
    const run = await cli(
      "restore",
      [backupFile, "--data-dir", target],
      { TMPDIR: tmp },
      readFileSync(keyFile, "utf8"),
    );
    expect(run.code, run.out).toBe(0);
    expect(existsSync(join(target, "channel.sqlite"))).toBe(true);
  });

  it("never puts a report's plaintext or the database's own bytes into the backup or a temporary file", () => {
    expect(fileContains(backupFile, SENTINEL)).toBe(false);
    // The database in the clear would start with SQLite's header and hold the case rows' dates.
    expect(fileContains(backupFile, "SQLite format 3")).toBe(false);
    expect(fileContains(backupFile, "audit_log")).toBe(false);
    for (const file of [...filesUnder(tmp), ...filesUnder(work)]) {
      expect(fileContains(file, SENTINEL), file).toBe(false);
    }
    // Nothing was left beside the backup (no FILE.partial) or beside the restored folders.
    expect(readdirSync(work).filter((n) => n.includes("partial") || n.includes("restoring"))).toEqual([]);
  });

  it("refuses a backup with one changed byte, or cut short, with a clear message, and creates nothing", async () => {
    const bytes = readFileSync(backupFile);
    const cases: [string, Buffer][] = [];
    for (const at of [40, 2500, Math.floor(bytes.length / 2), bytes.length - 5]) {
      const changed = Buffer.from(bytes);
      changed[at] = (changed[at] ?? 0) ^ 0x01;
      cases.push([`byte ${at}`, changed]);
    }
    cases.push(["truncated", bytes.subarray(0, bytes.length - 1000)]);
    for (const [what, content] of cases) {
      const parent = mkdtempSync(join(work, "damaged-"));
      const file = join(parent, "damaged.age");
      writeFileSync(file, content);
      const target = join(parent, "restored");
      const run = await cli("restore", [file, "--data-dir", target, "--identity", keyFile], { TMPDIR: tmp });
      expect(run.code, `${what}: ${run.out}`).toBe(1);
      expect(run.out, what).toMatch(
        /restore: refused \((damaged|truncated|format|identity)\).*Nothing was written/,
      );
      expect(readdirSync(parent), what).toEqual(["damaged.age"]);
    }
  }, 60_000);

  it("refuses the wrong key and a target that is not empty", async () => {
    const other = join(work, "other-key.txt");
    writeFileSync(other, await generateHybridIdentity());
    const wrong = await cli("restore", [backupFile, "--data-dir", join(work, "wrong"), "--identity", other]);
    expect(wrong.code).toBe(1);
    expect(wrong.out).toContain("wrong key");
    expect(existsSync(join(work, "wrong"))).toBe(false);
    const busy = await cli("restore", [backupFile, "--data-dir", dataDir, "--identity", keyFile]);
    expect(busy.code).toBe(1);
    expect(busy.out).toContain("not empty");
  });

  it("refuses to run without a hybrid recipient", async () => {
    const none = await cli("backup", ["--out", join(work, "none.age")], {
      DATA_DIR: dataDir,
      BACKUP_RECIPIENT: "",
    });
    expect(none.code).toBe(2);
    expect(none.out).toContain("no backup recipient");
    const x25519 = await cli("backup", ["--out", join(work, "x.age")], {
      DATA_DIR: dataDir,
      BACKUP_RECIPIENT: "age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj",
    });
    expect(x25519.code).toBe(1);
    expect(existsSync(join(work, "x.age"))).toBe(false);
  });
});

describe("npm run backup:keygen", () => {
  it("writes a hybrid identity the restore reads, prints its recipient and fingerprint, and never overwrites", async () => {
    const dir = mkdtempSync(join(tmpdir(), "oc-keygen-"));
    const file = join(dir, "backup-key.txt");
    const made = await cli("backup-keygen", ["--out", file]);
    expect(made.code, made.out).toBe(0);
    const recipient = await identityToRecipient(parseIdentity(readFileSync(file, "utf8")));
    expect(recipient).toMatch(/^age1pq1/);
    expect(made.out).toContain(recipient);
    expect(made.out).toContain(recipientFingerprint(recipient));
    const again = await cli("backup-keygen", ["--out", file]);
    expect(again.code).toBe(1);
    expect(await identityToRecipient(parseIdentity(readFileSync(file, "utf8")))).toBe(recipient);
  });
});
