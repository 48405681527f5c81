/**
 * The legal entity behind each routing channel (issue 12): groups have entities in several member
 * states, so a channel carries its own jurisdiction profile and time zone. A case copies both at
 * submission and keeps them (server/case/reporting.ts); deadlines, reminders, receipts and the register
 * then follow the case's jurisdiction. Admins only; the change is audited.
 */
import { Hono } from "hono";
import * as v from "valibot";
import { withAudit } from "../../db/queries/audit";
import { allChannelRules, channelRules, setChannelRules } from "../../db/queries/channels";
import type { Env } from "../context";
import { JURISDICTIONS, profileOf, unverifiedStates } from "../directive";
import { notFound } from "../errors";
import { requireRole, requireSession } from "../middleware/session";
import { doc } from "../openapi";
import { json } from "../validate";

/** The zone's canonical name, or `null` when the runtime does not know it. */
function canonicalTimeZone(zone: string): string | null {
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

const Rules = v.strictObject({
  /** A profile code; `null`: the organisation's jurisdiction. */
  jurisdiction: v.nullable(v.picklist(JURISDICTIONS)),
  /** An IANA time zone; `null`: the organisation's. */
  timeZone: v.nullable(
    v.pipe(
      v.string(),
      v.trim(),
      v.minLength(1),
      v.maxLength(64),
      v.check((z) => canonicalTimeZone(z) !== null, "not a known time zone"),
      v.transform((z) => canonicalTimeZone(z) ?? z),
    ),
  ),
});

export function channelRulesRoutes() {
  // Guards per route: a `use("*")` here would run again for every other route under /api/admin.
  return new Hono<Env>()
    .get(
      "/channel-rules",
      requireSession(),
      requireRole("admin"),
      doc("Each channel's jurisdiction profile and time zone"),
      async (c) =>
        c.json({
          channels: await allChannelRules(c.var.deps.database),
          jurisdictions: JURISDICTIONS.map((code) => ({ code, name: profileOf(code).name })),
          // Member states whose rules are not yet verified against national law (member-states.ts).
          unverified: unverifiedStates(),
        }),
    )
    .put(
      "/channels/:id/rules",
      requireSession(),
      requireRole("admin"),
      doc(
        "Set a channel's jurisdiction profile and time zone (null: the organisation's); new cases take them",
      ),
      json(Rules),
      async (c) => {
        const { database, clock } = c.var.deps;
        const id = c.req.param("id");
        const input = c.req.valid("json");
        if (!(await channelRules(database, id))) throw notFound("No such channel.");
        await withAudit(
          database,
          { actor: c.var.person.id, action: "channel.rules", detail: { channel: id, ...input } },
          clock(),
          () => [setChannelRules(database, id, input)],
        );
        return c.json({ id, ...input });
      },
    );
}
