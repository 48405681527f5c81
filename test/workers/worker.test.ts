/**
 * The Workers entry (server/worker.ts) as Cloudflare runs it: its `fetch` and `scheduled` handlers with
 * wrangler.toml's bindings (D1, R2, the assets of dist/client) in workerd. The API itself is covered by
 * the shared suite in test/api, which this project runs on D1 too.
 */
import {
  applyD1Migrations,
  createExecutionContext,
  createScheduledController,
  reset,
  waitOnExecutionContext,
} from "cloudflare:test";
import { env } from "cloudflare:workers";
import { count } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { decryptJson, fromBase64, unwrapIdentity } from "../../crypto/index";
import { openD1 } from "../../db/d1";
import { auditLog, enrolments, settings } from "../../db/schema";
import worker, { resetIsolateForTests, scheduledTick, type WorkerEnv } from "../../server/worker";
import { type Answer, enrol, type Harness, solvedPow, submit, withPow } from "../api/harness";

const ORIGIN = "https://channel.example";

async function call(path: string, init: RequestInit = {}, bindings: WorkerEnv = env): Promise<Response> {
  const ctx = createExecutionContext();
  const request = new Request(`${ORIGIN}${path}`, init) as Request<unknown, IncomingRequestCfProperties>;
  const res = await worker.fetch(request, bindings, ctx);
  await waitOnExecutionContext(ctx);
  return res;
}

const getJson = async (path: string) => (await call(path)).json() as never;

/** The harness's `request`, through the Worker's fetch handler instead of `app.request`. */
function viaWorker(): Harness {
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
    const res = await call(path, init);
    const text = await res.text();
    return {
      status: res.status,
      json: (text ? JSON.parse(text) : null) as T,
      headers: res.headers,
    } as Answer<T>;
  }
  return { request } as unknown as Harness;
}

function setupEnrolment(secret: string | undefined, bindings: WorkerEnv = env) {
  const headers: Record<string, string> = secret ? { authorization: `Bearer ${secret}` } : {};
  return call("/api/setup/enrolment", { method: "POST", headers }, bindings);
}

async function rows(table: typeof enrolments | typeof settings | typeof auditLog): Promise<number> {
  const [row] = await openD1(env.DB).db.select({ n: count() }).from(table);
  return row?.n ?? 0;
}

beforeEach(async () => {
  // Storage is isolated per file, not per test: start every test from an empty, migrated database
  // and a new isolate (the Worker keeps its app, rate limits and readiness per isolate).
  await reset();
  await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
  resetIsolateForTests();
});

describe("the Worker's fetch handler", () => {
  it("answers /healthz with the app's security headers", async () => {
    const res = await call("/healthz");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
    expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
  });

  it("prepares settings from [vars] and the default channel once, and mints no enrolment link", async () => {
    const config = await call("/api/config");
    expect(config.status).toBe(200);
    const body = (await config.json()) as { organisation: { name: string }; channels: { id: string }[] };
    expect(body.organisation.name).toBe(env.ORG_NAME);
    expect(body.channels.map((c) => c.id)).toEqual(["default"]);
    await call("/healthz");
    expect(await rows(settings)).toBe(1);
    expect(await rows(enrolments)).toBe(0);
    expect(await rows(auditLog)).toBe(0);
  });

  it("serves / as index.html from the assets, with the security headers", async () => {
    const res = await call("/");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    expect(await res.text()).toMatch(/<html/i);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("content-security-policy")).toMatch(/script-src 'self'(;|$)/);
  });

  it("answers an unknown path with the app's JSON 404", async () => {
    const res = await call("/nothing-here.html");
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("not_found");
  });

  it("keys rate limits by cf-connecting-ip, and one address's limit leaves another's alone", async () => {
    const inbox = async (ip: string) =>
      call("/api/inbox", {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "cf-connecting-ip": ip,
          "x-oc-pow": await solvedPow(getJson, "inbox"),
        },
        body: JSON.stringify({ loginKey: "AAAA" }),
      });
    for (let i = 0; i < 30; i++) expect((await inbox("203.0.113.7")).status).not.toBe(429);
    expect((await inbox("203.0.113.8")).status).toBe(429); // same /24 prefix
    expect((await inbox("198.51.100.7")).status).not.toBe(429);
  });
});

