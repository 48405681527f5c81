/**
 * Upgrading: a database made by the previous release's migrations (only the first migration of
 * db/migrations, 0000_init), filled with a real case, reaches the current schema when the current
 * code opens it (as `npm start` does), and the case still opens and decrypts on the current app.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { describe, expect, it } from "vitest";
import {
  decryptJson,
  deriveReporterKeys,
  encryptJson,
  fromBase64,
  generateCaseToken,
  newCaseIdentity,
  toBase64,
  unwrapIdentity,
  wrapIdentityTo,
} from "../../crypto/index";
import { entryHash, GENESIS_HASH, verifyChain } from "../../db/audit-chain";
import { MIGRATIONS_DIR, openSqlite } from "../../db/node";
import { hashSecret } from "../../db/queries/ids";
import { createApp } from "../../server/app";
import { solvedPow, TEST_POW_BITS } from "../api/harness";

const PREVIOUS = "0000_init";

/** A migrations folder holding only the previous release's migrations. */
function previousRelease(): string {
  const dir = mkdtempSync(join(tmpdir(), "oc-prev-migrations-"));
  mkdirSync(join(dir, "meta"));
  const journal = JSON.parse(readFileSync(join(MIGRATIONS_DIR, "meta/_journal.json"), "utf8"));
  const upTo = journal.entries.findIndex((e: { tag: string }) => e.tag === PREVIOUS);
  journal.entries = journal.entries.slice(0, upTo + 1);
  writeFileSync(join(dir, "meta/_journal.json"), JSON.stringify(journal));
  copyFileSync(join(MIGRATIONS_DIR, `${PREVIOUS}.sql`), join(dir, `${PREVIOUS}.sql`));
  return dir;
}

describe("upgrading a database", () => {
  it("migrates a previous release's database with its data to the current schema, and the case still opens", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "oc-upgrade-")), "channel.sqlite");
    const old = new BetterSqlite3(file);
    old.pragma("journal_mode = WAL");
    migrate(drizzle(old), { migrationsFolder: previousRelease() });

    // Fill it as the previous release did: settings, a case with its wrapped key and report, audit.
    const token = generateCaseToken();
    const keys = await deriveReporterKeys(token);
    const kase = await newCaseIdentity();
    const report = toBase64(
      await encryptJson([kase.recipient], { v: 1, whatHappened: "kept across upgrades" }),
    );
    old
      .prepare(
        "INSERT INTO settings (id, org_name, jurisdiction, time_zone, retention_years, reminder_ack_days, reminder_feedback_days, require_totp, require_disclosure_approval, profile, updated_at) VALUES (1, 'Old org', 'EU', 'Europe/Brussels', 3, 2, 14, 0, 0, '{}', '2026-01-01T00:00:00.000Z')",
      )
      .run();
    old
      .prepare(
        "INSERT INTO cases (id, login_key_hash, channel_id, jurisdiction, status, received_on, case_recipient, reporter_key) VALUES ('case-1', ?, 'default', 'EU', 'received', '2026-11-20', ?, ?)",
      )
      .run(
        hashSecret(keys.loginKey),
        kase.recipient,
        toBase64(await wrapIdentityTo(keys.recipient, kase.identity)),
      );
    old
      .prepare(
        "INSERT INTO entries (id, case_id, seq, kind, author, \"on\", ciphertext) VALUES ('e-1', 'case-1', 1, 'report', 'reporter', '2026-11-20', ?)",
      )
      .run(report);
    const fields = {
      seq: 1,
      at: "2026-11-20T09:00:00.000Z",
      actor: null,
      action: "test.before-upgrade",
      caseId: null,
      detail: "{}",
    };
    old
      .prepare(
        "INSERT INTO audit_log (seq, at, actor, action, case_id, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
      )
      .run(1, fields.at, null, fields.action, null, "{}", GENESIS_HASH, entryHash(fields, GENESIS_HASH));
    old.close();

    // The current code opens it as `npm start` does: migrations first.
    const database = openSqlite(file);
    const journal = JSON.parse(readFileSync(join(MIGRATIONS_DIR, "meta/_journal.json"), "utf8"));
    const raw = new BetterSqlite3(file, { readonly: true });
    expect((raw.prepare("SELECT count(*) AS n FROM __drizzle_migrations").get() as { n: number }).n).toBe(
      journal.entries.length,
    );
    expect(raw.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(raw.pragma("foreign_key_check")).toEqual([]);
    const chain = raw
      .prepare(
        "SELECT seq, at, actor, action, case_id AS caseId, detail, prev_hash AS prevHash, hash FROM audit_log ORDER BY seq",
      )
      .all();
    raw.close();
    expect(verifyChain(chain as never).ok).toBe(true);

    const app = createApp({
      database,
      clock: () => new Date("2026-11-27T10:00:00Z"),
      secret: new Uint8Array(32),
      powBits: TEST_POW_BITS,
    });
    const version = (await (await app.request("http://localhost/api/version")).json()) as {
      schema: { latest: string };
    };
    expect(version.schema.latest).toBe(journal.entries.at(-1).tag);
    const inbox = await app.request("http://localhost/api/inbox", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-oc-pow": await solvedPow(
          async (path) => (await app.request(`http://localhost${path}`)).json() as never,
          "inbox",
        ),
      },
      body: JSON.stringify({ loginKey: toBase64(keys.loginKey) }),
    });
    expect(inbox.status).toBe(200);
    const body = (await inbox.json()) as { reporterKey: string; entries: { ciphertext: string }[] };
    const caseIdentity = await unwrapIdentity(keys.identity, fromBase64(body.reporterKey));
    const text = await decryptJson<{ whatHappened: string }>(
      [caseIdentity],
      fromBase64(body.entries[0]!.ciphertext),
    );
    expect(text.whatHappened).toBe("kept across upgrades");
    database.close();
  });
});
