/**
 * Backups in the admin console: the recipient backups are encrypted to (the public half of an offline
 * hybrid key the admins keep, made with `npm run backup:keygen`) and its fingerprint, to compare with
 * the one printed when the key was made. Nothing here can open a backup.
 */
import { t } from "../i18n";
import { formatInstant } from "../lib/dates";
import { h, say } from "../lib/dom";
import type { BackupView } from "../lib/types";
import type { Ctx } from "./context";
import { button, errorLine, explain, field, section, statusLine, textarea } from "./ui";

export async function backupSection(ctx: Ctx): Promise<HTMLElement> {
  const view = await ctx.call<BackupView>("GET", "/api/admin/backup");
  const current = h("p", { class: "box", "data-testid": "backup-fingerprint" });
  const show = (v: BackupView) => {
    current.textContent = v.fingerprint
      ? t.backup.current(v.fingerprint, v.setAt ? formatInstant(v.setAt) : "")
      : t.backup.none;
  };
  show(view);
  const recipient = textarea("backup-recipient", { rows: 3, spellcheck: "false", autocomplete: "off" });
  const save = button(t.backup.save, "backup-save");
  const status = statusLine("backup-status");
  const error = errorLine("backup-error");
  save.addEventListener("click", async () => {
    say(error, "");
    say(status, "");
    const value = recipient.value.trim();
    if (!value.startsWith("age1pq1")) return say(error, t.backup.notHybrid);
    save.disabled = true;
    try {
      const saved = await ctx.call<BackupView>("PUT", "/api/admin/backup", { recipient: value });
      show(saved);
      recipient.value = "";
      say(status, t.backup.saved);
    } catch (e) {
      say(error, explain(e));
    } finally {
      save.disabled = false;
    }
  });
  return section(
    "admin-backup",
    t.backup.title,
    h("p", {}, t.backup.intro),
    current,
    field("backup-recipient", t.backup.recipient, recipient, t.backup.recipientHint),
    save,
    status,
    error,
  );
}
