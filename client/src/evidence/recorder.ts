/**
 * Voice messages (issue 13, item 3; Directive (EU) 2019/1937 Art. 9(2) oral reporting): the reporting
 * person records with MediaRecorder, the recording is disguised here (./disguise.ts), the person hears
 * the disguised version and answers whether it may be kept (Art. 18(2)). Only the disguised WAV is
 * handed on, to be encrypted and sent like a file; the original stays in this page's memory and is
 * dropped. Loaded only when someone opens the recorder, so the report page stays light.
 */
import { append, h, say } from "../lib/dom";
import { disguiseRecording } from "./disguise";
import type { Prepared } from "./file-list";
import { evidenceText as tx } from "./strings";
import type { DisguiseName } from "./voice-dsp";

/** Recordings stop by themselves after this long (a file of about 19 MB once disguised). */
const MAX_SECONDS = 10 * 60;

let opened = 0;

/**
 * Builds the recorder into `parent`. `onReady` gets the disguised recording, with the person's answer
 * on keeping it, when they choose to use it; `action` is the label of that button.
 */
export function mountRecorder(
  parent: HTMLElement,
  action: string,
  onReady: (item: Prepared) => Promise<void> | void,
): void {
  const n = ++opened;
  const status = h("p", {
    class: "status",
    role: "status",
    "aria-live": "polite",
    "data-testid": "voice-status",
  });
  const problem = h("p", { class: "box error", role: "alert", hidden: true, "data-testid": "voice-error" });
  const record = h("button", { type: "button", "data-testid": "voice-start" }, tx.voiceStart);
  const stop = h("button", { type: "button", hidden: true, "data-testid": "voice-stop" }, tx.voiceStop);
  const disguise = h(
    "select",
    { id: `voice-disguise-${n}`, "data-testid": "voice-disguise" },
    h("option", { value: "lower" }, tx.voiceLower),
    h("option", { value: "higher" }, tx.voiceHigher),
  );
  const preview = h("audio", { controls: true, "data-testid": "voice-preview" });
  const radio = (value: string, label: string) => {
    const id = `voice-keep-${value}-${n}`;
    return h(
      "div",
      {},
      h("input", { type: "radio", name: `voice-keep-${n}`, id, value, "data-testid": `voice-keep-${value}` }),
      h("label", { for: id }, label),
    );
  };
  const consent = h(
    "fieldset",
    { class: "group", "data-testid": "voice-consent" },
    h("legend", {}, tx.voiceConsent),
    h("div", { class: "checks" }, radio("yes", tx.voiceKeep), radio("no", tx.voiceDelete)),
  );
  const use = h("button", { type: "button", class: "primary", "data-testid": "voice-use" }, action);
  const result = h(
    "div",
    { hidden: true, "data-testid": "voice-result" },
    h("p", { class: "hint" }, tx.voiceListen),
    preview,
    h("div", { class: "field" }, h("label", { for: disguise.id }, tx.voiceDisguise), " ", disguise),
    consent,
    use,
  );
  const section = h(
    "section",
    { class: "voice-recorder", "data-testid": "voice-recorder" },
    h("p", { class: "box warn" }, tx.voiceWarning),
    record,
    stop,
    status,
    result,
    problem,
  );
  append(parent, section);

  let original: Blob | null = null;
  let disguised: Blob | null = null;
  let previewUrl = "";
  let rendering: Promise<void> = Promise.resolve();

  const render = () => {
    rendering = (async () => {
      if (!original) return;
      use.disabled = true;
      say(status, tx.voiceDisguising);
      try {
        disguised = await disguiseRecording(original, disguise.value as DisguiseName);
      } catch {
        disguised = null;
        say(status, "");
        say(problem, tx.voiceFailed);
        return;
      }
      if (previewUrl) URL.revokeObjectURL(previewUrl);
      previewUrl = URL.createObjectURL(disguised);
      preview.src = previewUrl;
      say(status, "");
      result.hidden = false;
      use.disabled = false;
    })();
  };
  disguise.addEventListener("change", render);

  record.addEventListener("click", async () => {
    say(problem, "");
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch {
      say(problem, tx.voiceNoMicrophone);
      return;
    }
    const parts: Blob[] = [];
    const recorder = new MediaRecorder(stream);
    recorder.addEventListener("dataavailable", (e) => parts.push(e.data));
    const limit = setTimeout(() => recorder.stop(), MAX_SECONDS * 1000);
    recorder.addEventListener("stop", () => {
      clearTimeout(limit);
      for (const track of stream.getTracks()) track.stop();
      original = new Blob(parts, { type: recorder.mimeType });
      record.hidden = false;
      stop.hidden = true;
      render();
    });
    recorder.start(1000);
    result.hidden = true;
    record.hidden = true;
    stop.hidden = false;
    say(status, tx.voiceRecording);
    stop.onclick = () => recorder.stop();
    stop.focus();
  });

  use.addEventListener("click", async () => {
    await rendering;
    const keep = consent.querySelector<HTMLInputElement>("input:checked");
    if (!keep) {
      say(problem, tx.voiceConsentMissing);
      return;
    }
    if (!disguised) return;
    say(problem, "");
    // A random tag tells one message from another in the case's list; a time would say when it was made.
    const tag = [...crypto.getRandomValues(new Uint8Array(3))]
      .map((b) => b.toString(16).padStart(2, "0"))
      .join("");
    const file = new File([disguised], `voice-message-${tag}.wav`, { type: "audio/wav" });
    const keepRecording = keep.value === "yes";
    // What goes out is the disguised file: the original is let go here.
    original = null;
    disguised = null;
    section.remove();
    if (previewUrl) URL.revokeObjectURL(previewUrl);
    await onReady({
      file,
      meta: { kind: "voice", cleaned: file, found: [], unknown: false },
      sendOriginal: null,
      keepRecording,
    });
  });
}

/**
 * The recorder in the report form (client/report.html): opened by `button` into `#voice-box`; each
 * recording used is listed in `#voice-list` and pushed to `items`, to go after the report.
 */
export function mountInForm(button: HTMLButtonElement, items: Prepared[]): void {
  const box = document.getElementById("voice-box");
  const list = document.getElementById("voice-list");
  if (!box || !list) return;
  mountRecorder(box, tx.voiceAdd, (item) => {
    items.push(item);
    append(
      list,
      h("li", { "data-testid": "report-voice-item" }, `${item.file.name} (${tx.size(item.file.size)})`),
    );
    button.disabled = false;
  });
}
