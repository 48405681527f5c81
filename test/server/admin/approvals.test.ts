/** Waiting changes (server/admin/approvals.ts): what the API suite does not reach. */
import { describe, expect, it } from "vitest";
import { approvePending, rejectPending } from "../../../server/admin/approvals";
import { enrol, setup } from "../../api/harness";

describe("waiting changes", () => {
  it("finds no unknown or malformed change, and asks for no proof before saying so", async () => {
    const h = await setup();
    const admin = await enrol(h, h.firstCode, "alice");
    const ctx = { database: h.database, now: h.clock(), actorId: admin.personId };
    let asked = 0;
    const confirm = async () => {
      asked += 1;
    };
    for (const pendingId of ["nosuchchange", "../x", undefined]) {
      const gone = { status: 404, code: "not_found", message: "No such waiting change." };
      await expect(approvePending(ctx, pendingId, confirm)).rejects.toMatchObject(gone);
      await expect(rejectPending(ctx, pendingId)).rejects.toMatchObject(gone);
    }
    expect(asked).toBe(0);
  });
});
