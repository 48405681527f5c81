/** Enrolment links (server/routes/admin.ts and the enrolment in server/routes/staff.ts). */
import { describe, expect, it } from "vitest";
import { enrol, setup } from "./harness";

describe("enrolment links", () => {
  it("enrol exactly one person, even when the same link is used twice at once", async () => {
    const h = await setup();
    const [a, b] = await Promise.allSettled([
      enrol(h, h.firstCode, "first"),
      enrol(h, h.firstCode, "second"),
    ]);
    expect([a.status, b.status].sort()).toEqual(["fulfilled", "rejected"]);
    const persons = await h.database.db.query.persons.findMany();
    expect(persons).toHaveLength(1);
    const again = await h.request("POST", "/api/enrolment/check", { code: h.firstCode });
    expect(again.status).toBe(404);
  });
});
