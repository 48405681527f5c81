/**
 * Chosen files and their progress, for the report form and the inbox: each file with its size and a
 * progress bar while it is encrypted and sent. Sending goes one file at a time.
 */
import { ApiError } from "../lib/api";
import { append, h } from "../lib/dom";
import type { MetadataResult } from "./metadata/index";
import { evidenceText as tx } from "./strings";
import { fetchLimits, type Limits, type UploadTarget, uploadFile } from "./upload";

interface Row {
  file: File;
  /** What is sent: the cleaned file, or the original when the person chose it. */
  blob: Blob;
  el: HTMLLIElement;
  bar: HTMLProgressElement;
  state: HTMLSpanElement;
  keepRecording: boolean | undefined;
}

let limits: Promise<Limits> | null = null;
const getLimits = () => {
  limits ??= fetchLimits().catch((e) => {
    limits = null;
    throw e;
  });
  return limits;
};

/** A chosen file with what metadata removal found, and the person's choice to send the original. */
export interface Prepared {
  file: File;
  meta: MetadataResult;
  sendOriginal: HTMLInputElement | null;
  /** A voice recording: the person's answer on keeping it (Art. 18(2)); absent for other files. */
  keepRecording?: boolean;
}

function metadataNote(
  file: File,
  meta: MetadataResult,
  index: number,
): [HTMLElement, HTMLInputElement | null] {
  if (meta.unknown) {
    const why =
      meta.kind === "too-large" ? tx.tooLargeToClean : meta.kind === "heic" ? tx.heic : tx.unknownFormat;
    return [h("p", { class: "box warn", "data-testid": "evidence-metadata-warning" }, why), null];
  }
  if (meta.found.length === 0)
    return [h("p", { class: "hint", "data-testid": "evidence-metadata" }, tx.noMetadata), null];
  const id = `send-original-${index}`;
  const box = h("input", { type: "checkbox", id, "data-testid": "evidence-send-original" });
  const warning = h("p", { class: "box warn", hidden: true }, tx.originalWarning);
  box.addEventListener("change", () => {
    warning.hidden = !box.checked;
  });
  const note = h(
    "div",
    { "data-testid": "evidence-metadata" },
    h("p", {}, tx.removed),
    h("ul", {}, ...meta.found.map((f) => h("li", { "data-testid": "evidence-metadata-item" }, f))),
    h("div", { class: "confirm" }, box, h("label", { for: id }, tx.sendOriginal)),
    warning,
  );
  void file;
  return [note, box];
}

/**
 * Lists `files` in `list` with their sizes and what metadata was found and will be removed before
 * encryption; returns the prepared files and the problems that stop sending (limits).
 */
export async function showChosen(
  list: HTMLElement,
  files: File[],
): Promise<{ problems: string[]; items: Prepared[] }> {
  const l = await getLimits();
  const { removeMetadata } = await import("./metadata/index");
  list.replaceChildren();
  const problems: string[] = [];
  const items: Prepared[] = [];
  let total = 0;
  for (const [i, f] of files.entries()) {
    total += f.size;
    const tooBig = f.size > l.maxFileBytes;
    if (tooBig) problems.push(`${f.name}: ${tx.tooLarge(l.maxFileBytes)}`);
    const meta = await removeMetadata(f);
    const [note, sendOriginal] = metadataNote(f, meta, i);
    items.push({ file: f, meta, sendOriginal });
    append(
      list,
      h(
        "li",
        { "data-testid": "evidence-file", "data-name": f.name },
        h("span", { class: "name" }, f.name),
        " ",
        h("span", { class: "size" }, `(${tx.size(f.size)})`),
        tooBig ? h("span", { class: "error" }, ` ${tx.tooLarge(l.maxFileBytes)}`) : null,
        note,
      ),
    );
  }
  if (!l.enabled && files.length) problems.push(tx.off);
  if (total > l.maxCaseBytes) problems.push(tx.caseFull(l.maxCaseBytes));
  return { problems, items };
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
export async function sendFiles(
  panel: HTMLElement,
  items: Prepared[],
  target: UploadTarget,
): Promise<number> {
  const list = h("ul", { class: "evidence-progress", "data-testid": "evidence-progress" });
  panel.replaceChildren(h("h3", {}, tx.filesTitle), h("p", { class: "box warn" }, tx.stay), list);
  panel.hidden = false;
  const rows: Row[] = items.map(({ file, meta, sendOriginal, keepRecording }) => {
    const blob = sendOriginal?.checked ? file : meta.cleaned;
    const bar = h("progress", { max: 1, value: 0, "aria-label": file.name });
    const state = h("span", { class: "state", "data-testid": "evidence-state" }, tx.waiting);
    const el = h("li", { "data-testid": "evidence-upload", "data-name": file.name, "data-state": "waiting" });
    append(el, h("span", { class: "name" }, file.name), ` (${tx.size(file.size)}) `, bar, " ", state);
    append(list, el);
    return { file, blob, el, bar, state, keepRecording };
  });
  window.addEventListener("beforeunload", leaveGuard);
  let sent = 0;
  try {
    for (const r of rows) {
      r.state.textContent = tx.encrypting;
      r.el.dataset.state = "sending";
      try {
        await uploadFile(
          r.blob,
          { v: 1, name: r.file.name, type: r.file.type, size: r.blob.size },
          { ...target, keepRecording: r.keepRecording },
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
