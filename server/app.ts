/**
 * `createApp(deps)`: the one Hono app that both entries (Node, Workers) and the tests run.
 * Routes never know which database, blob store, clock or mailer they were given.
 */
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { backupRoutes } from "./backup/routes";
import { versionRoutes } from "./backup/version";
import type { Env } from "./context";
import type { AppDeps } from "./deps";
import { AppError, errorBody, handleError } from "./errors";
import { fixedWindow, rateLimit, requestKeyer } from "./middleware/rate-limit";
import { requestContext } from "./middleware/request-context";
import { sameOrigin } from "./middleware/same-origin";
import { securityHeaders } from "./middleware/security-headers";
import { openApiDocument } from "./openapi";
import { accessRoutes } from "./routes/access";
import { adminRoutes } from "./routes/admin";
import { attachmentRoutes } from "./routes/attachments";
import { caseAttachmentRoutes } from "./routes/case-attachments";
import { caseRoutes } from "./routes/cases";
import { meRoutes } from "./routes/me";
import { noticeRoutes } from "./routes/notice";
import { reportingRoutes } from "./routes/reporting";
import { settingsRoutes } from "./routes/settings";
import { staffRoutes } from "./routes/staff";

export type { AppDeps } from "./deps";

/** The largest JSON body accepted: a padded report with room for small attachments. */
export const MAX_BODY_BYTES = 8 << 20;

export function createApp(deps: AppDeps) {
  const app = new Hono<Env>();
  const keyOf = requestKeyer(deps.secret, deps.addressOf ?? (() => undefined));
  const now = () => deps.clock().getTime();
  const loginLimiter = fixedWindow(5, 15 * 60 * 1000);

  app.onError(handleError);
  app.notFound((c) => c.json(errorBody("not_found", "Not found."), 404));
  app.use("*", securityHeaders({ onionLocation: deps.onionLocation }));
  app.use("*", async (c, next) => {
    c.set("deps", deps);
    c.set("loginLimiter", loginLimiter);
    await next();
  });
  app.use("/api/*", sameOrigin(deps.publicUrl));
  app.use(
    "/api/*",
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => {
        throw new AppError(413, "too_large", "The request is too large.");
      },
    }),
  );
  app.use("/api/*", requestContext());
  app.use("/api/inbox", rateLimit(fixedWindow(30, 60_000), keyOf, "inbox", now));
  app.use("/api/inbox/*", rateLimit(fixedWindow(30, 60_000), keyOf, "inbox-msg", now));
  app.use("/api/reports", rateLimit(fixedWindow(20, 60 * 60_000), keyOf, "reports", now));
  app.use("/api/session", rateLimit(fixedWindow(30, 15 * 60_000), keyOf, "session", now));
  app.use("/api/session/recover", rateLimit(fixedWindow(10, 15 * 60_000), keyOf, "recover", now));
  app.use("/api/enrolment/*", rateLimit(fixedWindow(30, 15 * 60_000), keyOf, "enrolment", now));

  app.get("/healthz", (c) => c.json({ ok: true }));
  app.get("/api/openapi.json", (c) => c.json(openApiDocument()));
  app.route("/api", reportingRoutes());
  app.route("/api", staffRoutes());
  app.route("/api", meRoutes());
  app.route("/api/cases", caseRoutes());
  app.route("/api", settingsRoutes());
  app.route("/api/cases", accessRoutes());
  app.route("/api/admin", adminRoutes());
  app.route("/api/admin", backupRoutes());
  app.route("/api", versionRoutes());
  app.route("/api/attachments", attachmentRoutes());
  app.route("/api/cases", caseAttachmentRoutes());
  app.route("/", noticeRoutes());
  if (deps.staticFiles) app.use("*", deps.staticFiles);
  return app;
}

export type App = ReturnType<typeof createApp>;
