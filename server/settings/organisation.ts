/**
 * The organisation's settings as admins see and change them: jurisdiction, time zone, retention where
 * the law leaves it open (LAW.md section 6), reminder lead times and the security switches. Settings
 * are not report content: the audit entry of a change names each changed field with its new value.
 */
import { getSettings, type Settings, type SettingsChange } from "../../db/queries/settings";
import { type AdminCtx, applySettings, requestChange, secondAdminNeeded } from "../admin/changes";
import { weakensIdentityApproval } from "../admin/readers";
import { JURISDICTIONS, type JurisdictionProfile, profileOf } from "../directive";
import { badRequest } from "../errors";

function profileOrNull(jurisdiction: string): JurisdictionProfile | null {
  try {
    return profileOf(jurisdiction);
  } catch {
    return null;
  }
}

/** Every jurisdiction profile an organisation or a channel can follow, by code and name. */
export const jurisdictionList = () => JURISDICTIONS.map((code) => ({ code, name: profileOf(code).name }));

/** The settings, the jurisdictions to choose from and what the current one says about retention. */
export function settingsView(settings: Settings) {
  const rule = profileOrNull(settings.jurisdiction)?.retention;
  return {
    settings: {
      orgName: settings.orgName,
      jurisdiction: settings.jurisdiction,
      timeZone: settings.timeZone,
      retentionYears: settings.retentionYears,
      reminderAckDays: settings.reminderAckDays,
      reminderFeedbackDays: settings.reminderFeedbackDays,
      requireTotp: settings.requireTotp,
      requireDisclosureApproval: settings.requireDisclosureApproval,
      updatedAt: settings.updatedAt,
    },
    jurisdictions: jurisdictionList(),
    /** What the law of the current jurisdiction says about retention, so the form can tell whether `retentionYears` applies. */
    retention: rule
      ? {
          kind: rule.kind,
          amount: rule.amount,
          unit: rule.unit,
          basis: rule.basis,
          retentionYearsApply: rule.kind !== "fixed",
        }
      : null,
  };
}

/** Refuses a retention longer than the law's cap; under a fixed period the own years are kept but unused. */
function checkRetention(jurisdiction: string, years: number): void {
  const rule = profileOrNull(jurisdiction)?.retention;
  if (rule?.kind !== "cap") return;
  const capMonths = rule.unit === "years" ? rule.amount * 12 : rule.amount;
  if (years * 12 > capMonths) {
    throw badRequest(
      "retention_above_cap",
      `${rule.basis}: choose ${Math.floor(capMonths / 12)} years or fewer.`,
    );
  }
}

/**
 * Applies the fields of `input` that differ from the stored settings, audited, and answers with the
 * settings as they now stand. Switching second-person approval off waits for a second admin once there
 * are two (Art. 16): that field is then `pending`, and the rest applies at once.
 */
export async function changeSettings(ctx: AdminCtx, input: SettingsChange) {
  const current = await getSettings(ctx.database, undefined, ctx.now);
  const changed: SettingsChange = {};
  for (const [key, value] of Object.entries(input) as [keyof SettingsChange, unknown][]) {
    if (value !== undefined && current[key] !== value) Object.assign(changed, { [key]: value });
  }
  if (changed.jurisdiction !== undefined || changed.retentionYears !== undefined) {
    checkRetention(
      changed.jurisdiction ?? current.jurisdiction,
      changed.retentionYears ?? current.retentionYears,
    );
  }
  let pending: { id: string; kind: string } | null = null;
  if (
    weakensIdentityApproval(current.requireDisclosureApproval, changed.requireDisclosureApproval) &&
    (await secondAdminNeeded(ctx.database))
  ) {
    delete changed.requireDisclosureApproval;
    pending = await requestChange(ctx, "settings", "settings", { requireDisclosureApproval: false });
  }
  if (Object.keys(changed).length === 0) return { ...settingsView(current), pending };
  await applySettings(ctx, changed);
  return { ...settingsView(await getSettings(ctx.database, undefined, ctx.now)), pending };
}
