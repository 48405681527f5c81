/**
 * A channel's questions for the report form: the admin edits the list here and each save is a new
 * version (server/routes/settings.ts). Questions are public text; the answers exist only inside the
 * reports' ciphertexts.
 */
import { t } from "../i18n";
import type { Question } from "../lib/config";
import { append, h, say } from "../lib/dom";
import type { Channel, ChannelQuestions } from "../lib/types";
import type { Ctx } from "./context";
import { button, errorLine, explain, field, input, textarea } from "./ui";

const TYPES = ["text", "single", "multiple", "date"] as const;

/** A question id from its label: readable, unique within the list. */
function idFor(label: string, taken: Set<string>): string {
  const base =
    label
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 30) || "question";
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

export function questionsEditor(ctx: Ctx, channel: Channel): HTMLElement {
  const prefix = `questions-${channel.id}`;
  const box = h("details", {
    class: "questions",
    "data-testid": "admin-questions",
    "data-channel-id": channel.id,
  });
  const state = h("p", { class: "meta", "data-testid": "admin-questions-version" });
  const list = h("ol", { class: "plain-list", "data-testid": "admin-questions-list" });
  const error = errorLine("admin-questions-error");
  let questions: Question[] = [];

  const draw = () => {
    list.replaceChildren(
      ...questions.map((q, i) => {
        const remove = button(t.questions.remove, "admin-question-remove");
        remove.setAttribute("aria-label", `${t.questions.remove}: ${q.label}`);
        remove.addEventListener("click", () => {
          questions = questions.filter((_, j) => j !== i);
          draw();
        });
        return h(
          "li",
          { "data-testid": "admin-question", "data-question-id": q.id },
          h("strong", {}, q.label),
          h("span", { class: "meta" }, ` ${t.questions.types[q.type] ?? q.type}`),
          q.options.length ? h("span", { class: "meta" }, `: ${q.options.join(", ")}`) : null,
          remove,
        );
      }),
    );
    if (questions.length === 0) append(list, h("li", { class: "meta" }, t.questions.none));
  };

  const label = input(`${prefix}-label`, { maxlength: 300, "data-testid": "admin-question-label" });
  const type = h(
    "select",
    { id: `${prefix}-type`, "data-testid": "admin-question-type" },
    ...TYPES.map((k) => h("option", { value: k }, t.questions.types[k] ?? k)),
  );
  const options = textarea(`${prefix}-options`, { rows: 3, "data-testid": "admin-question-options" });
  const add = button(t.questions.add, "admin-question-add");
  const save = button(t.questions.save, "admin-questions-save", true);
  add.addEventListener("click", () => {
    say(error, "");
    const text = label.value.trim();
    if (!text) return say(error, t.questions.labelMissing);
    const kind = TYPES.find((k) => k === type.value) ?? "text";
    const choices = options.value
      .split("\n")
      .map((o) => o.trim())
      .filter(Boolean);
    const choice = kind === "single" || kind === "multiple";
    if (choice && choices.length < 2) return say(error, t.questions.optionsMissing);
    questions = [
      ...questions,
      {
        id: idFor(text, new Set(questions.map((q) => q.id))),
        type: kind,
        label: text,
        options: choice ? choices : [],
      },
    ];
    label.value = "";
    options.value = "";
    draw();
  });
  save.addEventListener("click", async () => {
    say(error, "");
    save.disabled = true;
    try {
      const saved = await ctx.call<ChannelQuestions>(
        "PUT",
        `/api/admin/channels/${encodeURIComponent(channel.id)}/questions`,
        { questions },
      );
      ctx.showAdmin(t.questions.saved(channel.name, saved.version));
    } catch (e) {
      say(error, explain(e));
      save.disabled = false;
    }
  });

  append(
    box,
    h("summary", {}, t.questions.title),
    h("p", { class: "hint" }, t.questions.intro),
    state,
    list,
    h(
      "div",
      { class: "group" },
      field(`${prefix}-label`, t.questions.label, label),
      field(`${prefix}-type`, t.questions.type, type),
      field(`${prefix}-options`, t.questions.options, options, t.questions.optionsHint),
      add,
    ),
    save,
    error,
  );
  void ctx
    .call<ChannelQuestions>("GET", `/api/admin/channels/${encodeURIComponent(channel.id)}/questions`)
    .then((q) => {
      questions = q.questions;
      say(state, t.questions.version(q.version));
      draw();
    })
    .catch((e) => say(error, explain(e)));
  return box;
}
