import type { AddressInfo } from "node:net";
import { createServer, type Server } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { MailError, mailErrorCode, smtpConfigFromEnv, smtpMailer } from "../../../server/mail/smtp";
import { type Sink, startSink } from "./sink";

const MAIL = {
  to: "handler@example.test",
  subject: "Reporting channel: cases need your attention",
  text: "Hello,\n\n1 case.\n",
};
const FAST = { connection: 500, greeting: 500, socket: 1000, dns: 500 };

let sinks: Sink[] = [];
let silent: Server | undefined;
afterEach(async () => {
  await Promise.all(sinks.map((s) => s.stop()));
  sinks = [];
  await new Promise<void>((resolve) => (silent ? silent.close(() => resolve()) : resolve()));
  silent = undefined;
});

async function sink(opts: Parameters<typeof startSink>[0] = {}) {
  const s = await startSink(opts);
  sinks.push(s);
  return s;
}

function codeOf(e: unknown): string {
  expect(e).toBeInstanceOf(MailError);
  return (e as MailError).code;
}

describe("smtpConfigFromEnv", () => {
  it("leaves mail off while SMTP_URL is unset", () => {
    expect(smtpConfigFromEnv({})).toBeUndefined();
    expect(smtpConfigFromEnv({ SMTP_URL: "  ", SMTP_FROM: "a@b.test" })).toBeUndefined();
  });

  it("reads SMTP_URL and SMTP_FROM", () => {
    expect(
      smtpConfigFromEnv({
        SMTP_URL: "smtp://u:p@mail.example.test:587",
        SMTP_FROM: "Channel <channel@example.test>",
      }),
    ).toEqual({
      url: "smtp://u:p@mail.example.test:587",
      from: "Channel <channel@example.test>",
    });
  });

  it.each([
    ["a URL that does not parse", { SMTP_URL: "not a url", SMTP_FROM: "a@b.test" }],
    ["another protocol", { SMTP_URL: "https://u:secret-pass@mail.example.test", SMTP_FROM: "a@b.test" }],
    ["no SMTP_FROM", { SMTP_URL: "smtp://u:secret-pass@mail.example.test:587" }],
    [
      "an SMTP_FROM that is no address",
      { SMTP_URL: "smtp://u:secret-pass@mail.example.test:587", SMTP_FROM: "channel" },
    ],
  ])("refuses %s without quoting the configuration", (_, env) => {
    let thrown: unknown;
    try {
      smtpConfigFromEnv(env);
    } catch (e) {
      thrown = e;
    }
    expect(codeOf(thrown)).toBe("ECONFIG");
    expect(String((thrown as Error).message)).not.toContain("secret-pass");
  });
});

describe("smtpMailer", () => {
  it("sends a plain-text mail to a real SMTP server, with credentials from the URL", async () => {
    const s = await sink({ credentials: { user: "channel", pass: "s3cret" } });
    const mailer = smtpMailer({ url: s.url, from: "channel@example.test", timeouts: FAST });
    await mailer.send(MAIL);
    mailer.close();
    expect(s.received).toHaveLength(1);
    const [m] = s.received;
    expect(m?.from).toBe("channel@example.test");
    expect(m?.to).toEqual(["handler@example.test"]);
    expect(m?.raw).toContain("Subject: Reporting channel: cases need your attention");
    expect(m?.raw).toMatch(/Content-Type: text\/plain/i);
    expect(m?.raw).toContain("1 case.");
  });

  it("fails fast with a code when nothing listens on the port", async () => {
    const s = await sink();
    const url = s.url;
    await s.stop();
    const mailer = smtpMailer({ url, from: "channel@example.test", timeouts: FAST });
    const started = Date.now();
    const error = await mailer.send(MAIL).catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(codeOf(error)).toMatch(/^E[A-Z]+$/);
    expect((error as Error).message).not.toContain("handler@example.test");
  });

  it("gives up on a server that accepts the connection but never greets", async () => {
    silent = createServer(() => {});
    await new Promise<void>((resolve) => silent?.listen(0, "127.0.0.1", resolve));
    const port = (silent.address() as AddressInfo).port;
    const mailer = smtpMailer({
      url: `smtp://127.0.0.1:${port}`,
      from: "channel@example.test",
      timeouts: { ...FAST, greeting: 300 },
    });
    const started = Date.now();
    const error = await mailer.send(MAIL).catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(codeOf(error)).toBe("ETIMEDOUT");
  });

  it("reports a refused recipient by code and SMTP reply code only", async () => {
    const s = await sink({ refuse: ["handler@example.test"] });
    const mailer = smtpMailer({ url: s.url, from: "channel@example.test", timeouts: FAST });
    const error = await mailer.send(MAIL).catch((e: unknown) => e);
    expect(codeOf(error)).toBe("EENVELOPE:550");
    expect((error as Error).message).toBe("mail not sent: EENVELOPE:550");
    expect(s.received).toHaveLength(0);
  });

  it("refuses wrong credentials with EAUTH", async () => {
    const s = await sink({ credentials: { user: "channel", pass: "right" } });
    const mailer = smtpMailer({
      url: `smtp://channel:wrong@127.0.0.1:${s.port}`,
      from: "channel@example.test",
      timeouts: FAST,
    });
    const error = await mailer.send(MAIL).catch((e: unknown) => e);
    expect(codeOf(error)).toMatch(/^EAUTH/);
    expect((error as Error).message).not.toContain("wrong");
  });
});

describe("mailErrorCode", () => {
  it.each([
    [{ code: "ECONNECTION" }, "ECONNECTION"],
    [{ code: "EENVELOPE", responseCode: 550 }, "EENVELOPE:550"],
    [{ code: "not a code <a@b.test>" }, "EUNKNOWN"],
    [new Error("554 rejected for a@b.test"), "EUNKNOWN"],
    [null, "EUNKNOWN"],
  ])("turns %o into %s", (e, code) => {
    expect(mailErrorCode(e)).toBe(code);
  });
});
