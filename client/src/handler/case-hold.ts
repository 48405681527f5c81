/**
 * Retention and legal hold. The case is deleted (crypto-shredded) on its delete-by date unless a legal
 * hold, with a written justification, keeps it (LAW.md section 6). The justification is encrypted to
 * the case here (staff-text.ts); the audit log keeps only its hash.
 */
import { t } from "../i18n";
import type { OpenCase } from "../lib/case-crypto";
import { deadlineEl } from "../lib/dates";
import { append, h, say } from "../lib/dom";
import type { CaseView } from "../lib/types";
import type { Ctx } from "./context";
import { openStaffText, sealStaffText } from "./staff-text";
import { button, errorLine, explain, field, section, textarea } from "./ui";

const MIN_JUSTIFICATION = 10;

export async function holdPanel(ctx: Ctx, c: CaseView, open: OpenCase): Promise<HTMLElement> {
  const path = `/api/cases/${encodeURIComponent(c.id)}/legal-hold`;
  const error = errorLine("case-hold-error");
  const controls = h("fieldset", { class: "plain" }, h("legend", { class: "visually-hidden" }, t.hold.title));
  const deleteBy = c.deadlines.deleteBy ?? null;
  const dates = h(
    "dl",
    { class: "dates" },
    h("dt", {}, t.hold.deleteBy),
    h("dd", {}, deleteBy ? deadlineEl(deleteBy, "case-delete-by") : t.hold.noDeleteBy),
  );
  const run = async (work: () => Promise<unknown>, notice: string): Promise<void> => {
    say(error, "");
    controls.disabled = true;
    try {
      await work();
      ctx.showCase(c.id, notice);
    } catch (e) {
      say(error, explain(e));
      controls.disabled = false;
    }
  };

  if (c.legalHold) {
    const lift = button(t.hold.lift, "case-hold-lift");
    lift.addEventListener("click", () => run(() => ctx.call("DELETE", path), t.hold.lifted));
    append(
      controls,
      h("p", { class: "box warn", "data-testid": "case-hold-state", "data-held": "true" }, t.hold.held),
      c.legalHoldText
        ? h(
            "p",
            { class: "text", "data-testid": "case-hold-justification-text" },
            await openStaffText(open, c.legalHoldText),
          )
        : null,
      lift,
    );
  } else {
    const justification = textarea("case-hold-justification", { maxlength: 2000 });
    const place = button(t.hold.place, "case-hold-place");
    place.addEventListener("click", () => {
      const text = justification.value.trim();
      if (text.length < MIN_JUSTIFICATION) return say(error, t.hold.justificationShort);
      void run(
        async () => ctx.call("POST", path, { justification: await sealStaffText(open, text) }),
        t.hold.placed,
      );
    });
    append(
      controls,
      h("p", { "data-testid": "case-hold-state", "data-held": "false" }, t.hold.notHeld),
      field("case-hold-justification", t.hold.justification, justification, t.hold.justificationHint),
      place,
    );
  }
  return section("case-hold", t.hold.title, dates, controls, error);
}
