/**
 * The scale-out entry on Cloudflare Workers (configured in wrangler.toml): the same `createApp` over
 * D1 (drizzle-orm/d1), attachments in R2, the built client as static assets, Cron Triggers.
 *
 * Static files never reach this code: the assets binding answers them first, with the security
 * headers of `dist/client/_headers` (written at build time by scripts/write-headers.ts). Everything
 * else (the API, /healthz, `/`) comes here.
 *
 * Read replication: every query goes through the plain `env.DB` binding, never `withSession()`, and D1
 * sends every query outside the Sessions API to the primary. So a reporting person (who has no session
 * to carry a bookmark in) always reads their own report and messages, and handlers read their own
 * writes, whether or not read replication is switched on for the database. Replicas would need one
 * session per request, which needs a database per request in `AppDeps`; see the README.
 */
import type { MiddlewareHandler } from "hono";
import { openD1 } from "../db/d1";
import type { SettingsDefaults } from "../db/queries/settings";
import { createApp } from "./app";
import { r2BlobStore } from "./blob/r2";
import { prepareChannel } from "./bootstrap";
import { systemClock } from "./clock";
import type { AppDeps } from "./deps";
import { attachmentLimitsFrom } from "./evidence/limits";
import { isReporterPage, localizedPagePath, pageLanguage } from "./i18n/page-language";
import { webhookConfigFrom, webhookMailer } from "./mail/webhook";
import { setupRoutes } from "./routes/setup";
import { type RunSummary, runScheduledJobs } from "./scheduler";

/** The bindings and variables of wrangler.toml, plus the secret set with `wrangler secret put`. */
export interface WorkerEnv {
  DB: D1Database;
  BLOBS: R2Bucket;
  ASSETS: Fetcher;
  ORG_NAME?: string;
  ORG_JURISDICTION?: string;
  ORG_TIME_ZONE?: string;
  /** The public origin, e.g. https://speakup.example.org; enrolment links are built on it. */
  PUBLIC_URL?: string;
  /** Proof-of-work difficulty in bits under normal load; 17 when unset. */
  POW_BITS?: string;
  /** One-time setup secret for POST /api/setup/enrolment (see server/routes/setup.ts). */
  ENROL_SECRET?: string;
  /** Content-free reminder mail through an HTTP webhook (server/mail/webhook.ts); off when unset. */
  MAIL_WEBHOOK_URL?: string;
  /** Bearer token for the webhook; set with `wrangler secret put`. */
  MAIL_WEBHOOK_TOKEN?: string;
  /** Attachment limits in bytes (server/evidence/limits.ts); defaults 2 GiB per file, 10 GiB per case. */
  ATTACHMENT_MAX_BYTES?: string;
  CASE_ATTACHMENTS_MAX_BYTES?: string;
}

/** The organisation defaults for the settings row, from [vars]. */
export function defaultsOf(env: WorkerEnv): SettingsDefaults {
  return {
    orgName: env.ORG_NAME ?? "Example organisation",
    jurisdiction: env.ORG_JURISDICTION ?? "EU",
    timeZone: env.ORG_TIME_ZONE ?? "Europe/Brussels",
  };
}

/**
 * The reporter pages (`/` is index.html, as on Node) in the person's language (server/i18n); other files
 * are answered by the assets binding before the Worker runs.
 */
function indexPage(assets: Fetcher): MiddlewareHandler {
  return async function indexPageMiddleware(c, next) {
    if ((c.req.method !== "GET" && c.req.method !== "HEAD") || !isReporterPage(c.req.path)) return next();
    const lang = pageLanguage(c.req.query("lang"), c.req.header("accept-language"));
    const file = localizedPagePath(c.req.path, lang);
    const res = await assets.fetch(new URL(file, c.req.url), { method: c.req.method });
    if (!res.ok) return next();
    // A fetched response has immutable headers: copy it, and drop the assets server's caching so that
    // the security headers (no-store among them) apply as on every other page.
    const page = new Response(res.body, res);
    page.headers.delete("cache-control");
    page.headers.delete("etag");
    return page;
  };
}

