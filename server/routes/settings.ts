/**
 * Organisation settings, for admins: jurisdiction, time zone, retention where the law leaves it open,
 * reminder lead times and the security switches. Mounted at /api, so every route names its own
 * middleware: a `use("*")` here would guard the whole API.
 *
 * Settings are not report content: the audit entry of a change names each changed field with its new
 * value.
 */
import { Hono } from "hono";
import * as v from "valibot";
import { getSettings, type Settings, type SettingsChange } from "../../db/queries/settings";
import { applySettings, requestChange, secondAdminNeeded } from "../admin/changes";
import { weakensIdentityApproval } from "../admin/readers";
import type { Env } from "../context";
import { JURISDICTIONS, type JurisdictionProfile, profileOf } from "../directive";
import { badRequest } from "../errors";
import { adminCtx } from "../middleware/request-context";
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

const whole = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));

const Change = v.pipe(
  v.strictObject({
    orgName: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(120))),
    jurisdiction: v.optional(v.picklist(JURISDICTIONS)),
    timeZone: v.optional(
      v.pipe(
        v.string(),
        v.trim(),
        v.minLength(1),
        v.maxLength(64),
        v.check((z) => canonicalTimeZone(z) !== null, "not a known time zone"),
        v.transform((z) => canonicalTimeZone(z) ?? z),
      ),
    ),
    /** Years kept after closure where the law leaves the period open or only caps it (LAW.md section 6). */
    retentionYears: v.optional(whole(1, 10)),
    /** Lead times of reminders, in days before the deadline. The acknowledgement period is 7 days. */
    reminderAckDays: v.optional(whole(0, 7)),
    reminderFeedbackDays: v.optional(whole(0, 90)),
    requireTotp: v.optional(v.boolean()),
    requireDisclosureApproval: v.optional(v.boolean()),
  }),
  v.check((o) => Object.keys(o).length > 0, "send at least one setting"),
);

function profileOrNull(jurisdiction: string): JurisdictionProfile | null {
  try {
    return profileOf(jurisdiction);
  } catch {
    return null;
  }
}

function settingsView(s: Settings) {
  const rule = profileOrNull(s.jurisdiction)?.retention;
  return {
    settings: {
      orgName: s.orgName,
      jurisdiction: s.jurisdiction,
      timeZone: s.timeZone,
      retentionYears: s.retentionYears,
      reminderAckDays: s.reminderAckDays,
      reminderFeedbackDays: s.reminderFeedbackDays,
      requireTotp: s.requireTotp,
      requireDisclosureApproval: s.requireDisclosureApproval,
      updatedAt: s.updatedAt,
    },
    jurisdictions: JURISDICTIONS.map((code) => ({ code, name: profileOf(code).name })),
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

export function settingsRoutes() {
  return new Hono<Env>()
    .get(
      "/admin/settings",
      doc("Organisation settings, jurisdictions and the current jurisdiction's retention rule (admins)"),
      requireSession(),
      requireRole("admin"),
      async (c) => {
        const { database, defaults, clock } = c.var.deps;
        return c.json(settingsView(await getSettings(database, defaults, clock())));
      },
    )
    .put(
      "/admin/settings",
      doc("Change organisation settings (admins); any subset of the fields, audited"),
      requireSession(),
      requireRole("admin"),
      json(Change),
      async (c) => {
        const { database, defaults, clock } = c.var.deps;
        const input = c.req.valid("json");
        const now = clock();
        const current = await getSettings(database, defaults, now);
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
        // Art. 16: switching second-person approval off waits for a second admin once there are two.
        let pending: { id: string; kind: string } | null = null;
        if (
          weakensIdentityApproval(current.requireDisclosureApproval, changed.requireDisclosureApproval) &&
          (await secondAdminNeeded(database))
        ) {
          delete changed.requireDisclosureApproval;
          pending = await requestChange(adminCtx(c), "settings", "settings", {
            requireDisclosureApproval: false,
          });
        }
        if (Object.keys(changed).length === 0) return c.json({ ...settingsView(current), pending });
        await applySettings(adminCtx(c), changed);
        return c.json({ ...settingsView(await getSettings(database, defaults, now)), pending });
      },
    );
}
