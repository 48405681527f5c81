/**
 * People and their roles, and offboarding. Removing someone deletes their wrapped keys and sessions;
 * the server refuses while they are the only person who can open a case (409 last_holder), and that
 * sentence is shown as the server wrote it.
 */
import { t } from "../i18n";
import { dayEl } from "../lib/dates";
import { append, h, say } from "../lib/dom";
import type { AdminPerson, Channel, RolesChanged } from "../lib/types";
import { pendingNotice } from "./admin-pending";
import type { Ctx } from "./context";
import { button, checkbox, errorLine, explain, section } from "./ui";

const ROLES = ["handler", "custodian", "admin"] as const;

function personRow(ctx: Ctx, p: AdminPerson, channels: Channel[], error: HTMLElement): HTMLTableRowElement {
  const me = p.id === ctx.person.id;
  const boxes = ROLES.map((r) =>
    checkbox(`admin-person-${p.id}-${r}`, t.roles[r] ?? r, {
      "data-testid": "admin-person-role",
      "data-role": r,
      checked: p.roles.includes(r),
    }),
  );
  const save = button(t.admin.rolesSave, "admin-person-save");
  save.setAttribute("aria-label", `${t.admin.rolesSave}: ${p.displayName}`);
  const remove = button(t.admin.remove, "admin-person-remove");
  remove.setAttribute("aria-label", `${t.admin.remove}: ${p.displayName}`);
  remove.hidden = me;
  const confirmBox = h("div", { class: "box warn", hidden: true, "data-testid": "admin-person-confirm" });
  const cell = h("td", {}, h("div", { class: "actions" }, save, remove), confirmBox);
  const row = h(
    "tr",
    { "data-testid": "admin-person-row", "data-person-id": p.id, "data-handle": p.handle },
    h("th", { scope: "row" }, p.displayName, h("span", { class: "meta" }, p.handle)),
    h("td", {}, h("div", { class: "checks" }, ...boxes.map(([el]) => el))),
    h(
      "td",
      {},
      p.channels.map((id) => channels.find((c) => c.id === id)?.name ?? id).join(", ") || t.admin.noChannel,
    ),
    h("td", {}, p.totp ? t.admin.totpOn : t.admin.totpOff),
    h("td", {}, dayEl(p.createdAt.slice(0, 10))),
    cell,
  );
  const busy = (on: boolean): void => {
    for (const el of row.querySelectorAll<HTMLButtonElement | HTMLInputElement>("button, input"))
      el.disabled = on;
  };

  save.addEventListener("click", async () => {
    say(error, "");
    const roles = boxes.filter(([, b]) => b.checked).map(([, b]) => b.dataset.role ?? "");
    if (!roles.length) return say(error, t.admin.rolesMissing);
    busy(true);
    try {
      const answer = await ctx.call<RolesChanged>(
        "PUT",
        `/api/admin/persons/${encodeURIComponent(p.id)}/roles`,
        { roles },
      );
      ctx.showAdmin(pendingNotice(answer, t.admin.rolesSaved(p.displayName)));
    } catch (e) {
      say(error, explain(e));
      busy(false);
    }
  });

  // Removal asks first, in the page (no modal dialog), naming what it deletes.
  remove.addEventListener("click", () => {
    const yes = button(t.admin.removeConfirm, "admin-person-remove-confirm", true);
    const no = button(t.admin.removeCancel, "admin-person-remove-cancel");
    confirmBox.replaceChildren(
      h("p", {}, t.admin.removeQuestion(p.displayName)),
      h("div", { class: "actions" }, yes, no),
    );
    confirmBox.hidden = false;
    remove.disabled = true;
    no.addEventListener("click", () => {
      confirmBox.hidden = true;
      confirmBox.replaceChildren();
      remove.disabled = false;
      remove.focus();
    });
    yes.addEventListener("click", async () => {
      say(error, "");
      busy(true);
      try {
        await ctx.call("DELETE", `/api/admin/persons/${encodeURIComponent(p.id)}`);
        ctx.showAdmin(t.admin.removed(p.displayName));
      } catch (e) {
        say(error, explain(e));
        busy(false);
        confirmBox.hidden = true;
        confirmBox.replaceChildren();
        remove.disabled = false;
      }
    });
    yes.focus();
  });
  return row;
}

export function peopleSection(ctx: Ctx, persons: AdminPerson[], channels: Channel[]): HTMLElement {
  const error = errorLine("admin-people-error");
  const cols = [
    t.admin.colName,
    t.admin.roles,
    t.admin.colChannels,
    t.admin.colTotp,
    t.admin.colSince,
    t.admin.colActions,
  ];
  const body = h("tbody");
  for (const p of persons) append(body, personRow(ctx, p, channels, error));
  const table = h(
    "table",
    { "data-testid": "admin-people-table" },
    h("caption", { class: "visually-hidden" }, t.admin.peopleTitle),
    h("thead", {}, h("tr", {}, ...cols.map((c) => h("th", { scope: "col" }, c)))),
    body,
  );
  return section(
    "admin-people",
    t.admin.peopleTitle,
    h("p", { class: "hint" }, t.admin.peopleHint),
    error,
    h("div", { class: "table-wrap" }, table),
  );
}
