import { describe, expect, it } from "vitest";
import { hashSecret } from "../../db/queries/ids";
import { getSettings } from "../../db/queries/settings";
import { fileReport } from "../../server/case/index";
import { todayIn } from "../../server/directive";
import { enrol, type Harness, type Staff, setup, signIn } from "./harness";

interface Row {
  id: string;
  status: string;
  receivedOn: string;
  next: { kind: string | null; date: string | null; overdue: boolean };
}
interface Page {
  cases: Row[];
  next: string | null;
  overdue: number;
}

/**
 * Files `n` reports for `handler`, ten a day from `firstDay`, through the case module itself: what
 * is tested here is triage, and the edge checks of a submission have their own tests.
 */
async function fileMany(h: Harness, handler: Staff, n: number, firstDay: string) {
  const settings = await getSettings(h.database);
  for (let i = 0; i < n; i++) {
    const now = new Date(Date.parse(firstDay) + Math.floor(i / 10) * 86_400_000);
    await fileReport(
      { database: h.database, settings, now, today: todayIn(settings.timeZone, now) },
      {
        loginKeyHash: hashSecret(`login key ${i}`),
        channelId: "default",
        caseRecipient: "age1pq1placeholder",
        report: "AAAA",
        reporterKey: "AAAA",
        handlerKeys: [{ personId: handler.personId, wrapped: "AAAA" }],
        excludedPersonIds: [],
        identity: null,
      },
    );
  }
}

/** Follows `next` from the first page to the last. */
async function allPages(h: Harness, staff: Staff, params: string) {
  const rows: Row[] = [];
  const sizes: number[] = [];
  let after: string | null = null;
  do {
    const cursor: string = after ? `&after=${encodeURIComponent(after)}` : "";
    const page = await h.request<Page>("GET", `/api/cases?${params}${cursor}`, undefined, staff.headers);
    expect(page.status).toBe(200);
    rows.push(...page.json.cases);
    sizes.push(page.json.cases.length);
    after = page.json.next;
  } while (after);
  return { rows, sizes };
}

describe("triage", () => {
  it("pages through all 150 cases of one handler, nearest deadline first, and filters in the database", async () => {
    const h = await setup({ now: "2026-10-01T08:00:00Z" });
    const alice = await enrol(h, h.firstCode, "alice");
    await fileMany(h, alice, 150, "2026-10-01T08:00:00Z");
    h.clock.set("2026-10-16T08:00:00Z");
    await signIn(h, alice);

    const all = await allPages(h, alice, "limit=50");
    expect(all.sizes).toEqual([50, 50, 50]);
    expect(new Set(all.rows.map((r) => r.id)).size).toBe(150);
    const dates = all.rows.map((r) => r.next.date ?? "");
    expect(dates).toEqual([...dates].sort());
    // Acknowledgement is due 7 days after receipt: reports of 1-8 October are overdue on the 16th.
    const overdue = await allPages(h, alice, "filter=overdue&limit=50");
    expect(overdue.rows).toHaveLength(80);
    expect(overdue.rows.every((r) => r.next.overdue)).toBe(true);
    const week = await allPages(h, alice, "filter=due_week&limit=50");
    expect(week.rows).toHaveLength(70);
    expect(week.rows.every((r) => !r.next.overdue)).toBe(true);
    const first = await h.request<Page>("GET", "/api/cases", undefined, alice.headers);
    expect(first.json.overdue).toBe(80);
    const me = await h.request<{ overdue: number }>("GET", "/api/me", undefined, alice.headers);
    expect(me.json.overdue).toBe(80);

    const newest = await allPages(h, alice, "sort=received_desc&limit=40");
    expect(newest.sizes).toEqual([40, 40, 40, 30]);
    const received = newest.rows.map((r) => r.receivedOn);
    expect(received).toEqual([...received].sort().reverse());
    expect(new Set(newest.rows.map((r) => r.id)).size).toBe(150);
  });

  it("moves a closed case to the end and out of the open filter, and gives the page's keys only to a holder", async () => {
    const h = await setup({ now: "2026-10-01T08:00:00Z" });
    const alice = await enrol(h, h.firstCode, "alice");
    await fileMany(h, alice, 12, "2026-10-01T08:00:00Z");
    const page = await h.request<Page>("GET", "/api/cases?limit=5", undefined, alice.headers);
    const closing = page.json.cases[0]!.id;
    const closed = await h.request(
      "POST",
      `/api/cases/${closing}/status`,
      { status: "closed", outcome: "no_action" },
      alice.headers,
    );
    expect(closed.status).toBe(200);
    const all = await allPages(h, alice, "limit=5");
    expect(all.rows.at(-1)?.id).toBe(closing);
    expect((await allPages(h, alice, "filter=closed")).rows.map((r) => r.id)).toEqual([closing]);
    expect((await allPages(h, alice, "filter=open")).rows).toHaveLength(11);

    const ids = all.rows.slice(0, 5).map((r) => r.id);
    const keys = await h.request<{ summaries: { id: string; myKey: string }[] }>(
      "GET",
      `/api/cases/summaries?ids=${ids.join(",")}`,
      undefined,
      alice.headers,
    );
    expect(keys.json.summaries.map((s) => s.id).sort()).toEqual([...ids].sort());
    const fiftyOne = Array.from({ length: 51 }, (_, i) => `case${String(i).padStart(4, "0")}`);
    const tooMany = await h.request(
      "GET",
      `/api/cases/summaries?ids=${fiftyOne.join(",")}`,
      undefined,
      alice.headers,
    );
    expect(tooMany.status).toBe(400);
    const badFilter = await h.request("GET", "/api/cases?filter=urgent", undefined, alice.headers);
    expect(badFilter.status).toBe(400);
  });
});
