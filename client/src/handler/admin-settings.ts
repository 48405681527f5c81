/**
 * Organisation settings (server/routes/settings.ts): name, jurisdiction, time zone, retention where the
 * law leaves it open, reminder lead times and the security switches. Only changed fields are sent; the
 * server names each change in the audit log.
 */
import { t } from "../i18n";
import { formatInstant } from "../lib/dates";
import { h, say } from "../lib/dom";
import type { SettingsSaved, SettingsView } from "../lib/types";
import { pendingNotice } from "./admin-pending";
import type { Ctx } from "./context";
import { checkbox, errorLine, explain, field, input, section, statusLine } from "./ui";

type Settings = SettingsView["settings"];

function retentionText(r: SettingsView["retention"]): string {
  if (!r) return t.settings.retentionUnknown;
  const period = `${r.amount} ${r.unit}`;
  if (!r.retentionYearsApply) return t.settings.retentionFixed(period, r.basis);
  return r.kind === "cap" ? t.settings.retentionCap(period, r.basis) : t.settings.retentionOpen(r.basis);
}

export async function settingsSection(ctx: Ctx): Promise<HTMLElement> {
  const view = await ctx.call<SettingsView>("GET", "/api/admin/settings");
  const s = view.settings;
  const jurisdiction = h(
    "select",
    { id: "settings-jurisdiction", "data-testid": "settings-jurisdiction" },
    ...view.jurisdictions.map((j) =>
      h("option", { value: j.code, selected: j.code === s.jurisdiction }, `${j.name} (${j.code})`),
    ),
  );
  const timeZone = input("settings-time-zone", { maxlength: 64, value: s.timeZone, spellcheck: "false" });
  const number = (id: string, value: number, min: number, max: number): HTMLInputElement =>
    input(id, { type: "number", inputmode: "numeric", min, max, step: 1, value });
  const retentionYears = number("settings-retention-years", s.retentionYears, 1, 10);
  const reminderAck = number("settings-reminder-ack", s.reminderAckDays, 0, 7);
  const reminderFeedback = number("settings-reminder-feedback", s.reminderFeedbackDays, 0, 90);
  const [totpBox, requireTotp] = checkbox("settings-require-totp", t.settings.requireTotp, {
    checked: s.requireTotp,
  });
  const [approvalBox, requireApproval] = checkbox("settings-require-approval", t.settings.requireApproval, {
    checked: s.requireDisclosureApproval,
  });
  const save = h(
    "button",
    { type: "submit", class: "primary", "data-testid": "settings-save" },
    t.settings.save,
  );
  const status = statusLine("settings-status");
  const error = errorLine("settings-error");
  const fields = h(
    "fieldset",
    { class: "plain" },
    h("legend", { class: "visually-hidden" }, t.settings.title),
    // The name has one home, the organisation profile (Notice section); here it is only shown.
    h(
      "p",
      { "data-testid": "settings-org-name" },
      h("strong", {}, `${t.settings.orgName}: `),
      s.orgName,
      " ",
      h("a", { href: "#/admin/notice" }, t.settings.orgNameFrom),
    ),
    field("settings-jurisdiction", t.settings.jurisdiction, jurisdiction, t.settings.jurisdictionHint),
    field("settings-time-zone", t.settings.timeZone, timeZone, t.settings.timeZoneHint),
    field(
      "settings-retention-years",
      t.settings.retentionYears,
      retentionYears,
      retentionText(view.retention),
    ),
    field("settings-reminder-ack", t.settings.reminderAck, reminderAck),
    field("settings-reminder-feedback", t.settings.reminderFeedback, reminderFeedback),
    totpBox,
    h("p", { class: "hint" }, t.settings.requireTotpHint),
    approvalBox,
    h("p", { class: "hint" }, t.settings.requireApprovalHint),
    save,
  );
  const form = h("form", { method: "post", action: "/handler.html", "data-testid": "settings-form" }, fields);

  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    say(error, "");
    say(status, "");
    if (!form.checkValidity()) return say(error, t.settings.invalid);
    const next: Partial<Settings> = {
      jurisdiction: jurisdiction.value,
      timeZone: timeZone.value.trim(),
      retentionYears: Number(retentionYears.value),
      reminderAckDays: Number(reminderAck.value),
      reminderFeedbackDays: Number(reminderFeedback.value),
      requireTotp: requireTotp.checked,
      requireDisclosureApproval: requireApproval.checked,
    };
    const changed = Object.fromEntries(
      Object.entries(next).filter(([k, v]) => s[k as keyof Settings] !== v),
    ) as Partial<Settings>;
    if (Object.keys(changed).length === 0) return say(status, t.settings.unchanged);
    fields.disabled = true;
    try {
      const saved = await ctx.call<SettingsSaved>("PUT", "/api/admin/settings", changed);
      Object.assign(s, saved.settings);
      const hint = form.querySelector("#settings-retention-years-hint");
      if (hint) hint.textContent = retentionText(saved.retention);
      if (saved.pending) {
        // Switching off identity approval waits for a second admin: the console lists the request.
        requireApproval.checked = s.requireDisclosureApproval;
        ctx.showAdmin(pendingNotice(saved, t.settings.saved));
        return;
      }
      say(status, t.settings.saved);
    } catch (e) {
      say(error, explain(e));
    } finally {
      fields.disabled = false;
    }
  });

  return section(
    "admin-settings",
    t.settings.title,
    s.updatedAt ? h("p", { class: "hint" }, t.settings.updatedAt(formatInstant(s.updatedAt))) : null,
    form,
    status,
    error,
  );
}
