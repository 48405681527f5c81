/**
 * Proof of work and address limits, attached on the routes they guard (server/middleware/pow.ts,
 * server/middleware/rate-limit.ts): each anonymous write asks for its proof before it reads the body,
 * and each limit counts only the routes that name its scope.
 */
import type { Context } from "hono";
import { describe, expect, it } from "vitest";
import { setup } from "./harness";

const byHeader = (c: Context) => c.req.header("x-test-address");

describe("proof of work on the anonymous write routes", () => {
  it("is asked for before the body is read, and nothing changes", async () => {
    const h = await setup();
    const before = await h.counts();
    for (const path of ["/api/reports", "/api/inbox", "/api/inbox/messages", "/api/attachments"]) {
      const res = await h.app.request(`http://localhost${path}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: "{ not json",
      });
      expect(res.status, path).toBe(428);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("pow_required");
    }
    expect(await h.counts()).toEqual(before);
  });
});

describe("address limits attached on the route", () => {
  it("counts each route of a scope once per request, per address prefix", async () => {
    const h = await setup({ addressOf: byHeader });
    const recover = (address: string) =>
      h.request("POST", "/api/session/recover", {}, { "x-test-address": address });
    for (let i = 0; i < 10; i++) expect((await recover("203.0.113.7")).status).toBe(400);
    const over = await recover("203.0.113.8");
    expect(over.status).toBe(429);
    expect((over.json as { error: { code: string } }).error.code).toBe("rate_limited");
    // Another prefix is not shut out, and the neighbouring route of another scope is not counted.
    expect((await recover("198.51.100.7")).status).toBe(400);
    const params = await h.request(
      "POST",
      "/api/session/recover/params",
      { handle: "nobody" },
      {
        "x-test-address": "203.0.113.7",
      },
    );
    expect(params.status).toBe(200);
  });

  it("shares one count between the routes that name the same scope", async () => {
    const h = await setup({ addressOf: byHeader });
    const headers = { "x-test-address": "203.0.113.7" };
    for (let i = 0; i < 15; i++) {
      expect((await h.request("POST", "/api/enrolment/check", {}, headers)).status).toBe(400);
      expect((await h.request("POST", "/api/enrolment", {}, headers)).status).toBe(400);
    }
    expect((await h.request("POST", "/api/enrolment/check", {}, headers)).status).toBe(429);
    expect((await h.request("POST", "/api/enrolment", {}, headers)).status).toBe(429);
  });

  it("leaves a request alone whose address is not known: no shared bucket for everyone", async () => {
    const h = await setup();
    for (let i = 0; i < 12; i++)
      expect((await h.request("POST", "/api/session/recover", {})).status).toBe(400);
  });
});
