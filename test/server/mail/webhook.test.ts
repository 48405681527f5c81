/** The webhook mailer (the Workers path) against a real HTTP server on loopback, through the scheduler. */
import { createServer, type Server } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { webhookConfigFrom, webhookMailer } from "../../../server/mail/webhook";
import { runScheduledJobs } from "../../../server/scheduler";
import { enrol, proofOf, setup, submit } from "../../api/harness";

let server: Server | undefined;
afterEach(() => new Promise<void>((r) => (server ? server.close(() => r()) : r())));

async function listen(handler: (body: string, auth: string | undefined) => number) {
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (d) => {
      body += String(d);
    });
    req.on("end", () => {
      res.statusCode = handler(body, req.headers.authorization);
      res.end();
    });
  });
  await new Promise<void>((r) => server!.listen(0, "127.0.0.1", () => r()));
  const address = server.address();
  return `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/hook`;
}

describe("webhook mailer", () => {
  it("accepts only https, or http on loopback", () => {
    expect(() => webhookConfigFrom({ MAIL_WEBHOOK_URL: "http://mail.example.org/hook" })).toThrow();
    expect(webhookConfigFrom({ MAIL_WEBHOOK_URL: "https://mail.example.org/hook" })?.url).toBe(
      "https://mail.example.org/hook",
    );
    expect(webhookConfigFrom({})).toBeUndefined();
  });

  it("delivers a content-free reminder, and retries after the hook refused it", async () => {
    let status = 503;
    const received: { body: string; auth?: string }[] = [];
    const url = await listen((body, auth) => {
      received.push({ body, auth });
      return status;
    });
    const h = await setup();
    const alice = await enrol(h, h.firstCode, "alice");
    await h.request(
      "PUT",
      "/api/me/notify-email",
      { email: "alice@example.test", proof: await proofOf(h, alice) },
      alice.headers,
    );
    await submit(h, { whatHappened: "SENTINEL-webhook" });
    // Alice has read the new report, so the only mail due is the deadline reminder.
    const [row] = (
      await h.request<{ cases: { id: string }[] }>("GET", "/api/cases", undefined, alice.headers)
    ).json.cases;
    await h.request("GET", `/api/cases/${row?.id}`, undefined, alice.headers);
    const deps = {
      database: h.database,
      publicUrl: "https://c.example.org",
      mailer: webhookMailer({ url, token: "t0ken" }),
    };
    const first = await runScheduledJobs(deps, new Date("2026-12-03T10:00:00Z"));
    expect(first).toMatchObject({ failed: 1, sent: 0 });
    expect(first.errors).toEqual(["EWEBHOOK:503"]);
    status = 204;
    const second = await runScheduledJobs(deps, new Date("2026-12-03T10:05:00Z"));
    expect(second).toMatchObject({ sent: 1 });
    const last = received.at(-1)!;
    expect(last.auth).toBe("Bearer t0ken");
    const mail = JSON.parse(last.body) as { to: string; subject: string; text: string };
    expect(mail.to).toBe("alice@example.test");
    expect(mail.text).toContain("https://c.example.org/handler.html");
    expect(last.body).not.toContain("SENTINEL");
  });
});
