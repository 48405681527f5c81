/**
 * A Mailer over an HTTP webhook (a mail API or the operator's own relay): POST JSON
 * `{ to, subject, text }` with an optional bearer token. The scale-out path's mail, where SMTP is not
 * available (Workers). Portable: fetch and AbortSignal only. Failures carry a code, never a body.
 */
import type { Mailer } from "../deps";

export interface WebhookConfig {
  url: string;
  token?: string;
  timeoutMs?: number;
}

/** Reads MAIL_WEBHOOK_URL (https, or http on loopback) and MAIL_WEBHOOK_TOKEN; undefined when unset. */
export function webhookConfigFrom(env: {
  MAIL_WEBHOOK_URL?: string;
  MAIL_WEBHOOK_TOKEN?: string;
}): WebhookConfig | undefined {
  if (!env.MAIL_WEBHOOK_URL) return undefined;
  const u = new URL(env.MAIL_WEBHOOK_URL);
  const loopback = u.hostname === "127.0.0.1" || u.hostname === "localhost" || u.hostname === "[::1]";
  if (u.protocol !== "https:" && !(u.protocol === "http:" && loopback)) {
    throw new Error("MAIL_WEBHOOK_URL must be https (or http on loopback)");
  }
  return { url: u.toString(), token: env.MAIL_WEBHOOK_TOKEN };
}

export function webhookMailer(config: WebhookConfig, fetcher: typeof fetch = fetch): Mailer {
  return {
    async send(message) {
      let res: Response;
      try {
        res = await fetcher(config.url, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            ...(config.token ? { authorization: `Bearer ${config.token}` } : {}),
          },
          body: JSON.stringify({ to: message.to, subject: message.subject, text: message.text }),
          signal: AbortSignal.timeout(config.timeoutMs ?? 10_000),
        });
      } catch (e) {
        throw Object.assign(new Error("webhook unreachable"), {
          code: (e as Error)?.name === "TimeoutError" ? "ETIMEDOUT" : "ECONNECTION",
        });
      }
      await res.body?.cancel();
      if (!res.ok) throw Object.assign(new Error("webhook refused"), { code: `EWEBHOOK:${res.status}` });
    },
  };
}
