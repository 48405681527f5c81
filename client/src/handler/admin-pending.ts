/**
 * Changes waiting for a second admin (server/admin/readers.ts): a new reader, an enrolment link, or
 * second-person approval switched off. Another admin approves with their passphrase (and second
 * factor); any admin rejects. Approving re-renders the console, which re-signs the roster, so the new
 * reader gets keys only then.
 */
import { t } from "../i18n";
import { formatInstant } from "../lib/dates";
import { append, h, say } from "../lib/dom";
import type { AdminPerson, Channel, Me, PendingChange } from "../lib/types";
import type { Ctx } from "./context";
import { confirmation, withProof } from "./second-factor";
import { button, errorLine, explain, section } from "./ui";

/** The status line after a change that may have waited: whether it applied, or waits for approval. */
export function pendingNotice(answer: { pending?: unknown } | null | undefined, applied: string): string {
  return answer?.pending ? t.approvals.waiting : applied;
}

function describe(p: PendingChange, persons: AdminPerson[], channels: Channel[]): string {
  const name = (id: string) => persons.find((x) => x.id === id)?.displayName ?? id;
  const roles = (p.change.roles ?? []).map((r) => t.roles[r] ?? r).join(", ");
  if (p.kind === "roles") return t.approvals.roles(name(p.target), roles);
  if (p.kind === "members")
    return t.approvals.members(
      channels.find((c) => c.id === p.target)?.name ?? p.target,
      (p.change.personIds ?? []).map(name).join(", ") || t.admin.noChannel,
    );
  if (p.kind === "enrolment") return t.approvals.enrolment(roles);
  return t.approvals.settingsOff;
}

export async function pendingSection(
  ctx: Ctx,
  persons: AdminPerson[],
  channels: Channel[],
): Promise<HTMLElement> {
  const admins = persons.filter((p) => p.roles.includes("admin")).length;
  const [{ pending }, me] = await Promise.all([
    ctx.call<{ pending: PendingChange[] }>("GET", "/api/admin/pending"),
    ctx.call<Me>("GET", "/api/me"),
  ]);
  const error = errorLine("admin-pending-error");
  const confirm = confirmation(ctx, { totp: Boolean(me.totp), passkeys: me.passkeys ?? 0 });
  const list = h("ul", { class: "plain", "data-testid": "admin-pending-list" });
  for (const p of pending) {
    const who = persons.find((x) => x.id === p.requestedBy)?.displayName ?? p.requestedBy;
    const approve = button(t.approvals.approve, "admin-pending-approve", true);
    const reject = button(p.mine ? t.approvals.withdraw : t.approvals.reject, "admin-pending-reject");
    approve.hidden = p.mine;
    const item = h(
      "li",
      { class: "box", "data-testid": "admin-pending-item", "data-kind": p.kind, "data-target": p.target },
      h("p", {}, describe(p, persons, channels)),
      h("p", { class: "meta" }, t.approvals.requested(who, formatInstant(p.requestedAt))),
      p.mine ? h("p", { class: "hint" }, t.approvals.mine) : null,
      h("div", { class: "actions" }, approve, reject),
    );
    const busy = (on: boolean) => {
      approve.disabled = on;
      reject.disabled = on;
    };
    approve.addEventListener("click", async () => {
      say(error, "");
      busy(true);
      try {
        await withProof(confirm, (proof) =>
          ctx.call("POST", `/api/admin/pending/${encodeURIComponent(p.id)}/approve`, { proof }),
        );
        ctx.showAdmin(t.approvals.approved);
      } catch (e) {
        say(error, explain(e));
        busy(false);
      }
    });
    reject.addEventListener("click", async () => {
      say(error, "");
      busy(true);
      try {
        await ctx.call("POST", `/api/admin/pending/${encodeURIComponent(p.id)}/reject`, {});
        ctx.showAdmin(t.approvals.rejected);
      } catch (e) {
        say(error, explain(e));
        busy(false);
      }
    });
    append(list, item);
  }
  const othersWaiting = pending.some((p) => !p.mine);
  return section(
    "admin-pending",
    t.approvals.title,
    h(
      "p",
      { class: "hint", "data-testid": "admin-pending-rule" },
      admins < 2 ? t.approvals.oneAdmin : t.approvals.intro,
    ),
    pending.length ? list : h("p", { "data-testid": "admin-pending-none" }, t.approvals.none),
    othersWaiting ? h("div", {}, h("p", { class: "hint" }, t.approvals.confirmIntro), confirm.node) : null,
    error,
  );
}
