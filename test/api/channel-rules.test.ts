import { describe, expect, it } from "vitest";
import { verifyReceipt } from "../../crypto/index";
import { enrol, type Harness, type Staff, setup, submit } from "./harness";

async function entityChannel(h: Harness, admin: Staff, name: string, rules: unknown) {
  const made = await h.request<{ id: string }>("POST", "/api/admin/channels", { name }, admin.headers);
  expect(made.status).toBe(201);
  const id = made.json.id;
  const members = { personIds: [admin.personId] };
  expect((await h.request("PUT", `/api/admin/channels/${id}/members`, members, admin.headers)).status).toBe(
    200,
  );
  const set = await h.request("PUT", `/api/admin/channels/${id}/rules`, rules, admin.headers);
  expect(set.status).toBe(200);
  return id;
}

async function onlyCase(h: Harness, admin: Staff) {
  const list = await h.request<{ cases: { id: string; deadlines: { feedbackBy: { basis: string } } }[] }>(
    "GET",
    "/api/cases",
    undefined,
    admin.headers,
  );
  return list.json.cases[0]!;
}

describe("jurisdiction per channel", () => {
  it("a case takes its channel's jurisdiction and time zone at submission and keeps them", async () => {
    // 23:30 UTC: already the 28th in Brussels (the organisation), still the 27th in Dublin.
    const h = await setup({ now: "2026-11-27T23:30:00Z" });
    const admin = await enrol(h, h.firstCode, "alice");
    const dublin = await entityChannel(h, admin, "Example Ireland Ltd", {
      jurisdiction: "IE",
      timeZone: "Europe/Dublin",
    });
    const { answer } = await submit(h, { whatHappened: "x" }, { channelId: dublin });
    expect(answer.receivedOn).toBe("2026-11-27");
    const receipt = verifyReceipt(answer.receipt as string);
    expect(receipt.facts).toMatchObject({
      jurisdiction: "IE",
      timeZone: "Europe/Dublin",
      receivedOn: "2026-11-27",
    });
    const kase = await onlyCase(h, admin);
    expect(kase.deadlines.feedbackBy.basis).toMatch(/Protected Disclosures|2014/);

    // The channel moves to another entity: the case keeps what it was filed under.
    await h.request(
      "PUT",
      `/api/admin/channels/${dublin}/rules`,
      { jurisdiction: "DE", timeZone: "Europe/Berlin" },
      admin.headers,
    );
    expect((await onlyCase(h, admin)).deadlines.feedbackBy.basis).toMatch(/Protected Disclosures|2014/);
    const rules = await h.request<{ channels: { id: string; jurisdiction: string; timeZone: string }[] }>(
      "GET",
      "/api/admin/channel-rules",
      undefined,
      admin.headers,
    );
    expect(rules.json.channels.find((c) => c.id === dublin)).toMatchObject({
      jurisdiction: "DE",
      timeZone: "Europe/Berlin",
    });
    // The admin sees which member states' rules are not yet verified against national law.
    const status = rules.json as unknown as { unverified: { code: string; rules: string[] }[] };
    expect(status.unverified.find((s) => s.code === "AT")?.rules).toHaveLength(5);
    expect(status.unverified.some((s) => s.code === "IT")).toBe(false);
  });

  it("a channel without its own rules follows the organisation", async () => {
    const h = await setup({ now: "2026-11-27T23:30:00Z", jurisdiction: "DE" });
    await enrol(h, h.firstCode, "alice");
    const { answer } = await submit(h, { whatHappened: "x" });
    expect(answer.receivedOn).toBe("2026-11-28");
    expect(verifyReceipt(answer.receipt as string).facts).toMatchObject({
      jurisdiction: "DE",
      timeZone: "Europe/Brussels",
    });
  });

  it("rejects an unknown jurisdiction, an unknown zone and an unknown channel, and changes nothing", async () => {
    const h = await setup();
    const admin = await enrol(h, h.firstCode, "alice");
    const before = await h.counts();
    for (const [path, body, status] of [
      ["/api/admin/channels/default/rules", { jurisdiction: "XX", timeZone: null }, 400],
      ["/api/admin/channels/default/rules", { jurisdiction: null, timeZone: "Mars/Olympus" }, 400],
      ["/api/admin/channels/nope/rules", { jurisdiction: "DE", timeZone: null }, 404],
    ] as const) {
      const res = await h.request<{ error: { code: string } }>("PUT", path, body, admin.headers);
      expect(res.status, JSON.stringify(body)).toBe(status);
      expect(typeof res.json.error.code).toBe("string");
    }
    expect(await h.counts()).toEqual(before);
    expect((await h.request("GET", "/api/admin/channel-rules")).status).toBe(401);
  });
});
