/**
 * Organisation settings, for admins: jurisdiction, time zone, retention where the law leaves it open,
 * reminder lead times and the security switches. Mounted at /api, so every route names its own
 * middleware: a `use("*")` here would guard the whole API.
 */
import { Hono } from "hono";
import type { Env } from "../context";
import { adminCtx } from "../middleware/request-context";
import { requireRole, requireSession } from "../middleware/session";
import { doc } from "../openapi";
import { changeSettings, settingsView } from "../settings/index";
import { Change } from "../shapes/settings";
import { json } from "../validate";

export function settingsRoutes() {
  return new Hono<Env>()
    .get(
      "/admin/settings",
      doc("Organisation settings, jurisdictions and the current jurisdiction's retention rule (admins)"),
      requireSession(),
      requireRole("admin"),
      (c) => c.json(settingsView(c.var.settings)),
    )
    .put(
      "/admin/settings",
      doc("Change organisation settings (admins); any subset of the fields, audited"),
      requireSession(),
      requireRole("admin"),
      json(Change),
      async (c) => c.json(await changeSettings(adminCtx(c), c.req.valid("json"))),
    );
}
