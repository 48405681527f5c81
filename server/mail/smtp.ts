/**
 * The Node mailer: plain-text mail over SMTP (nodemailer), configured by SMTP_URL
 * (`smtp://user:pass@host:587`, `smtps://...:465`) and SMTP_FROM. Without both, there is no mailer and
 * reminders stay off. Timeouts are short so that a dead or silent server fails a run quickly; the
 * outbox keeps the mail for the next run.
 *
 * Nothing here logs, and a failure surfaces only as a {@link MailError} with the server's error code:
 * nodemailer's messages can quote the server's replies, which can quote addresses.
 */
import { createTransport } from "nodemailer";
import type { Mailer } from "../deps";

/** Why a mail was not taken, as a code only ("ECONNECTION", "EENVELOPE:550", "ECONFIG"). */
export class MailError extends Error {
  constructor(readonly code: string) {
    super(`mail not sent: ${code}`);
    this.name = "MailError";
  }
}

export interface SmtpTimeouts {
  /** Milliseconds to open the TCP (or TLS) connection. */
  connection: number;
  /** Milliseconds to wait for the server's greeting once connected. */
  greeting: number;
  /** Milliseconds of silence on an open connection before giving up. */
  socket: number;
  /** Milliseconds for the DNS lookup of the host. */
  dns: number;
}

export const DEFAULT_TIMEOUTS: SmtpTimeouts = {
  connection: 5_000,
  greeting: 5_000,
  socket: 15_000,
  dns: 5_000,
};

export interface SmtpConfig {
  /** `smtp:` or `smtps:` URL, credentials in its user-info. Never logged or echoed. */
  url: string;
  /** The From address of every mail. */
  from: string;
  timeouts?: Partial<SmtpTimeouts>;
}

/**
 * Reads SMTP_URL and SMTP_FROM. `undefined` when SMTP_URL is unset (mail off); throws MailError
 * "ECONFIG" when the configuration is incomplete or malformed, without quoting it.
 */
export function smtpConfigFromEnv(env: Record<string, string | undefined>): SmtpConfig | undefined {
  const url = env.SMTP_URL?.trim();
  if (!url) return undefined;
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    throw new MailError("ECONFIG");
  }
  const from = env.SMTP_FROM?.trim();
  if (
    (protocol !== "smtp:" && protocol !== "smtps:") ||
    !from ||
    !/^[^\s@]+@[^\s@]+$|<[^\s@<>]+@[^\s@<>]+>$/.test(from)
  ) {
    throw new MailError("ECONFIG");
  }
  return { url, from };
}

/** A short, safe code for any error nodemailer throws: its `code`, plus the SMTP reply code if any. */
export function mailErrorCode(e: unknown): string {
  const { code, responseCode } = (e ?? {}) as { code?: unknown; responseCode?: unknown };
  const base = typeof code === "string" && /^[A-Z0-9_]{1,32}$/.test(code) ? code : "EUNKNOWN";
  return typeof responseCode === "number" && Number.isInteger(responseCode)
    ? `${base}:${responseCode}`
    : base;
}

/** A Mailer over SMTP. One connection per mail: reminders are few, and a restarted server is no trouble. */
export function smtpMailer(config: SmtpConfig): Mailer & { close(): void } {
  const t = { ...DEFAULT_TIMEOUTS, ...config.timeouts };
  const transport = createTransport({
    url: config.url,
    connectionTimeout: t.connection,
    greetingTimeout: t.greeting,
    socketTimeout: t.socket,
    dnsTimeout: t.dns,
    logger: false,
    debug: false,
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  return {
    async send({ to, subject, text }) {
      try {
        await transport.sendMail({ from: config.from, to, subject, text });
      } catch (e) {
        throw new MailError(mailErrorCode(e));
      }
    },
    close() {
      transport.close();
    },
  };
}
