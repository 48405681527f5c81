/**
 * The handler's list of a case's files: name, type and size decrypted from each file's encrypted
 * description, and a button that downloads the age file and decrypts it as a stream.
 */
import { t } from "../i18n";
import { append, h, say } from "../lib/dom";
import type { CaseFiles } from "../lib/types";
import { decryptToBlob, openMeta, saveBlob } from "./download";
import { evidenceText as tx } from "./strings";

/** Fills `box` with the case's files; `call` is the handler API helper. */
export async function showCaseFiles(
  box: HTMLElement,
  caseId: string,
  identity: string,
  call: <T>(method: string, path: string) => Promise<T>,
): Promise<void> {
  const base = `/api/cases/${encodeURIComponent(caseId)}/attachments`;
  const { attachments } = await call<CaseFiles>("GET", base);
  const list = h("ul", { class: "evidence-files", "data-testid": "case-files" });
  box.replaceChildren(h("h3", { id: "case-files-title" }, tx.caseFilesTitle));
  if (attachments.length === 0) return append(box, h("p", {}, tx.noFiles));
  append(box, list);
  for (const a of attachments) {
    const meta = await openMeta(identity, a.meta);
    const status = h("span", { class: "status", role: "status", "aria-live": "polite" });
    const button = h("button", { type: "button", "data-testid": "case-file-download" }, tx.download);
    const bar = h("progress", { max: 1, value: 0, hidden: true });
    button.addEventListener("click", async () => {
      if (!meta) return;
      button.disabled = true;
      bar.hidden = false;
      say(status, tx.decrypting);
      try {
        const res = await fetch(`${base}/${encodeURIComponent(a.id)}/content`, {
          credentials: "same-origin",
          cache: "no-store",
          referrerPolicy: "no-referrer",
          redirect: "error",
        });
        if (!res.ok || !res.body) throw new Error(`http ${res.status}`);
        const blob = await decryptToBlob(identity, res.body, meta.type, (n) => {
          bar.value = meta.size ? n / meta.size : 1;
        });
        saveBlob(blob, meta.name);
        say(status, "");
        box.dataset.downloaded = a.id;
      } catch {
        say(status, tx.downloadFailed);
      } finally {
        button.disabled = false;
      }
    });
    // A voice report plays here after decryption; the Blob never leaves this page.
    const play = meta?.type.startsWith("audio/")
      ? h("button", { type: "button", "data-testid": "case-file-play" }, t.handler.play)
      : null;
    const player = h("audio", { controls: true, hidden: true, "data-testid": "case-file-audio" });
    play?.addEventListener("click", async () => {
      if (!meta) return;
      play.disabled = true;
      say(status, tx.decrypting);
      try {
        const res = await fetch(`${base}/${encodeURIComponent(a.id)}/content`, {
          credentials: "same-origin",
          cache: "no-store",
          referrerPolicy: "no-referrer",
          redirect: "error",
        });
        if (!res.ok || !res.body) throw new Error(`http ${res.status}`);
        player.src = URL.createObjectURL(await decryptToBlob(identity, res.body, meta.type));
        player.hidden = false;
        say(status, "");
      } catch {
        say(status, tx.downloadFailed);
        play.disabled = false;
      }
    });
    append(
      list,
      h(
        "li",
        { "data-testid": "case-file", "data-attachment-id": a.id },
        meta
          ? h(
              "span",
              {},
              h("strong", { "data-testid": "case-file-name" }, meta.name),
              ` (${meta.type || "?"}, ${tx.size(meta.size)}) `,
            )
          : h("span", { class: "error" }, tx.unreadable),
        button,
        play ? " " : null,
        play,
        " ",
        bar,
        " ",
        status,
        player,
      ),
    );
  }
}
