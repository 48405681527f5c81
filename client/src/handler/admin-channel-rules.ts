/**
 * Each channel's legal entity: its jurisdiction profile and time zone (server/routes/settings.ts).
 * A case takes them at submission and keeps them, so the section says changes affect new reports only.
 */
import { t } from "../i18n";
import { append, h, say } from "../lib/dom";
import type { ChannelRulesView } from "../lib/types";
import type { Ctx } from "./context";
import { button, errorLine, explain, field, input, section } from "./ui";

export async function channelRulesSection(ctx: Ctx): Promise<HTMLElement> {
  const view = await ctx.call<ChannelRulesView>("GET", "/api/admin/channel-rules");
  const error = errorLine("admin-channel-rules-error");
  const list = h("div");
  for (const c of view.channels) {
    const jurisdiction = h(
      "select",
      { id: `channel-rules-${c.id}-jurisdiction`, "data-testid": "admin-channel-jurisdiction" },
      h("option", { value: "", selected: c.jurisdiction === null }, t.channelRules.organisationDefault),
      ...view.jurisdictions.map((j) =>
        h("option", { value: j.code, selected: j.code === c.jurisdiction }, `${j.name} (${j.code})`),
      ),
    );
    const timeZone = input(`channel-rules-${c.id}-time-zone`, {
      maxlength: 64,
      value: c.timeZone ?? "",
      spellcheck: "false",
      "data-testid": "admin-channel-time-zone",
    });
    const save = button(t.channelRules.save, "admin-channel-rules-save");
    const group = h(
      "fieldset",
      { class: "group", "data-testid": "admin-channel-entity", "data-channel-id": c.id },
      h("legend", {}, c.name),
      field(`channel-rules-${c.id}-jurisdiction`, t.channelRules.jurisdiction, jurisdiction),
      field(
        `channel-rules-${c.id}-time-zone`,
        t.channelRules.timeZone,
        timeZone,
        t.channelRules.timeZoneHint,
      ),
      save,
    );
    save.addEventListener("click", async () => {
      say(error, "");
      group.disabled = true;
      try {
        await ctx.call("PUT", `/api/admin/channels/${encodeURIComponent(c.id)}/rules`, {
          jurisdiction: jurisdiction.value || null,
          timeZone: timeZone.value.trim() || null,
        });
        ctx.showAdmin(t.channelRules.saved(c.name));
      } catch (e) {
        say(error, explain(e));
        group.disabled = false;
      }
    });
    append(list, group);
  }
  const unverified = view.unverified ?? [];
  const status = unverified.length
    ? h(
        "p",
        { class: "notice", "data-testid": "admin-rules-unverified" },
        t.channelRules.unverified(
          unverified.map((s) => `${s.name} (${s.code}: ${s.rules.length})`).join(", "),
        ),
      )
    : h("span");
  return section(
    "admin-channel-rules",
    t.channelRules.title,
    h("p", {}, t.channelRules.intro),
    status,
    list,
    error,
  );
}
