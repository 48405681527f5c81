/**
 * A real SMTP server (smtp-server) on 127.0.0.1 for tests: it keeps every mail it accepts, can be
 * stopped and started again on the same port, and can refuse chosen recipients.
 */
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export interface ReceivedMail {
  from: string;
  to: string[];
  /** The whole message as it crossed the wire: headers and body. */
  raw: string;
  /** The body decoded from its transfer encoding, so that no soft line break hides a string. */
  text: string;
}

/** Decodes a single-part body (7bit, quoted-printable or base64). */
export function decodeBody(raw: string): string {
  const split = raw.search(/\r?\n\r?\n/);
  const head = raw.slice(0, split);
  const body = raw.slice(split).replace(/^\r?\n\r?\n/, "");
  const encoding = /^content-transfer-encoding:\s*([\w-]+)/im.exec(head)?.[1]?.toLowerCase();
  if (encoding === "base64") return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (encoding !== "quoted-printable") return body.replace(/\r\n/g, "\n");
  const bytes = body
    .replace(/=\r?\n/g, "")
    .replace(/\r\n/g, "\n")
    .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  return Buffer.from(bytes, "latin1").toString("utf8");
}

export interface SinkOptions {
  /** Recipients answered with 550. */
  refuse?: string[];
  /** When set, AUTH is required with exactly these credentials. */
  credentials?: { user: string; pass: string };
}

export async function startSink(opts: SinkOptions = {}) {
  const received: ReceivedMail[] = [];
  let server: SMTPServer | undefined;
  let port = 0;

  function make() {
    return new SMTPServer({
      authOptional: !opts.credentials,
      allowInsecureAuth: true,
      disabledCommands: ["STARTTLS"],
      disableReverseLookup: true,
      logger: false,
      onAuth(auth, _session, cb) {
        const ok =
          opts.credentials &&
          auth.username === opts.credentials.user &&
          auth.password === opts.credentials.pass;
        cb(ok ? null : new Error("bad credentials"), ok ? { user: auth.username } : undefined);
      },
      onRcptTo(address, _session, cb) {
        if (opts.refuse?.includes(address.address)) {
          cb(Object.assign(new Error("no such mailbox"), { responseCode: 550 }));
          return;
        }
        cb();
      },
      onData(stream, session, cb) {
        const chunks: Buffer[] = [];
        stream.on("data", (c: Buffer) => chunks.push(c));
        stream.on("end", () => {
          const env = session.envelope;
          const raw = Buffer.concat(chunks).toString("utf8");
          received.push({
            from: env.mailFrom ? env.mailFrom.address : "",
            to: env.rcptTo.map((r) => r.address),
            raw,
            text: decodeBody(raw),
          });
          cb();
        });
      },
    });
  }

  async function start(): Promise<void> {
    const s = make();
    await new Promise<void>((resolve, reject) => {
      s.server.once("error", reject);
      s.listen(port, "127.0.0.1", () => resolve());
    });
    port = (s.server.address() as AddressInfo).port;
    server = s;
  }

  async function stop(): Promise<void> {
    const s = server;
    server = undefined;
    if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
  }

  await start();
  return {
    received,
    get port() {
      return port;
    },
    get url() {
      return opts.credentials
        ? `smtp://${opts.credentials.user}:${opts.credentials.pass}@127.0.0.1:${port}`
        : `smtp://127.0.0.1:${port}`;
    },
    /** Starts again on the same port. */
    start,
    stop,
  };
}

export type Sink = Awaited<ReturnType<typeof startSink>>;
