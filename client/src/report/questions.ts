/**
 * The channel's questions on the report form, loaded only when the chosen channel has some. Answers
 * are read into the report object, so they are encrypted with it and nothing else carries them.
 */
import type { Questionnaire } from "../lib/config";
import { append, h } from "../lib/dom";
import type { Answers } from "../lib/types";

export interface QuestionFields {
  el: HTMLElement;
  /** The answered questions, or null when none is answered. */
  read(): Answers | null;
  /** Whether anything was typed or chosen (a draft that leaving would lose). */
  touched(): boolean;
}

/** One labelled control per question; `legend` names the set (the channel's name). */
export function questionFields(legend: string, q: Questionnaire): QuestionFields {
  const fieldset = h(
    "fieldset",
    { class: "group", "data-testid": "report-questions", "data-version": String(q.version) },
    h("legend", {}, legend),
  );
  const readers: (() => Answers["items"][number] | null)[] = [];
  for (const question of q.questions) {
    const id = `question-${question.id}`;
    const base = { id: question.id, type: question.type, question: question.label };
    if (question.type === "multiple") {
      const boxes = question.options.map((option, i) => {
        const box = h("input", {
          type: "checkbox",
          id: `${id}-${i}`,
          value: option,
          "data-testid": "report-question-option",
        });
        return [h("div", {}, box, h("label", { for: `${id}-${i}` }, option)), box] as const;
      });
      append(
        fieldset,
        h(
          "fieldset",
          { class: "group checks", "data-question-id": question.id },
          h("legend", {}, question.label),
          ...boxes.map(([el]) => el),
        ),
      );
      readers.push(() => {
        const chosen = boxes.filter(([, b]) => b.checked).map(([, b]) => b.value);
        return chosen.length ? { ...base, answer: chosen } : null;
      });
      continue;
    }
    const control =
      question.type === "single"
        ? h(
            "select",
            { id },
            h("option", { value: "" }, "—"),
            ...question.options.map((o) => h("option", { value: o }, o)),
          )
        : question.type === "date"
          ? h("input", { type: "date", id })
          : h("textarea", { id, rows: 3, maxlength: 5000 });
    control.setAttribute("data-testid", "report-question");
    control.setAttribute("data-question-id", question.id);
    append(fieldset, h("div", { class: "field" }, h("label", { for: id }, question.label), control));
    readers.push(() => {
      const value = (control as HTMLInputElement).value.trim();
      return value ? { ...base, answer: value } : null;
    });
  }
  const read = () => {
    const items = readers.map((r) => r()).filter((a): a is Answers["items"][number] => a !== null);
    return items.length ? { version: q.version, items } : null;
  };
  return { el: fieldset, read, touched: () => read() !== null };
}
