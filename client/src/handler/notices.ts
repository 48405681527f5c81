/**
 * Notices for a handler: who can newly read reports on their channels (server/admin/changes.ts). The
 * mail they may also get says only that something changed; the names are here, behind sign-in.
 */
import { t } from "../i18n";
import { formatInstant } from "../lib/dates";
import { append, h } from "../lib/dom";
import type { StaffNotice } from "../lib/types";
import type { Ctx } from "./context";
import { button } from "./ui";

/** The notices box above triage, or nothing when there are none (or they cannot be read now). */
export async function noticesPanel(ctx: Ctx): Promise<HTMLElement | null> {
  let notices: StaffNotice[];
  try {
    ({ notices } = await ctx.call<{ notices: StaffNotice[] }>("GET", "/api/me/notices"));
  } catch {
    return null;
  }
  if (notices.length === 0) return null;
  const list = h("ul", { class: "plain" });
  const box = h(
    "section",
    { class: "box warn", "aria-labelledby": "notices-title", "data-testid": "staff-notices" },
    h("h3", { id: "notices-title" }, t.notices.title),
    list,
  );
  for (const n of notices) {
    const dismiss = button(t.notices.dismiss, "staff-notice-dismiss");
    const item = h(
      "li",
      { "data-testid": "staff-notice", "data-reader-id": n.reader?.id ?? "" },
      h(
        "p",
        {},
        t.notices.newReader(
          n.reader ? `${n.reader.displayName} (${n.reader.handle})` : t.notices.unknownReader,
          n.channel ?? t.notices.anyChannel,
        ),
        " ",
        h("small", { class: "meta" }, formatInstant(n.createdAt)),
      ),
      dismiss,
    );
    dismiss.addEventListener("click", async () => {
      dismiss.disabled = true;
      try {
        await ctx.call("DELETE", `/api/me/notices/${encodeURIComponent(n.id)}`);
        item.remove();
        if (!list.children.length) box.remove();
      } catch {
        dismiss.disabled = false;
      }
    });
    append(list, item);
  }
  return box;
}
