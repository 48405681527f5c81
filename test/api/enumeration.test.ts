/**
 * No answer tells which handles exist: the same shape and key order for real and unknown names, fake
 * salts that survive a restart, and no audit write on only one failure path (issue 11).
 */
import { describe, expect, it } from "vitest";
import { toBase64 } from "../../crypto/index";
import { auditLog } from "../../db/schema";
import { enrol, setup } from "./harness";

/** The answer's structure: keys in order, with the type and length of every leaf. */
function shapeOf(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(shapeOf);
  if (x && typeof x === "object") return Object.entries(x).map(([k, v]) => [k, shapeOf(v)]);
  return typeof x === "string" ? `string(${x.length})` : typeof x;
}

describe("handle enumeration", () => {
  it("answers /api/session/params alike for a real and an unknown handle, stable across a restart", async () => {
    const h = await setup();
    await enrol(h, h.firstCode, "alice");
    const real = await h.request("POST", "/api/session/params", { handle: "alice" });
    const unknown = await h.request<{ kdf: { salt: string } }>("POST", "/api/session/params", {
      handle: "bob",
    });
    expect(real.status).toBe(200);
    expect(unknown.status).toBe(200);
    expect(JSON.stringify(shapeOf(unknown.json))).toBe(JSON.stringify(shapeOf(real.json)));
    expect(Object.keys((real.json as { kdf: object }).kdf)).toEqual(Object.keys(unknown.json.kdf));

    // A restart: a new app with a new start-up secret over the same database.
    const again = await setup({ database: h.database, secret: new Uint8Array(32).fill(9) });
    const after = await again.request<{ kdf: { salt: string } }>("POST", "/api/session/params", {
      handle: "bob",
    });
    expect(after.json.kdf.salt).toBe(unknown.json.kdf.salt);
    const recoverBefore = await h.request<{ kdf: { salt: string } }>("POST", "/api/session/recover/params", {
      handle: "bob",
    });
    const recoverAfter = await again.request<{ kdf: { salt: string } }>(
      "POST",
      "/api/session/recover/params",
      {
        handle: "bob",
      },
    );
    expect(recoverAfter.json.kdf.salt).toBe(recoverBefore.json.kdf.salt);
  });

  it("gives passkey options of one shape for a real and an unknown handle", async () => {
    const h = await setup();
    await enrol(h, h.firstCode, "alice");
    const real = await h.request("POST", "/api/session/passkey/options", { handle: "alice" });
    const unknown = await h.request("POST", "/api/session/passkey/options", { handle: "bob" });
    expect(real.status).toBe(200);
    expect(JSON.stringify(shapeOf(unknown.json))).toBe(JSON.stringify(shapeOf(real.json)));
    const again = await setup({ database: h.database, secret: new Uint8Array(32).fill(9) });
    const later = await again.request<{ options: { allowCredentials: { id: string }[] } }>(
      "POST",
      "/api/session/passkey/options",
      { handle: "bob" },
    );
    expect(later.json.options.allowCredentials).toEqual(
      (unknown.json as typeof later.json).options.allowCredentials,
    );
  });

  it("writes no audit entry for a wrong passphrase, real handle or not", async () => {
    const h = await setup();
    await enrol(h, h.firstCode, "alice");
    const auditRows = async () => (await h.database.db.select().from(auditLog)).length;
    const before = await auditRows();
    const junk = toBase64(new Uint8Array(32).fill(1));
    const real = await h.request("POST", "/api/session", { handle: "alice", authKey: junk });
    const unknown = await h.request("POST", "/api/session", { handle: "bob", authKey: junk });
    expect(real.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(unknown.json).toEqual(real.json);
    expect(await auditRows()).toBe(before);
  });
});