interface Isolate {
  app: ReturnType<typeof createApp>;
  deps: AppDeps & { defaults: SettingsDefaults };
  ready?: Promise<void>;
}

let isolate: Isolate | undefined;

// The app's header middleware does not run when the app cannot start; these stand in for it.
const UNAVAILABLE_HEADERS = {
  "cache-control": "no-store",
  "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
  "referrer-policy": "no-referrer",
  "x-content-type-options": "nosniff",
  "retry-after": "5",
};

/**
 * One app per isolate: the rate limits live in its memory, keyed under a secret made here from the
 * CSPRNG (random values are not allowed at global scope, hence on the first event, not at load).
 */
function isolateFor(env: WorkerEnv): Isolate {
  if (isolate) return isolate;
  const deps: Isolate["deps"] = {
    database: openD1(env.DB),
    clock: systemClock,
    secret: crypto.getRandomValues(new Uint8Array(32)),
    // Used only as input to the rate-limit HMAC; never stored or logged.
    addressOf: (c) => c.req.header("cf-connecting-ip"), // rate-limit HMAC input only
    blobs: r2BlobStore(env.BLOBS),
    attachmentLimits: attachmentLimitsFrom(env),
    publicUrl: env.PUBLIC_URL ? env.PUBLIC_URL.replace(/\/$/, "") : undefined,
    powBits: env.POW_BITS ? Number(env.POW_BITS) : undefined,
    defaults: defaultsOf(env),
    staticFiles: indexPage(env.ASSETS),
  };
  const webhook = webhookConfigFrom(env);
  if (webhook) deps.mailer = webhookMailer(webhook);
  const app = createApp(deps);
  app.route("/api", setupRoutes({ secret: env.ENROL_SECRET }));
  isolate = { app, deps };
  return isolate;
}

/** Prepares the database once per isolate; a failure is retried on the next event. */
function ready(iso: Isolate): Promise<void> {
  iso.ready ??= prepareChannel(iso.deps.database, iso.deps.defaults, iso.deps.clock()).catch((e: unknown) => {
    iso.ready = undefined;
    throw e;
  });
  return iso.ready;
}

/**
 * The Cron Trigger's work: the same `runScheduledJobs` as the Node interval: retention, and reminders
 * through the mail webhook when MAIL_WEBHOOK_URL is set. Safe every 15 minutes.
 */
export async function scheduledTick(env: WorkerEnv, now: Date): Promise<RunSummary> {
  const iso = isolateFor(env);
  await ready(iso);
  const r = await runScheduledJobs(iso.deps, now);
  // Counts and error codes only, as the Node scheduler logs them.
  if (r.failed > 0) console.warn(`mail: ${r.failed} not delivered (${[...new Set(r.errors)].join(", ")})`);
  if (r.unreadable > 0)
    console.warn(`reminders: ${r.unreadable} case(s) with dates the rule engine rejected`);
  return r;
}

export default {
  async fetch(request, env, ctx) {
    const iso = isolateFor(env);
    try {
      await ready(iso);
    } catch (e) {
      console.error(`database not ready: ${(e as Error).name}`);
      return Response.json(
        { error: { code: "unavailable", message: "The service is starting. Try again in a moment." } },
        { status: 503, headers: UNAVAILABLE_HEADERS },
      );
    }
    return iso.app.fetch(request, env, ctx);
  },
  async scheduled(controller, env) {
    // Awaited rather than waitUntil'd, so a failing tick shows as a failed Cron event.
    await scheduledTick(env, new Date(controller.scheduledTime));
  },
} satisfies ExportedHandler<WorkerEnv>;

/** For tests: forget the isolate's app, as a new isolate would. */
export function resetIsolateForTests(): void {
  isolate = undefined;
}
