import { describe, expect, it } from "vitest";
import { readAudit } from "../../db/queries/audit";
import { createEnrolment } from "../../server/bootstrap";
import { enrol, type Harness, type Staff, setup, signIn, submit } from "./harness";

interface SettingsAnswer {
  settings: Record<string, unknown>;
  jurisdictions: { code: string; name: string }[];
  retention: {
    kind: string;
    amount: number;
    unit: string;
    basis: string;
    retentionYearsApply: boolean;
  } | null;
}

async function admin() {
  const h = await setup();
  const alice = await enrol(h, h.firstCode, "alice");
  return { h, alice };
}

async function handlerOnly(h: Harness, alice: Staff) {
  const { code } = await createEnrolment(h.database, {
    roles: ["handler"],
    channelIds: ["default"],
    createdBy: alice.personId,
    now: h.clock(),
  });
  return enrol(h, code, "bob");
}

const put = (h: Harness, s: Staff, body: unknown) =>
  h.request<SettingsAnswer & { error: { code: string; message: string } }>(
    "PUT",
    "/api/admin/settings",
    body,
    s.headers,
  );

describe("organisation settings", () => {
  it("shows the defaults, the jurisdictions and the retention rule to an admin", async () => {
    const { h, alice } = await admin();
    const res = await h.request<SettingsAnswer>("GET", "/api/admin/settings", undefined, alice.headers);
    expect(res.status).toBe(200);
    expect(res.json.settings).toMatchObject({
      orgName: "Test org",
      jurisdiction: "EU",
      timeZone: "Europe/Brussels",
      retentionYears: 3,
      reminderAckDays: 2,
      reminderFeedbackDays: 14,
      requireTotp: false,
      requireDisclosureApproval: false,
    });
    expect(res.json.jurisdictions.map((j) => j.code)).toEqual([
      "EU",
      "DE",
      "FR",
      "NL",
      "IE",
      "ES",
      "IT",
      "PL",
      "DK",
      "PT",
      "CZ",
    ]);
    expect(res.json.retention).toMatchObject({ kind: "organisation", retentionYearsApply: true });
  });

  it("is for admins only", async () => {
    const { h, alice } = await admin();
    const bob = await handlerOnly(h, alice);
    expect((await h.request("GET", "/api/admin/settings", undefined, bob.headers)).status).toBe(403);
    expect((await put(h, bob, { orgName: "Mine now" })).status).toBe(403);
    expect((await h.request("GET", "/api/admin/settings")).status).toBe(401);
    const noCsrf = await h.request(
      "PUT",
      "/api/admin/settings",
      { orgName: "Forged" },
      { cookie: alice.cookie },
    );
    expect(noCsrf.status).toBe(403);
    const after = await h.request<SettingsAnswer>("GET", "/api/admin/settings", undefined, alice.headers);
    expect(after.json.settings.orgName).toBe("Test org");
  });

  it("changes any subset of the settings and audits each changed field with its new value", async () => {
    const { h, alice } = await admin();
    const before = (await readAudit(h.database)).length;
    const res = await put(h, alice, {
      orgName: "  Acme GmbH ",
      jurisdiction: "DE",
      timeZone: "Europe/Berlin",
      retentionYears: 3, // unchanged: not audited
      reminderAckDays: 1,
      reminderFeedbackDays: 21,
      requireDisclosureApproval: true,
    });
    expect(res.status).toBe(200);
    expect(res.json.settings).toMatchObject({
      orgName: "Acme GmbH",
      jurisdiction: "DE",
      timeZone: "Europe/Berlin",
      retentionYears: 3,
      reminderAckDays: 1,
      reminderFeedbackDays: 21,
      requireDisclosureApproval: true,
      requireTotp: false,
      updatedAt: h.clock().toISOString(),
    });
    // HinSchG fixes 3 years: the organisation's own period does not apply there.
    expect(res.json.retention).toMatchObject({ kind: "fixed", retentionYearsApply: false });
    const audit = await readAudit(h.database);
    expect(audit).toHaveLength(before + 1);
    const entry = audit.at(-1)!;
    expect(entry).toMatchObject({ actor: alice.personId, action: "settings.changed", caseId: null });
    expect(JSON.parse(entry.detail)).toEqual({
      changed: {
        orgName: "Acme GmbH",
        jurisdiction: "DE",
        timeZone: "Europe/Berlin",
        reminderAckDays: 1,
        reminderFeedbackDays: 21,
        requireDisclosureApproval: true,
      },
    });
    // The public config follows.
    const config = await h.request<{ organisation: { name: string } }>("GET", "/api/config");
    expect(config.json.organisation.name).toBe("Acme GmbH");
  });

  it("writes nothing when nothing changes", async () => {
    const { h, alice } = await admin();
    const before = await h.counts();
    const res = await put(h, alice, { orgName: "Test org", reminderAckDays: 2 });
    expect(res.status).toBe(200);
    expect(await h.counts()).toEqual(before);
  });

  it("stores a time zone by its canonical name", async () => {
    const { h, alice } = await admin();
    const res = await put(h, alice, { timeZone: "europe/lisbon" });
    expect(res.status).toBe(200);
    expect(res.json.settings.timeZone).toBe("Europe/Lisbon");
  });

  it.each([
    ["an unknown jurisdiction", { jurisdiction: "XX" }],
    ["a member state without a profile", { jurisdiction: "AT" }],
    ["an unknown time zone", { timeZone: "Mars/Olympus_Mons" }],
    ["an empty time zone", { timeZone: "" }],
    ["retention of 0 years", { retentionYears: 0 }],
    ["retention of 11 years", { retentionYears: 11 }],
    ["retention in fractions", { retentionYears: 2.5 }],
    ["a negative acknowledgement lead", { reminderAckDays: -1 }],
    ["an acknowledgement lead beyond its 7 days", { reminderAckDays: 8 }],
    ["a feedback lead beyond 3 months", { reminderFeedbackDays: 91 }],
    ["a switch that is no boolean", { requireTotp: "yes" }],
    ["an empty name", { orgName: "   " }],
    ["an unknown field", { severity: "high" }],
    ["no field at all", {}],
  ])("refuses %s and changes nothing", async (_, body) => {
    const { h, alice } = await admin();
    const before = await h.counts();
    const res = await put(h, alice, body);
    expect(res.status).toBe(400);
    expect(await h.counts()).toEqual(before);
  });

  it("refuses a retention longer than the law's cap (Italy: 5 years)", async () => {
    const { h, alice } = await admin();
    const tooLong = await put(h, alice, { jurisdiction: "IT", retentionYears: 6 });
    expect(tooLong.status).toBe(400);
    expect(tooLong.json.error.code).toBe("retention_above_cap");
    expect(tooLong.json.error.message).toContain("D.Lgs. 24/2023");
    const ok = await put(h, alice, { jurisdiction: "IT", retentionYears: 5 });
    expect(ok.status).toBe(200);
    expect(ok.json.retention).toMatchObject({ kind: "cap", amount: 5, retentionYearsApply: true });
    expect((await put(h, alice, { retentionYears: 7 })).status).toBe(400);
  });

  it("computes deadlines in the organisation's zone: due at the end of the day there", async () => {
    const { h, alice } = await admin();
    await submit(h, { whatHappened: "x" }); // received 27 Nov (Brussels), acknowledge by 4 Dec
    h.clock.set("2026-12-04T20:00:00Z"); // 21:00 in Brussels, already 5 Dec in Kiritimati (UTC+14)
    await signIn(h, alice);
    type Triage = { today: string; cases: { next: { overdue: boolean } }[] };
    let list = await h.request<Triage>("GET", "/api/cases", undefined, alice.headers);
    expect(list.json.cases[0]?.next.overdue).toBe(false);
    expect((await put(h, alice, { timeZone: "Pacific/Kiritimati" })).status).toBe(200);
    list = await h.request<Triage>("GET", "/api/cases", undefined, alice.headers);
    expect(list.json.today).toBe("2026-12-05");
    expect(list.json.cases[0]?.next.overdue).toBe(true);
    expect(
      (await h.request<{ overdue: number }>("GET", "/api/me", undefined, alice.headers)).json.overdue,
    ).toBe(1);
  });
});

