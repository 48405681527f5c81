/**
 * The legal entity behind each routing channel (issue 12): each channel's jurisdiction profile and
 * time zone, which a case copies at submission (server/settings/channels.ts). Admins only; audited.
 */
import { Hono } from "hono";
import type { Env } from "../context";
import { adminCtx } from "../middleware/request-context";
import { requireRole, requireSession } from "../middleware/session";
import { doc } from "../openapi";
import { changeChannelRules, channelRulesView } from "../settings/index";
import { Rules } from "../shapes/channel-rules";
import { json } from "../validate";

export function channelRulesRoutes() {
  // Guards per route: a `use("*")` here would run again for every other route under /api/admin.
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
