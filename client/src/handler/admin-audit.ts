/**
 * The audit log: the server's check of the hash chain (intact, or the first row that does not hold) and
 * the newest entries. The log holds actions, never report content. Admins see it in the admin view,
 * handlers and custodians under "My security"; whoever opens it has their browser check the chain and
 * sign its head (audit-checkpoint.ts).
 */
import { t } from "../i18n";
import { formatInstant } from "../lib/dates";
import { append, h } from "../lib/dom";
import type { AuditAnswer } from "../lib/types";
import { signHead } from "./audit-checkpoint";
import type { Ctx } from "./context";
import { section } from "./ui";

/** `key: value` pairs, values as compact JSON; shown as text only. */
function detailText(detail: string): string {
  let o: unknown = detail;
  if (typeof detail === "string") {
    try {
      o = JSON.parse(detail);
    } catch {
      return detail;
    }
  }
  if (!o || typeof o !== "object") return "";
  return Object.entries(o as Record<string, unknown>)
    .map(([k, v]) => `${k}: ${typeof v === "string" ? v : JSON.stringify(v)}`)
    .join("; ");
}

export async function auditSection(
  ctx: Ctx,
  persons: readonly { id: string; displayName: string }[],
): Promise<HTMLElement> {
  const { check, entries } = await ctx.call<AuditAnswer>("GET", "/api/audit");
  const names = new Map(persons.map((p) => [p.id, p.displayName]));
  // Only a chain the server and this browser both found intact gets this person's signature.
  const signedSeq = check.ok ? await signHead(ctx, entries).catch(() => null) : null;
  const verdict = h(
    "p",
    {
      class: check.ok ? "box" : "box error",
      role: check.ok ? null : "alert",
      "data-testid": "audit-check",
      "data-ok": String(check.ok),
      "data-broken-at": check.ok ? null : check.brokenAt,
    },
    check.ok ? t.audit.intact(check.entries) : t.audit.broken(check.brokenAt, check.reason),
  );
  const cols = [
    t.audit.colSeq,
    t.audit.colTime,
    t.audit.colActor,
    t.audit.colAction,
    t.audit.colCase,
    t.audit.colDetail,
  ];
  const body = h("tbody");
  for (const e of entries) {
    const broken = !check.ok && e.seq === check.brokenAt;
    append(
      body,
      h(
        "tr",
        {
          class: broken ? "broken" : null,
          "data-testid": "audit-row",
          "data-seq": e.seq,
          "data-action": e.action,
          "data-broken": broken ? "true" : null,
        },
        h("td", {}, String(e.seq)),
        h("td", {}, h("time", { datetime: e.at }, formatInstant(e.at))),
        h("td", {}, e.actor ? (names.get(e.actor) ?? e.actor.slice(0, 8)) : t.audit.system),
        h("td", {}, e.action),
        h("td", {}, e.caseId ? e.caseId.slice(0, 8).toUpperCase() : ""),
        h("td", { class: "detail" }, detailText(e.detail)),
      ),
    );
  }
  const table = h(
    "table",
    { "data-testid": "audit-table" },
    h("caption", { class: "visually-hidden" }, t.audit.title),
    h("thead", {}, h("tr", {}, ...cols.map((c) => h("th", { scope: "col" }, c)))),
    body,
  );
  return section(
    "admin-audit",
    t.audit.title,
    verdict,
    signedSeq === null
      ? null
      : h("p", { class: "hint", "data-testid": "audit-checkpoint" }, t.audit.checkpoint(signedSeq)),
    h("p", { class: "hint" }, t.audit.hint),
    h("div", { class: "table-wrap" }, table),
  );
}
