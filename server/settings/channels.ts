/**
 * The legal entity behind each routing channel (issue 12): groups have entities in several member
 * states, so a channel carries its own jurisdiction profile and time zone. A case copies both at
 * submission and keeps them (server/case/reporting.ts). Admins only; the change is audited.
 */

import type { Database } from "../../db/index";
import { withAudit } from "../../db/queries/audit";
import { allChannelRules, type ChannelRules, channelRules, setChannelRules } from "../../db/queries/channels";
import type { AdminCtx } from "../admin/changes";
import { unverifiedStates } from "../directive";
import { notFound } from "../errors";
import { jurisdictionList } from "./organisation";

/** Each channel's rules, the profiles to choose from and the member states not yet verified. */
export async function channelRulesView(database: Database) {
  return {
    channels: await allChannelRules(database),
    jurisdictions: jurisdictionList(),
    // Member states whose rules are not yet verified against national law (member-states.ts).
    unverified: unverifiedStates(),
  };
}

/** Sets a channel's jurisdiction profile and time zone (`null`: the organisation's); new cases take them. */
export async function changeChannelRules<R extends ChannelRules>(ctx: AdminCtx, channelId: string, rules: R) {
  if (!(await channelRules(ctx.database, channelId))) throw notFound("No such channel.");
  await withAudit(
    ctx.database,
    {
      actor: ctx.actorId,
      action: "channel.rules",
      detail: { channel: channelId, jurisdiction: rules.jurisdiction, timeZone: rules.timeZone },
    },
    ctx.now,
    () => [setChannelRules(ctx.database, channelId, rules)],
  );
  return { id: channelId, ...rules };
}
