import { describe, expect, it } from "vitest";
import { message } from "../../server/notice/i18n";
import { REQUIRED_NOTICE_ITEMS } from "../../server/notice/index";
import { enrol, type Harness, type Staff, setup, signIn, submit } from "./harness";

const PROFILE = {
  name: "Frontier Models <Test> GmbH",
  countries: ["DE", "FR", "NL"],
  languages: ["en", "de", "fr"],
  channelUrl: "https://speakup.example.org/report.html",
  policyUrl: "https://example.org/whistleblowing-policy",
  impartialFunction: { name: "Integrity Office", contact: "integrity@example.org" },
  oralChannel: "+49 30 1234567 (voicemail, Mon-Fri)",
};

async function publishNotice(h: Harness, admin: Staff) {
  expect((await h.request("PUT", "/api/admin/profile", PROFILE, admin.headers)).status).toBe(200);
  const v = await h.request<{ version: number }>(
    "POST",
    "/api/admin/notice/versions",
    undefined,
    admin.headers,
  );
  expect(v.status).toBe(201);
  const approved = await h.request(
    "POST",
    `/api/admin/notice/versions/${v.json.version}/approve`,
    undefined,
    admin.headers,
  );
  expect(approved.status).toBe(200);
  return v.json.version;
}

async function page(h: Harness, path: string, headers: Record<string, string> = {}) {
  const res = await h.app.request(`http://localhost${path}`, { headers });
  return {
    status: res.status,
    text: await res.text(),
    csp: res.headers.get("content-security-policy") ?? "",
  };
}

describe("annual notice", () => {
  it("shows nothing public before a version is approved, then every required item in each language", async () => {
    const h = await setup();
    const admin = await enrol(h, h.firstCode, "alice");
    expect((await page(h, "/notice")).status).toBe(404);
    // Nothing approved yet: the reader is told so in their language.
    const early = await page(h, "/notice", { "accept-language": "pl-PL" });
    expect(early.status).toBe(404);
    expect(early.text).toContain('<html lang="pl"');
    expect(early.text).toContain(message("pl", "notPublished.notice"));
    const earlyText = await page(h, "/notice.txt?lang=fr");
    expect(earlyText.text).toBe(`${message("fr", "notPublished.notice")}\n`);
    await publishNotice(h, admin);
    for (const lang of ["en", "de", "fr"]) {
      const notice = await page(h, `/notice?lang=${lang}`);
      expect(notice.status).toBe(200);
      expect(notice.text).toContain(`lang="${lang}"`);
      for (const item of REQUIRED_NOTICE_ITEMS)
        expect(notice.text, `${item} in ${lang}`).toContain(`data-item="${item}"`);
      expect(notice.text).toContain("Frontier Models &lt;Test&gt; GmbH");
      expect(notice.text).not.toContain("<Test>");
    }
    // Without ?lang=, the reader's browser chooses among the notice's languages, else the first one.
    expect((await page(h, "/notice", { "accept-language": "fr-BE,fr;q=0.9" })).text).toContain('lang="fr"');
    expect((await page(h, "/notice", { "accept-language": "pl-PL" })).text).toContain('<html lang="en"');
    expect((await page(h, "/notice?lang=DE", { "accept-language": "fr" })).text).toContain('<html lang="de"');
    const text = await page(h, "/notice.txt?lang=de");
    expect(text.status).toBe(200);
    expect(text.text).toContain("https://speakup.example.org/report.html");
  });

  it("keeps the snippet free of every external resource and the poster free of scripts", async () => {
    const h = await setup();
    const admin = await enrol(h, h.firstCode, "alice");
    await publishNotice(h, admin);
    const snippet = await page(h, "/notice/snippet.html?lang=fr");
    expect(snippet.status).toBe(200);
    for (const bad of ["src=", "<link", "<script", "url(", "@import", "<iframe", "<img"])
      expect(snippet.text).not.toContain(bad);
    expect(snippet.text).toContain("<svg");
    const poster = await page(h, "/notice/poster");
    expect(poster.text).toContain("@page");
    expect(poster.text).not.toContain("<script");
    expect(poster.csp).toContain("default-src 'none'");
  });

  it("refuses a profile without https addresses or with no meeting on request", async () => {
    const h = await setup();
    const admin = await enrol(h, h.firstCode, "alice");
    const before = await h.counts();
    const http = await h.request<{ error: { code: string } }>(
      "PUT",
      "/api/admin/profile",
      { ...PROFILE, channelUrl: "http://speakup.example.org" },
      admin.headers,
    );
    expect(http.json.error.code).toBe("invalid_profile");
    const noMeeting = await h.request(
      "PUT",
      "/api/admin/profile",
      { ...PROFILE, meetingAvailable: false },
      admin.headers,
    );
    expect(noMeeting.status).toBe(400);
    expect(await h.counts()).toEqual(before);
  });

  it("follows the issuance log: due 12 months after the last issue, reminder from 11, then overdue", async () => {
    const h = await setup({ now: "2026-01-15T10:00:00Z" });
    const admin = await enrol(h, h.firstCode, "alice");
    const version = await publishNotice(h, admin);
    let status = await h.request<{ status: { state: string } }>(
      "GET",
      "/api/admin/notice",
      undefined,
      admin.headers,
    );
    expect(status.json.status.state).toBe("never-issued");
    const unapproved = await h.request(
      "POST",
      "/api/admin/notice/issuances",
      { issuedOn: "2026-01-15", version: version + 1, channel: "e-mail to all staff", audienceSize: 420 },
      admin.headers,
    );
    expect(unapproved.status).toBe(400);
    const future = await h.request(
      "POST",
      "/api/admin/notice/issuances",
      { issuedOn: "2026-02-01", version, channel: "e-mail", audienceSize: 420 },
      admin.headers,
    );
    expect(future.status).toBe(400);
    expect(
      (
        await h.request(
          "POST",
          "/api/admin/notice/issuances",
          { issuedOn: "2026-01-15", version, channel: "e-mail to all staff", audienceSize: 420 },
          admin.headers,
        )
      ).status,
    ).toBe(201);
    const at = async (iso: string) => {
      h.clock.set(iso);
      await signIn(h, admin);
      status = await h.request("GET", "/api/admin/notice", undefined, admin.headers);
      return status.json.status as { state: string; dueOn: string; remindFrom: string };
    };
    expect(await at("2026-12-14T10:00:00Z")).toMatchObject({
      state: "ok",
      dueOn: "2027-01-15",
      remindFrom: "2026-12-15",
    });
    expect((await at("2026-12-15T10:00:00Z")).state).toBe("reminder");
    expect((await at("2027-01-15T10:00:00Z")).state).toBe("reminder");
    expect((await at("2027-01-16T10:00:00Z")).state).toBe("overdue");
    expect(
      (
        await h.request(
          "POST",
          "/api/admin/notice/issuances",
          { issuedOn: "2027-01-16", version, channel: "intranet", audienceSize: 431 },
          admin.headers,
        )
      ).status,
    ).toBe(201);
    expect((await at("2027-01-16T12:00:00Z")).state).toBe("ok");
  });
});

