/** The 11-month notice reminder, through the real scheduler, mailer and an SMTP server on loopback. */
import { afterEach, describe, expect, it } from "vitest";
import { smtpMailer } from "../../../server/mail/smtp";
import { runScheduledJobs } from "../../../server/scheduler";
import { enrol, proofOf, setup } from "../../api/harness";
import { type Sink, startSink } from "../mail/sink";

let sink: Sink | undefined;
afterEach(async () => {
  await sink?.stop();
});

describe("annual notice reminders", () => {
  it("reach the admins from 11 months after the last issue, and not before", async () => {
    const h = await setup({ now: "2026-01-15T10:00:00Z" });
    const admin = await enrol(h, h.firstCode, "alice");
    await h.request(
      "PUT",
      "/api/me/notify-email",
      { email: "admin@example.test", proof: await proofOf(h, admin) },
      admin.headers,
    );
    await h.request(
      "PUT",
      "/api/admin/profile",
      {
        name: "Org",
        countries: ["DE"],
        languages: ["en"],
        channelUrl: "https://c.example.org",
        policyUrl: "https://c.example.org/policy",
        impartialFunction: { name: "Office", contact: "office@example.org" },
      },
      admin.headers,
    );
    await h.request("POST", "/api/admin/notice/versions", undefined, admin.headers);
    await h.request("POST", "/api/admin/notice/versions/1/approve", undefined, admin.headers);
    expect(
      (
        await h.request(
          "POST",
          "/api/admin/notice/issuances",
          { issuedOn: "2026-01-15", version: 1, channel: "e-mail", audienceSize: 50 },
          admin.headers,
        )
      ).status,
    ).toBe(201);
    sink = await startSink();
    const deps = {
      database: h.database,
      publicUrl: "https://c.example.org",
      mailer: smtpMailer({ url: sink.url, from: "channel@example.test" }),
    };
    await runScheduledJobs(deps, new Date("2026-12-14T10:00:00Z"));
    expect(sink.received).toHaveLength(0);
    await runScheduledJobs(deps, new Date("2026-12-15T10:00:00Z"));
    expect(sink.received).toHaveLength(1);
    expect(sink.received[0]?.to).toContain("admin@example.test");
    // Once a day at most: a second run the same day sends nothing more.
    await runScheduledJobs(deps, new Date("2026-12-15T16:00:00Z"));
    expect(sink.received).toHaveLength(1);
  });
});
