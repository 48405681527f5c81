/** One record as a list of its versions, the agreed one marked, for either side. Decrypted text goes in as text. */
import { formatDay } from "../lib/dates";
import { append, h } from "../lib/dom";
import type { RecordModel } from "./model";
import { recordsText as tx } from "./strings";

/** The record's versions, oldest first, with the reporting person's corrections under the version they answer. */
export function recordVersions(model: RecordModel, side: "reporter" | "handler"): HTMLElement {
  const list = h("ol", { class: "record-versions" });
  for (const v of model.versions) {
    const agreed = model.agreed === v.version;
    const li = h(
      "li",
      { "data-testid": "record-version", "data-version": v.version, "data-agreed": String(agreed) },
      h("strong", {}, tx.version(v.version)),
      agreed ? h("span", { class: "badge", "data-testid": "record-agreed-mark" }, ` ${tx.agreedMark}`) : null,
      h("p", { class: "text", "data-testid": "record-text" }, v.text),
    );
    if (agreed && model.state.agreedOn) {
      const day = formatDay(model.state.agreedOn);
      append(li, h("p", { class: "hint" }, side === "reporter" ? tx.agreedOn(day) : tx.agreedOnHandler(day)));
    }
    for (const c of model.corrections.filter((x) => x.version === v.version)) {
      append(
        li,
        h(
          "blockquote",
          { "data-testid": "record-correction" },
          h("small", {}, tx.correctionFrom(c.version, formatDay(c.on))),
          h("p", { class: "text" }, c.text),
        ),
      );
    }
    append(list, li);
  }
  const box = h(
    "article",
    { class: "record", "data-testid": "record", "data-record-id": model.state.id },
    h("h4", {}, model.state.type === "transcript" ? tx.transcript : tx.minutes),
    list,
  );
  if (model.unconfirmed) append(box, h("p", { class: "box error", role: "alert" }, tx.unconfirmed));
  return box;
}
