/**
 * The reporting person's files in the inbox: what they sent (names decrypted here), and adding more
 * later, encrypted and sent in chunks like the files of the report form.
 */
import { toBase64 } from "../../../crypto/index";
import { append, h, say } from "../lib/dom";
import type { InboxFiles } from "../lib/types";
import { openMeta } from "./download";
import { type Prepared, sendFiles, showChosen } from "./file-list";
import { evidenceText as tx } from "./strings";

/** Adds the files section to an open inbox view. */
export function mountInboxFiles(
  parent: HTMLElement,
  session: { loginKey: Uint8Array; open: { identity: string; recipient: string } },
): void {
  const loginKey = toBase64(session.loginKey);
  const list = h("ul", { class: "evidence-files", "data-testid": "inbox-files" });
  const input = h("input", {
    type: "file",
    multiple: true,
    id: "inbox-files-input",
    "data-testid": "inbox-files-input",
  });
  const chosen = h("ul", { class: "files", "data-testid": "inbox-files-chosen" });
  const send = h("button", { type: "button", "data-testid": "inbox-files-send", disabled: true }, tx.send);
  const problems = h("p", { class: "box error", role: "alert", hidden: true });
  const progress = h("div", { hidden: true });
  const recordVoice = h("button", { type: "button", "data-testid": "inbox-voice" }, tx.voiceRecord);
  const voiceBox = h("div", { "data-testid": "inbox-voice-box" });
  const section = h(
    "section",
    { "aria-labelledby": "inbox-files-title", "data-testid": "inbox-files-section" },
    h("h3", { id: "inbox-files-title" }, tx.filesTitle),
    list,
    h("label", { for: "inbox-files-input" }, tx.addFiles),
    " ",
    input,
    chosen,
    problems,
    send,
    h("p", {}, recordVoice),
    voiceBox,
    progress,
  );
  append(parent, section);

  const refresh = async () => {
    const res = await fetch("/api/attachments", {
      headers: { Accept: "application/json", "X-OC-Login": loginKey },
      credentials: "omit",
      cache: "no-store",
      referrerPolicy: "no-referrer",
    });
    if (!res.ok) return;
    const { attachments } = (await res.json()) as InboxFiles;
    list.replaceChildren();
    if (attachments.length === 0) append(list, h("li", {}, tx.noFiles));
    for (const a of attachments) {
      const meta = await openMeta(session.open.identity, a.meta);
      append(
        list,
        h(
          "li",
          { "data-testid": "inbox-file" },
          meta ? `${meta.name} (${tx.size(meta.size)}), ${a.on}` : tx.unreadable,
        ),
      );
    }
  };
  let items: Prepared[] = [];
  input.addEventListener("change", async () => {
    send.disabled = true;
    const shown = await showChosen(chosen, [...(input.files ?? [])]).catch(() => ({
      problems: [tx.off],
      items: [],
    }));
    items = shown.items;
    say(problems, shown.problems.join(" "));
    send.disabled = shown.problems.length > 0 || items.length === 0;
  });
  send.addEventListener("click", async () => {
    const sending = items;
    if (!sending.length) return;
    items = [];
    send.disabled = true;
    input.value = "";
    chosen.replaceChildren();
    await sendFiles(progress, sending, { loginKey, caseRecipient: session.open.recipient });
    await refresh();
  });
  // The recorder loads only when opened; a recording is sent as soon as the person chooses to.
  recordVoice.addEventListener("click", async () => {
    recordVoice.disabled = true;
    const { mountRecorder } = await import("./recorder");
    mountRecorder(voiceBox, tx.voiceSend, async (item) => {
      recordVoice.disabled = false;
      await sendFiles(progress, [item], { loginKey, caseRecipient: session.open.recipient });
      await refresh();
    });
  });
  void refresh();
}
