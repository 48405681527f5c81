import { describe, expect, it } from "vitest";
import { setup } from "./harness";

describe("meta", () => {
  it("answers /healthz", async () => {
    const h = await setup();
    const res = await h.request("GET", "/healthz");
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ ok: true });
  });

  it("lists every route of the app in /api/openapi.json", async () => {
    const h = await setup();
    const doc = await h.request<{ paths: Record<string, Record<string, unknown>> }>(
      "GET",
      "/api/openapi.json",
    );
    const served = h.app.routes
      .filter((r) => r.method !== "ALL" && r.path !== "/*" && !r.path.endsWith("*"))
      .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, "{$1}")}`);
    const listed = Object.entries(doc.json.paths).flatMap(([p, ms]) =>
      Object.keys(ms).map((m) => `${m} ${p}`),
    );
    for (const route of served) expect(listed).toContain(route);
  });

  it("documents only routes the app serves, each once, with the schema its validator checks", async () => {
    const h = await setup();
    type Op = {
      summary?: string;
      security?: unknown[];
      requestBody?: { content: { "application/json": { schema: { properties?: Record<string, unknown> } } } };
      parameters?: { name: string; in: string }[];
    };
    const doc = await h.request<{ paths: Record<string, Record<string, Op>> }>("GET", "/api/openapi.json");
    const served = new Set(
      h.app.routes
        .filter((r) => r.method !== "ALL" && !r.path.includes("*"))
        .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, "{$1}")}`),
    );
    const listed = Object.entries(doc.json.paths).flatMap(([p, ms]) =>
      Object.keys(ms).map((m) => `${m} ${p}`),
    );
    expect(new Set(listed).size).toBe(listed.length);
    for (const route of listed) expect(served).toContain(route);
    expect(listed.length).toBe(served.size);
    // Every operation says what it does; the shapes come from the valibot schemas of the routes.
    for (const ms of Object.values(doc.json.paths))
      for (const op of Object.values(ms)) expect(op.summary).toBeTruthy();
    const report = doc.json.paths["/api/reports"]?.post;
    expect(Object.keys(report?.requestBody?.content["application/json"].schema.properties ?? {})).toEqual(
      expect.arrayContaining(["channelId", "loginKey"]),
    );
    const triage = doc.json.paths["/api/cases"]?.get;
    expect(triage?.security).toEqual([{ session: [] }]);
    expect(triage?.parameters?.filter((p) => p.in === "query").map((p) => p.name)).toEqual(
      expect.arrayContaining(["filter", "sort", "after", "limit"]),
    );
    expect(doc.json.paths["/api/config"]?.get?.security).toBeUndefined();
  });

  it("sets the security headers on every answer", async () => {
    const h = await setup();
    const res = await h.request("GET", "/api/config");
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("cross-origin-opener-policy")).toBe("same-origin");
  });

  it("answers unknown paths with a JSON 404", async () => {
    const h = await setup();
    const res = await h.request<{ error: { code: string } }>("GET", "/api/nothing-here");
    expect(res.status).toBe(404);
    expect(res.json.error.code).toBe("not_found");
  });
});