const PROFILE = {
  name: "Frontier Models GmbH",
  countries: ["DE"],
  languages: ["en", "de"],
  channelUrl: "https://speakup.example.org/report.html",
  policyUrl: "https://example.org/whistleblowing-policy",
  impartialFunction: { name: "Integrity Office", contact: "integrity@example.org" },
};

interface NameAnswer {
  settings: { orgName: string };
}

describe("one organisation name", () => {
  it("keeps the profile's name and the settings' name one value, whichever is changed", async () => {
    const h = await setup();
    const admin = await enrol(h, h.firstCode, "alice");
    const settingsName = async () =>
      (await h.request<NameAnswer>("GET", "/api/admin/settings", undefined, admin.headers)).json.settings
        .orgName;
    const profileName = async () =>
      (await h.request<{ profile: { name: string } }>("GET", "/api/admin/profile", undefined, admin.headers))
        .json.profile.name;
    // Before any profile exists, the profile already shows the organisation's name.
    expect(await profileName()).toBe(await settingsName());

    expect((await h.request("PUT", "/api/admin/profile", PROFILE, admin.headers)).status).toBe(200);
    expect(await settingsName()).toBe("Frontier Models GmbH");
    const config = await h.request<{ organisation: { name: string } }>("GET", "/api/config");
    expect(config.json.organisation.name).toBe("Frontier Models GmbH");

    expect(
      (await h.request("PUT", "/api/admin/settings", { orgName: "Frontier Models SE" }, admin.headers))
        .status,
    ).toBe(200);
    expect(await profileName()).toBe("Frontier Models SE");
    const stored = await h.request<{ profile: { countries: string[] } }>(
      "GET",
      "/api/admin/profile",
      undefined,
      admin.headers,
    );
    expect(stored.json.profile.countries).toEqual(["DE"]);
  });
});
