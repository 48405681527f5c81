/**
 * Chosen files and their progress, for the report form and the inbox: each file with its size and a
 * progress bar while it is encrypted and sent. Sending goes one file at a time.
 */
import { ApiError } from "../lib/api";
import { append, h } from "../lib/dom";
import { evidenceText as tx } from "./strings";
import { fetchLimits, type Limits, type UploadTarget, uploadFile } from "./upload";

interface Row {
  file: File;
  el: HTMLLIElement;
  bar: HTMLProgressElement;
  state: HTMLSpanElement;
}

let limits: Promise<Limits> | null = null;
const getLimits = () => {
  limits ??= fetchLimits().catch((e) => {
    limits = null;
    throw e;
  });
  return limits;
};

/** Lists `files` in `list` with sizes and an empty progress bar; returns the problems found. */
export async function showChosen(list: HTMLElement, files: File[]): Promise<string[]> {
  const l = await getLimits();
  list.replaceChildren();
  const problems: string[] = [];
  let total = 0;
  for (const f of files) {
    total += f.size;
    const tooBig = f.size > l.maxFileBytes;
    if (tooBig) problems.push(`${f.name}: ${tx.tooLarge(l.maxFileBytes)}`);
    append(
      list,
      h(
        "li",
        { "data-testid": "evidence-file", "data-name": f.name },
        h("span", { class: "name" }, f.name),
        " ",
        h("span", { class: "size" }, `(${tx.size(f.size)})`),
        tooBig ? h("span", { class: "error" }, ` ${tx.tooLarge(l.maxFileBytes)}`) : null,
      ),
    );
  }
  if (!l.enabled && files.length) problems.push(tx.off);
  if (total > l.maxCaseBytes) problems.push(tx.caseFull(l.maxCaseBytes));
  return problems;
}

function leaveGuard(e: BeforeUnloadEvent): void {
  e.preventDefault();
  e.returnValue = tx.stay;
}

/**
 * Encrypts and sends each file into `panel`, one after the other, with a progress bar each.
 *
 * @returns how many files were sent.
 */
export async function sendFiles(panel: HTMLElement, files: File[], target: UploadTarget): Promise<number> {
  const list = h("ul", { class: "evidence-progress", "data-testid": "evidence-progress" });
  panel.replaceChildren(h("h3", {}, tx.filesTitle), h("p", { class: "box warn" }, tx.stay), list);
  panel.hidden = false;
  const rows: Row[] = files.map((file) => {
    const bar = h("progress", { max: 1, value: 0, "aria-label": file.name });
    const state = h("span", { class: "state", "data-testid": "evidence-state" }, tx.waiting);
    const el = h("li", { "data-testid": "evidence-upload", "data-name": file.name, "data-state": "waiting" });
    append(el, h("span", { class: "name" }, file.name), ` (${tx.size(file.size)}) `, bar, " ", state);
    append(list, el);
    return { file, el, bar, state };
  });
  window.addEventListener("beforeunload", leaveGuard);
  let sent = 0;
  try {
    for (const r of rows) {
      r.state.textContent = tx.encrypting;
      r.el.dataset.state = "sending";
      try {
        await uploadFile(
          r.file,
          { v: 1, name: r.file.name, type: r.file.type, size: r.file.size },
          target,
          (stored, total) => {
            r.bar.value = total ? stored / total : 1;
          },
        );
        r.bar.value = 1;
        r.state.textContent = tx.sent;
        r.el.dataset.state = "sent";
        sent++;
      } catch (e) {
        r.state.textContent = `${tx.failed} ${e instanceof ApiError && e.message ? e.message : String((e as Error)?.message ?? e)}`;
        r.el.dataset.state = "failed";
      }
    }
  } finally {
    window.removeEventListener("beforeunload", leaveGuard);
  }
  return sent;
}
