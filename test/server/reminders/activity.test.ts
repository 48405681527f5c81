/**
 * Activity mails end to end: the real app, the real SMTP mailer and a real SMTP server on 127.0.0.1.
 * A new report and a reporting person's message each bring one content-free mail to the handlers who
 * hold the case and have not read it; opening the case settles it; the triage marks what is unread.
 */
import { afterEach, describe, expect, it } from "vitest";
import { encryptJson, toBase64 } from "../../../crypto/index";
import { smtpMailer } from "../../../server/mail/smtp";
import { activityMail } from "../../../server/reminders/activity";
import { runScheduledJobs, type SchedulerDeps } from "../../../server/scheduler";
import { enrol, type Harness, proofOf, setup, submit } from "../../api/harness";
import { type Sink, startSink } from "../mail/sink";

const SENTINEL = "SENTINEL-act9";
const FAST = { connection: 500, greeting: 500, socket: 2000, dns: 500 };

let sink: Sink | undefined;
afterEach(async () => {
  await sink?.stop();
  sink = undefined;
});

function depsFor(h: Harness, s: Sink): SchedulerDeps {
  return {
    database: h.database,
    publicUrl: "https://channel.example.test",
    mailer: smtpMailer({ url: s.url, from: "channel@example.test", timeouts: FAST }),
  };
}

describe("activity mails and markers", () => {
  it("says 'new activity on 1 case' for a new report and for a reply, once each, and nothing more", async () => {
    sink = await startSink();
    const h = await setup();
    const alice = await enrol(h, h.firstCode, "alice");
    await h.request(
      "PUT",
      "/api/me/notify-email",
      { email: "alice@example.test", proof: await proofOf(h, alice) },
      alice.headers,
    );
    const { reporter } = await submit(h, { whatHappened: SENTINEL });
    const deps = depsFor(h, sink);

    const triage = async () =>
      (
        await h.request<{ cases: { id: string; ref: string; newActivity: boolean }[] }>(
          "GET",
          "/api/cases",
          undefined,
          alice.headers,
        )
      ).json.cases;
    const [row] = await triage();
    expect(row?.newActivity).toBe(true);

    await runScheduledJobs(deps, new Date("2026-11-27T10:05:00Z"));
    expect(sink.received.map((m) => m.text)).toEqual([
      expect.stringContaining("There is new activity on 1 case in the reporting channel."),
    ]);
    // A second run has nothing new to say.
    await runScheduledJobs(deps, new Date("2026-11-27T10:10:00Z"));
    expect(sink.received).toHaveLength(1);

    // Opening the case clears the marker.
    await h.request("GET", `/api/cases/${row?.id}`, undefined, alice.headers);
    expect((await triage())[0]?.newActivity).toBe(false);

    // The reporting person writes: marker and one more mail.
    const message = toBase64(await encryptJson([reporter.caseRecipient], { v: 1, text: SENTINEL }));
    const sent = await h.request("POST", "/api/inbox/messages", { loginKey: reporter.loginKey, message });
    expect(sent.status).toBe(201);
    expect((await triage())[0]?.newActivity).toBe(true);
    await runScheduledJobs(deps, new Date("2026-11-27T10:15:00Z"));
    expect(sink.received).toHaveLength(2);
    for (const m of sink.received) {
      expect(m.raw).not.toContain(SENTINEL);
      expect(m.raw).not.toContain(row?.ref ?? "?");
      expect(m.raw).not.toContain(row?.id ?? "?");
    }
  });

  it("counts the cases in words", () => {
    expect(activityMail(1).text).toContain("There is new activity on 1 case in");
    expect(activityMail(3).text).toContain("There is new activity on 3 cases in");
    expect(activityMail(2, "https://c.example/").text).toContain("https://c.example/handler.html");
  });
});
