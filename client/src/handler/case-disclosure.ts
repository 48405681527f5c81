/**
 * Recording a disclosure of the reporting person's identity beyond the case team (Art. 16(2)-(3)): the
 * legal basis and the recipient are recorded; the reporting person is told, with written reasons, unless
 * that would jeopardise the investigation or judicial proceedings. The reasons are encrypted to the case
 * in this browser, like any message, and reach the person's inbox.
 */
import { t } from "../i18n";
import { h, say } from "../lib/dom";
import { type ThreadWriter, writeMessageEntry } from "../lib/signed-thread";
import type { Ctx } from "./context";
import { sealStaffText } from "./staff-text";
import { button, checkbox, errorLine, explain, field, input, textarea } from "./ui";

export function disclosureForm(ctx: Ctx, caseId: string, writer: ThreadWriter): HTMLElement {
  const basis = input("case-disclosure-basis", { maxlength: 500, required: true });
  const to = input("case-disclosure-to", { maxlength: 200, required: true });
  const [jeopardisesBox, jeopardises] = checkbox("case-disclosure-jeopardises", t.disclosure.jeopardises);
  const message = textarea("case-disclosure-message", { rows: 5 });
  const messageField = field(
    "case-disclosure-message",
    t.disclosure.message,
    message,
    t.disclosure.messageHint,
  );
  jeopardises.addEventListener("change", () => {
    messageField.hidden = jeopardises.checked;
  });
  const submit = button(t.disclosure.submit, "case-disclosure-submit", true);
  const error = errorLine("case-disclosure-error");
  const controls = h(
    "fieldset",
    { class: "plain" },
    h("legend", { class: "visually-hidden" }, t.disclosure.title),
    h("p", { class: "hint" }, t.disclosure.intro),
    field("case-disclosure-basis", t.disclosure.basis, basis, t.disclosure.basisHint),
    field("case-disclosure-to", t.disclosure.to, to),
    jeopardisesBox,
    messageField,
    submit,
  );

  submit.addEventListener("click", async () => {
    say(error, "");
    const legalBasis = basis.value.trim();
    const disclosedTo = to.value.trim();
    const text = message.value.trim();
    if (legalBasis.length < 5) return say(error, t.disclosure.basisMissing);
    if (disclosedTo.length < 2) return say(error, t.disclosure.toMissing);
    if (!jeopardises.checked && !text) return say(error, t.disclosure.messageMissing);
    controls.disabled = true;
    try {
      // Signed and encrypted before anything is sent; if that fails, nothing is recorded.
      // The details are encrypted to the case too: the server keeps no plaintext of them.
      const details = {
        legalBasis: await sealStaffText(writer.open, legalBasis),
        disclosedTo: await sealStaffText(writer.open, disclosedTo),
      };
      const record = (sealed: { message: string; seq: number } | null) =>
        ctx.call("POST", `/api/cases/${encodeURIComponent(caseId)}/disclosures`, {
          ...details,
          jeopardises: jeopardises.checked,
          message: sealed?.message ?? null,
          seq: sealed?.seq ?? null,
        });
      if (jeopardises.checked) await record(null);
      else await writeMessageEntry(writer, "disclosure_notice", text, record);
      ctx.showCase(caseId, t.disclosure.recorded);
    } catch (e) {
      say(error, explain(e));
      controls.disabled = false;
    }
  });

  return h(
    "details",
    { class: "more", "data-testid": "case-disclosure" },
    h("summary", { "data-testid": "case-disclosure-toggle" }, t.disclosure.title),
    controls,
    error,
  );
}
