/**
 * `createApp(deps)`: the one Hono app that both entries (Node, Workers) and the tests run.
 * Routes never know which database, blob store, clock or mailer they were given.
 */
import { Hono } from "hono";
import { exponentialBackoff } from "./auth/backoff";
import { backupRoutes } from "./backup/routes";
import { versionRoutes } from "./backup/version";
import type { Env } from "./context";
import type { AppDeps } from "./deps";
import { AppError, errorBody, handleError } from "./errors";
import { bodyLimit } from "./middleware/body-limit";
import { powProvider } from "./middleware/pow";
import { type Limiter, requestKeyer } from "./middleware/rate-limit";
import { requestContext } from "./middleware/request-context";
import { sameOrigin } from "./middleware/same-origin";
import { securityHeaders } from "./middleware/security-headers";
import { doc, openApiDocument } from "./openapi";
import { accessRoutes } from "./routes/access";
import {
  adminRoutes,
  approvalRoutes,
  enrolmentAdminRoutes,
  enrolmentCheckRoutes,
  noticeMeRoutes,
  registerRoutes,
} from "./routes/admin";
import { attachmentRoutes, caseAttachmentRoutes } from "./routes/attachments";
import { caseRoutes, overviewRoutes } from "./routes/cases";
import { noteRoutes } from "./routes/notes";
import { noticeRoutes } from "./routes/notice";
import { caseRecordRoutes, inboxRecordRoutes } from "./routes/records";
import { powRoutes, reportingRoutes } from "./routes/reporting";
import { channelRoutes, settingsRoutes } from "./routes/settings";
import { staffRoutes } from "./routes/staff";
import { publishedRoutes, trustRoutes } from "./routes/trust";

export type { AppDeps } from "./deps";

/** The largest JSON body accepted: a padded report with room for small attachments. */
export const MAX_BODY_BYTES = 8 << 20;

export function createApp(deps: AppDeps) {
  const app = new Hono<Env>();
  const keyOf = requestKeyer(deps.secret, deps.addressOf ?? (() => undefined));
  const backoff = exponentialBackoff();
  // Address limits by scope; each route attaches its own (middleware/rate-limit.ts).
  const limits = new Map<string, Limiter>();

  app.onError(handleError);
  app.notFound((c) => c.json(errorBody("not_found", "Not found."), 404));
  app.use("*", securityHeaders({ onionLocation: deps.onionLocation, publicUrl: deps.publicUrl }));
  const powOf = powProvider(deps);
  app.use("*", async (c, next) => {
    c.set("deps", deps);
    c.set("backoff", backoff);
    c.set("clientKey", (scope: string) => keyOf(c, scope));
    c.set("limits", limits);
    c.set("pow", powOf);
    await next();
  });
  app.use("/api/*", sameOrigin(deps.publicUrl));
  app.use(
    "/api/*",
    bodyLimit(MAX_BODY_BYTES, () => {
      throw new AppError(413, "too_large", "The request is too large.");
    }),
  );
  app.use("/api/*", requestContext());

  const routes = app
    .get("/healthz", doc("Liveness check"), (c) => c.json({ ok: true }))
    .get("/api/openapi.json", doc("This document, generated from the routes the app serves"), (c) =>
      c.json(openApiDocument(app.routes)),
    )
    .route("/api", powRoutes(powOf))
    .route("/api", reportingRoutes())
    .route("/api", staffRoutes())
    .route("/api/cases", caseRoutes())
    .route("/api", settingsRoutes())
    .route("/api/cases", accessRoutes())
    .route("/api/cases", noteRoutes())
    .route("/api/overview", overviewRoutes())
    .route("/api", enrolmentCheckRoutes())
    .route("/api/admin", enrolmentAdminRoutes())
    .route("/api/admin", approvalRoutes())
    .route("/api/me", noticeMeRoutes())
    .route("/api/admin", adminRoutes())
    .route("/api/admin", channelRoutes())
    .route("/api/admin", backupRoutes())
    .route("/api/admin", registerRoutes())
    .route("/api", versionRoutes())
    .route("/api/attachments", attachmentRoutes())
    .route("/api/cases", caseAttachmentRoutes())
    .route("/api/cases", caseRecordRoutes())
    .route("/api/inbox", inboxRecordRoutes())
    .route("/api", publishedRoutes())
    .route("/api/trust", trustRoutes())
    .route("/", noticeRoutes());
  if (deps.staticFiles) app.use("*", deps.staticFiles);
  return routes;
}

/** The app's type: every route with its validated input and its answer, for `hc<AppType>` in client/. */
export type AppType = ReturnType<typeof createApp>;
export type App = AppType;