describe("first enrolment with ENROL_SECRET", () => {
  it("mints the link only with the secret, only while nobody is enrolled, and the link enrols", async () => {
    expect((await setupEnrolment(undefined)).status).toBe(401);
    expect((await setupEnrolment(`${env.ENROL_SECRET}x`)).status).toBe(401);
    const res = await setupEnrolment(env.ENROL_SECRET);
    expect(res.status).toBe(201);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const { link } = (await res.json()) as { link: string; expiresAt: string };
    const code = new URL(link).hash.replace(/^#enrol=/, "");
    expect(new URL(link).pathname).toBe("/handler.html");

    const h = viaWorker();
    const check = await h.request<{ roles: string[] }>("POST", "/api/enrolment/check", { code });
    expect(check.json.roles.sort()).toEqual(["admin", "custodian", "handler"]);
    await enrol(h, code, "alice");

    const again = await setupEnrolment(env.ENROL_SECRET);
    expect(again.status).toBe(409);
    expect(((await again.json()) as { error: { code: string } }).error.code).toBe("already_enrolled");
  });

  it("is off (404) when no secret, or one shorter than 32 characters, is set", async () => {
    expect((await setupEnrolment("x", { ...env, ENROL_SECRET: undefined })).status).toBe(404);
    resetIsolateForTests();
    const short = "only-twenty-characters";
    expect((await setupEnrolment(short, { ...env, ENROL_SECRET: short })).status).toBe(404);
    expect(await rows(enrolments)).toBe(0);
  });
});

describe("a report through the Worker, on D1", () => {
  it("is received, listed for the handler, and read back by the reporting person", async () => {
    const { link } = (await (await setupEnrolment(env.ENROL_SECRET)).json()) as { link: string };
    const h = viaWorker();
    const alice = await enrol(h, new URL(link).hash.replace(/^#enrol=/, ""), "alice");
    const { reporter } = await submit(h, { whatHappened: "through workerd" });

    const list = await h.request<{ cases: { id: string }[] }>("GET", "/api/cases", undefined, alice.headers);
    expect(list.json.cases).toHaveLength(1);
    const inbox = await h.request<{ reporterKey: string; entries: { ciphertext: string }[] }>(
      "POST",
      "/api/inbox",
      { loginKey: reporter.loginKey },
    );
    expect(inbox.status).toBe(200);
    const caseIdentity = await unwrapIdentity(reporter.identity, fromBase64(inbox.json.reporterKey));
    const report = await decryptJson<{ whatHappened: string }>(
      [caseIdentity],
      fromBase64(inbox.json.entries[0]!.ciphertext),
    );
    expect(report.whatHappened).toBe("through workerd");
  });
});

describe("the Worker's scheduled handler", () => {
  it("runs the scheduled jobs for a Cron Trigger and prepares the database", async () => {
    const controller = createScheduledController({
      scheduledTime: new Date("2026-11-27T10:15:00Z"),
      cron: "*/15 * * * *",
    });
    await worker.scheduled(controller, env);
    expect(await rows(settings)).toBe(1);
    // No mailer on Workers yet: the jobs run, plan for the organisation's day, and send nothing.
    const summary = await scheduledTick(env, new Date("2026-11-27T23:30:00Z"));
    expect(summary).toMatchObject({ day: "2026-11-28", mail: "off", sent: 0, failed: 0 });
    expect(await rows(settings)).toBe(1);
    expect(await rows(enrolments)).toBe(0);
  });
});
