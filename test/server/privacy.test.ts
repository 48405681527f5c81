/**
 * What the server may know (DESIGN.md): no address, no user agent, no token, no time of day for the
 * reporting person. Requests carry a distinctive address and agent; the SQLite file and its WAL are
 * searched for them afterwards, and reporter events are checked for day precision.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { encryptJson, toBase64 } from "../../crypto/index";
import { openSqlite } from "../../db/node";
import { createApp } from "../../server/app";
import { bootstrap } from "../../server/bootstrap";
import { buildSubmission, enrol, manualClock, TEST_POW_BITS, withPow } from "../api/harness";

const ADDRESS = "203.0.113.77";
const AGENT = "Mozilla/5.0 AGENT-SENTINEL-91c2";

describe("what the server keeps about the reporting person", () => {
  it("stores no address, user agent, token or time of day", async () => {
    const { mkdtempSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const database = openSqlite(join(mkdtempSync(join(tmpdir(), "oc-privacy-")), "channel.sqlite"));
    const clock = manualClock("2026-11-27T08:05:00Z");
    const app = createApp({
      database,
      clock,
      secret: new Uint8Array(32),
      addressOf: () => ADDRESS,
      powBits: TEST_POW_BITS,
    });
    const getJson = async (path: string) => (await app.request(`http://localhost${path}`)).json() as never;
    const first = await bootstrap(database, undefined, clock());
    const headers = { "user-agent": AGENT, "x-forwarded-for": ADDRESS, "x-real-ip": ADDRESS };
    const request = async (
      method: string,
      path: string,
      body?: unknown,
      extra: Record<string, string> = {},
    ) => {
      const res = await app.request(`http://localhost${path}`, {
        method,
        headers: await withPow(getJson, method, path, {
          ...headers,
          ...extra,
          ...(body ? { "content-type": "application/json" } : {}),
        }),
        body: body ? JSON.stringify(body) : undefined,
      });
      const text = await res.text();
      return { status: res.status, json: text ? JSON.parse(text) : null, headers: res.headers };
    };
    const h = { app, database, clock, request, counts: async () => ({}), firstCode: first?.code ?? "" };
    const _alice = await enrol(h as never, h.firstCode, "alice");
    // Handler events keep their full time; the reporting person's (from 16:47 UTC on) must not.
    clock.set("2026-11-27T16:47:13Z");
    const { body, reporter } = await buildSubmission(h as never, { whatHappened: "x" });
    expect((await request("POST", "/api/reports", body)).status).toBe(201);
    await request("POST", "/api/inbox", { loginKey: reporter.loginKey });
    const msg = toBase64(await encryptJson([reporter.caseRecipient], { v: 1, text: "hi" }));
    expect(
      (await request("POST", "/api/inbox/messages", { loginKey: reporter.loginKey, message: msg })).status,
    ).toBe(201);

    const file = `${readFileSync(database.file).toString("latin1")}${(() => {
      try {
        return readFileSync(`${database.file}-wal`).toString("latin1");
      } catch {
        return "";
      }
    })()}`;
    for (const secret of [
      ADDRESS,
      "203.0.113",
      "AGENT-SENTINEL",
      reporter.token,
      reporter.token.replace(/-/g, ""),
      reporter.loginKey,
    ]) {
      expect(file).not.toContain(secret);
    }
    // The submission happened at 17:47 Brussels time; only the day is kept for the reporter's events.
    expect(file).not.toContain("16:47");
    expect(file).not.toContain("17:47");
    const rows = await database.db.query.entries.findMany();
    for (const e of rows.filter((r) => r.author === "reporter")) {
      expect(e.on).toBe("2026-11-27");
      expect(e.at).toBeNull();
    }
    // The audit log is of staff actions: a submission placed between two timed entries would be dated.
    const audit = await database.db.query.auditLog.findMany();
    expect(audit.filter((a) => a.actor === null && a.caseId !== null)).toEqual([]);
    database.close();
  });
});
