/**
 * Organisation settings, for admins: jurisdiction, time zone, retention where the law leaves it open,
 * reminder lead times and the security switches; and the legal entity behind each routing channel
 * (issue 12): its jurisdiction profile and time zone, which a case copies at submission
 * (server/settings/channels.ts). Admins only; audited. Mounted at /api and /api/admin, so every route
 * names its own middleware: a `use("*")` here would guard the whole API, or run again for every other
 * route under /api/admin.
 */
import { Hono } from "hono";
import type { Env } from "../context";
import { adminCtx } from "../middleware/request-context";
import { requireRole, requireSession } from "../middleware/session";
import { doc } from "../openapi";
import { changeChannelRules, changeSettings, channelRulesView, settingsView } from "../settings/index";
import { Rules } from "../shapes/channel-rules";
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

/** Each channel's rules, mounted at /api/admin. */
export function channelRulesRoutes() {
  return new Hono<Env>()
    .get(
      "/channel-rules",
      requireSession(),
      requireRole("admin"),
      doc("Each channel's jurisdiction profile and time zone"),
      async (c) => c.json(await channelRulesView(c.var.deps.database)),
    )
    .put(
      "/channels/:id/rules",
      requireSession(),
      requireRole("admin"),
      doc(
        "Set a channel's jurisdiction profile and time zone (null: the organisation's); new cases take them",
      ),
      json(Rules),
      async (c) => c.json(await changeChannelRules(adminCtx(c), c.req.param("id"), c.req.valid("json"))),
    );
}
