/**
 * Enrolment links and restarts (issue 11): a restart does not mint a second first link while one is
 * open, `npm run enrol` prints a fresh one that works (and ends the earlier one), admins list and
 * revoke open links.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openSqlite } from "../../db/node";
import { enrol, setup } from "../api/harness";

function enrolCli(dir: string, roles: string) {
  const r = spawnSync(
    process.execPath,
    ["--import", "tsx", "server/cli/enrol.ts", "--data-dir", dir, "--roles", roles],
    {
      encoding: "utf8",
      env: { ...process.env, PUBLIC_URL: "https://channel.example.org" },
    },
  );
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

describe("enrolment links", () => {
  it("mints no new first link at restart while one is open; npm run enrol prints a fresh one", async () => {
    const dir = mkdtempSync(join(tmpdir(), "oc-enrol-"));
    const database = openSqlite(join(dir, "channel.sqlite"));
    // The command runs on the real clock: so does this server.
    const now = new Date().toISOString();
    const first = await setup({ database, now });
    expect(first.firstCode).not.toBe("");
    const links = async () => (await first.database.db.query.enrolments.findMany()).length;
    expect(await links()).toBe(1);
    const restarted = await setup({ database, now });
    expect(restarted.firstCode).toBe("");
    expect(await links()).toBe(1);

    const cli = enrolCli(dir, "admin,handler,custodian");
    expect(cli.code, cli.out).toBe(0);
    const code = cli.out.match(/https:\/\/channel\.example\.org\/handler\.html#enrol=([A-Za-z0-9_-]+)/)?.[1];
    expect(code).toBeTruthy();
    // The earlier link stopped working; the fresh one enrols.
    first.clock.set(new Date().toISOString());
    expect((await first.request("POST", "/api/enrolment/check", { code: first.firstCode })).status).toBe(404);
    const check = await first.request<{ roles: string[] }>("POST", "/api/enrolment/check", { code });
    expect(check.json.roles.sort()).toEqual(["admin", "custodian", "handler"]);
    await enrol(first, code!, "alice");
    expect(enrolCli(dir, "root").code).toBe(2);
    database.close();
  }, 120_000);

  it("lets an admin list and revoke open links; a revoked link enrols nobody", async () => {
    const h = await setup();
    const alice = await enrol(h, h.firstCode, "alice");
    const made = await h.request<{ link: string }>(
      "POST",
      "/api/admin/enrolments",
      { roles: ["handler"] },
      alice.headers,
    );
    const code = made.json.link.split("#enrol=")[1]!;
    const list = await h.request<{ enrolments: { id: string; roles: string[] }[] }>(
      "GET",
      "/api/admin/enrolments",
      undefined,
      alice.headers,
    );
    expect(list.json.enrolments).toHaveLength(1);
    expect(JSON.stringify(list.json)).not.toContain(code);
    const revoked = await h.request(
      "DELETE",
      `/api/admin/enrolments/${list.json.enrolments[0]!.id}`,
      undefined,
      alice.headers,
    );
    expect(revoked.status).toBe(204);
    expect((await h.request("POST", "/api/enrolment/check", { code })).status).toBe(404);
    await expect(enrol(h, code, "mallory")).rejects.toThrow(/404/);
    expect((await h.request("GET", `/api/enrolment/${code}`)).status).toBe(404);
  });
});
