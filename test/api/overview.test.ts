/**
 * The compliance lead's overview (server/routes/cases.ts): open cases by next step with overdue
 * counts, and the month-by-month on-time rates of the last 12 months. Counts only, staff only.
 */
import { describe, expect, it } from "vitest";
import { enrol, setup, signIn, submit } from "./harness";

interface OverviewAnswer {
  today: string;
  open: { next: string; open: number; overdue: number }[];
  months: {
    month: string;
    acknowledgement: { due: number; onTime: number };
    feedback: { due: number; onTime: number };
  }[];
}

describe("overview", () => {
  it("counts open cases by next step and a missed acknowledgement once its day has passed", async () => {
    const h = await setup({ now: "2026-11-27T10:00:00Z" });
    const alice = await enrol(h, h.firstCode, "alice");
    await submit(h, { whatHappened: "first" });
    await submit(h, { whatHappened: "second" });

    const fresh = await h.request<OverviewAnswer>("GET", "/api/overview", undefined, alice.headers);
    expect(fresh.status).toBe(200);
    expect(Object.keys(fresh.json).sort()).toEqual(["months", "open", "today"]);
    expect(fresh.json.today).toBe("2026-11-27");
    expect(fresh.json.open).toEqual([{ next: "acknowledge", open: 2, overdue: 0 }]);
    expect(fresh.json.months).toHaveLength(12);
    expect(fresh.json.months.at(-1)).toEqual({
      month: "2026-11",
      // Still inside their seven days: neither on time nor late yet.
      acknowledgement: { due: 0, onTime: 0 },
      feedback: { due: 0, onTime: 0 },
    });
    expect(fresh.json.months[0]?.month).toBe("2025-12");

    h.clock.set("2026-12-10T10:00:00Z");
    await signIn(h, alice);
    const late = await h.request<OverviewAnswer>("GET", "/api/overview", undefined, alice.headers);
    expect(late.json.open).toEqual([{ next: "acknowledge", open: 2, overdue: 2 }]);
    expect(late.json.months.find((m) => m.month === "2026-11")?.acknowledgement).toEqual({
      due: 2,
      onTime: 0,
    });
  });

  it("answers no one without a session", async () => {
    const h = await setup();
    const alice = await enrol(h, h.firstCode, "alice");
    await submit(h, { whatHappened: "x" });
    expect((await h.request("GET", "/api/overview")).status).toBe(401);
    await h.request("DELETE", "/api/session", undefined, alice.headers);
    expect((await h.request("GET", "/api/overview", undefined, alice.headers)).status).toBe(401);
  });
});
