/**
 * Settings, for admins only, every change audited. The organisation's: jurisdiction, time zone,
 * retention where the law leaves it open, reminder lead times and the security switches. Each routing
 * channel's: the legal entity behind it (issue 12), its jurisdiction profile and time zone, which a case
 * copies at submission (server/settings/channels.ts); and its questions for the report form
 * (server/admin/questions.ts): text, single or multiple choice, or a date. Every change of the questions
 * is a new version; the server never sees an answer.
 */
import { Hono } from "hono";
import { channelQuestions, setChannelQuestions } from "../admin/questions";
import type { Env } from "../context";
import { adminCtx } from "../middleware/request-context";
import { requireRole, requireSession } from "../middleware/session";
import { doc } from "../openapi";
import { changeChannelRules, changeSettings, channelRulesView, settingsView } from "../settings/index";
import { Rules } from "../shapes/channel-rules";
import { Questions } from "../shapes/questions";
import { Change } from "../shapes/settings";
import { json } from "../validate";

/**
 * The guards of every route here. Mounted at /api and /api/admin, each route names them: a `use("*")`
 * here would guard the whole API, or run again for every other route under /api/admin.
 */
const adminOnly = [requireSession(), requireRole("admin")] as const;

export function settingsRoutes() {
  return new Hono<Env>()
    .get(
      "/admin/settings",
      doc("Organisation settings, jurisdictions and the current jurisdiction's retention rule (admins)"),
      ...adminOnly,
      (c) => c.json(settingsView(c.var.settings)),
    )
    .put(
      "/admin/settings",
      doc("Change organisation settings (admins); any subset of the fields, audited"),
      ...adminOnly,
      json(Change),
      async (c) => c.json(await changeSettings(adminCtx(c), c.req.valid("json"))),
    );
}

/** Each channel's rules and its questions for the report form, mounted at /api/admin. */
export function channelRoutes() {
  return new Hono<Env>()
    .get(
      "/channel-rules",
      ...adminOnly,
      doc("Each channel's jurisdiction profile and time zone"),
      async (c) => c.json(await channelRulesView(c.var.deps.database)),
    )
    .put(
      "/channels/:id/rules",
      ...adminOnly,
      doc(
        "Set a channel's jurisdiction profile and time zone (null: the organisation's); new cases take them",
      ),
      json(Rules),
      async (c) => c.json(await changeChannelRules(adminCtx(c), c.req.param("id"), c.req.valid("json"))),
    )
    .get(
      "/channels/:id/questions",
      doc("A channel's current questions for the report form and their version"),
      ...adminOnly,
      async (c) => c.json(await channelQuestions(adminCtx(c), c.req.param("id"))),
    )
    .put(
      "/channels/:id/questions",
      doc("A new version of a channel's questions (text, single or multiple choice, date)"),
      ...adminOnly,
      json(Questions),
      async (c) => c.json(await setChannelQuestions(adminCtx(c), c.req.param("id"), c.req.valid("json"))),
    );
}
