/** The audit log for all staff (server/routes/trust.ts): handlers read it to check and sign its head. */
import { describe, expect, it } from "vitest";
import { createEnrolment } from "../../server/bootstrap";
import { enrol, setup } from "./harness";

describe("GET /api/audit", () => {
  it("answers a handler who is not an admin with the log and the server's check of it", async () => {
    const h = await setup();
    const alice = await enrol(h, h.firstCode, "alice");
    const { code } = await createEnrolment(h.database, {
      roles: ["handler"],
      channelIds: ["default"],
      createdBy: alice.personId,
      now: h.clock(),
    });
    const bob = await enrol(h, code, "bob");
    const res = await h.request<{ check: { ok: boolean }; entries: { seq: number; hash: string }[] }>(
      "GET",
      "/api/audit",
      undefined,
      bob.headers,
    );
    expect(res.status).toBe(200);
    expect(res.json.check.ok).toBe(true);
    expect(res.json.entries.length).toBeGreaterThan(0);
    expect(res.json.entries[0]!.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("answers nobody without a session", async () => {
    const h = await setup();
    expect((await h.request("GET", "/api/audit")).status).toBe(401);
  });
});
