/**
 * Snapshots of the security headers for each family of routes (issue 11), over a plain-http channel
 * and behind a TLS proxy (PUBLIC_URL https): a change to any of them shows up in review.
 */
import { describe, expect, it } from "vitest";
import { setup } from "./harness";

const NAMES = [
  "cache-control",
  "content-security-policy",
  "cross-origin-opener-policy",
  "cross-origin-resource-policy",
  "permissions-policy",
  "referrer-policy",
  "strict-transport-security",
  "x-content-type-options",
  "x-frame-options",
];

const FAMILIES: [string, string, string, unknown?][] = [
  ["health", "GET", "/healthz"],
  ["public API", "GET", "/api/config"],
  ["OpenAPI", "GET", "/api/openapi.json"],
  ["proof of work", "GET", "/api/pow?scope=report"],
  ["staff sign-in", "POST", "/api/session/params", { handle: "alice" }],
  ["handler API (signed out)", "GET", "/api/cases"],
  ["admin API (signed out)", "GET", "/api/admin/persons"],
  ["anonymous write without proof of work", "POST", "/api/reports", {}],
  ["notice page", "GET", "/notice"],
  ["transparency page", "GET", "/transparency"],
  ["unknown path", "GET", "/no/such/page"],
];

describe("security headers per route family", () => {
  for (const publicUrl of ["http://127.0.0.1:8787", "https://channel.example.org"]) {
    it(`are these for ${publicUrl}`, async () => {
      const h = await setup({ publicUrl });
      const seen: Record<string, Record<string, string | null>> = {};
      for (const [family, method, path, body] of FAMILIES) {
        const headers: Record<string, string> = path === "/api/reports" ? { "x-oc-pow": "" } : {};
        const res = await h.request(method, path, body, headers);
        seen[`${family}: ${method} ${path.replace(/\?.*/, "")}`] = Object.fromEntries(
          NAMES.map((n) => [n, res.headers.get(n)]),
        );
      }
      expect(seen).toMatchSnapshot();
    });
  }

  it("let only the report form and the inbox use the microphone, for the voice recorder", async () => {
    const h = await setup({});
    const policy = async (path: string) =>
      (await h.request("GET", path)).headers.get("permissions-policy") ?? "";
    for (const path of ["/report.html", "/inbox.html", "/l/de/report.html", "/l/fr/inbox.html"])
      expect(await policy(path), path).toContain("microphone=(self)");
    for (const path of ["/", "/handler.html", "/notice", "/api/config", "/report.html/x", "/xreport.html"])
      expect(await policy(path), path).toContain("microphone=()");
  });
});