describe("transparency report", () => {
  it("publishes nothing until the admin publishes an ended period, and suppresses small counts", async () => {
    const h = await setup({ now: "2026-02-01T10:00:00Z" });
    const admin = await enrol(h, h.firstCode, "alice");
    for (let i = 0; i < 7; i++) await submit(h, { whatHappened: `report ${i}` });
    expect((await page(h, "/transparency")).status).toBe(404);
    expect((await page(h, "/transparency?lang=de")).text).toContain(
      message("de", "notPublished.transparency"),
    );
    expect((await page(h, "/transparency.json")).status).toBe(404);
    h.clock.set("2026-06-01T10:00:00Z");
    await signIn(h, admin);
    const open = await h.request(
      "POST",
      "/api/admin/transparency",
      { from: "2026-01-01", to: "2026-12-31" },
      admin.headers,
    );
    expect(open.status).toBe(400);
    const published = await h.request(
      "POST",
      "/api/admin/transparency",
      { from: "2026-01-01", to: "2026-03-31" },
      admin.headers,
    );
    expect(published.status).toBe(201);
    const json = JSON.parse((await page(h, "/transparency.json")).text);
    expect(json.received).toEqual({ value: 7 });
    // Nothing acknowledged: every outcome count is 0, shown as "<5", never as a number.
    const shown = JSON.stringify(json);
    expect(shown).toContain('"<5"');
    const html = await page(h, "/transparency");
    expect(html.status).toBe(200);
    expect(html.text).toContain("<svg");
    expect(html.text).not.toMatch(/src=|<link|<script/);
    expect(html.text).toContain('<html lang="en"');
    // The transparency page is in the reader's language: ?lang=, else Accept-Language, among all 24.
    const polish = await page(h, "/transparency", { "accept-language": "pl-PL,pl;q=0.9,en;q=0.5" });
    expect(polish.text).toContain('<html lang="pl"');
    expect(polish.text).toContain("Raport przejrzystości");
    expect(polish.text).not.toContain("Reports received");
    const greek = await page(h, "/transparency?lang=el", { "accept-language": "pl" });
    expect(greek.text).toContain('<html lang="el"');
    expect(greek.text).toContain('hreflang="pl"');
  });
});
