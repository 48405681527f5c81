/**
 * The case token, shown once after a report was sent: grouped, with copy, download and print, and the
 * dates the server computed. It is dropped from the page (and from this module) when the reporting
 * person continues; until they confirm they saved it, leaving the page asks first.
 */
import { normalizeCaseToken } from "../../../crypto/index";
import { t } from "../i18n";
import { openInbox } from "../inbox/session";
import { errorText } from "../lib/api";
import type { Config } from "../lib/config";
import { dayEl, deadlineEl } from "../lib/dates";
import { append, byId, h, say } from "../lib/dom";
import { receiptBlock } from "../lib/receipt";
import type { ReportReceipt } from "../lib/types";

/** The inbox in the page's language: the choice travels in the URL, never in storage. */
const inboxPath = (): string => `/inbox.html?lang=${encodeURIComponent(t.lang)}`;

function warnBeforeLeaving(e: BeforeUnloadEvent): void {
  e.preventDefault();
  // Older browsers need returnValue set to show the prompt.
  e.returnValue = t.report.leaveWarning;
}

/**
 * Shows the token and the receipt (organisation, day received, dates due). Continuing opens the inbox
 * in this same page from the token held in memory, so it is never typed again, stored or put in a URL.
 */
export function showToken(tokenValue: string, receipt: ReportReceipt, config: Config | null): void {
  let token = tokenValue;
  const panel = byId("sent", HTMLElement);
  const tokenEl = byId("token", HTMLParagraphElement);
  const copyStatus = byId("copy-status", HTMLParagraphElement);
  const saved = byId("saved", HTMLInputElement);
  const cont = byId("continue", HTMLButtonElement);
  const inboxUrl = `${location.origin}${inboxPath()}`;

  // Groups in their own spans; the hyphens stay in the text, so selecting and copying gives the token.
  tokenEl.replaceChildren();
  token.split("-").forEach((group, i) => {
    if (i > 0) append(tokenEl, h("span", { class: "sep" }, "-"));
    append(tokenEl, h("span", { class: "group" }, group));
  });
  // The same token spelled out, one group per item and a space between characters, so a screen reader
  // reads each character on its own instead of a group as a word (and a person can read it slowly).
  const spelled = byId("token-spelled", HTMLOListElement);
  spelled.replaceChildren(
    ...token
      .split("-")
      .map((group, i) => h("li", {}, `${t.report.tokenGroup(i + 1)}: ${[...group].join(" ")}`)),
  );
  byId("inbox-url", HTMLSpanElement).textContent = inboxUrl;
  byId("receipt-org", HTMLElement).textContent = config?.organisation.name ?? "";

  const d = receipt.deadlines;
  byId("sent-dates", HTMLDListElement).replaceChildren(
    h("dt", {}, t.report.receivedOn),
    h("dd", {}, dayEl(receipt.receivedOn, "report-received-on")),
    h("dt", {}, t.report.ackBy),
    h("dd", {}, deadlineEl(d.acknowledgeBy, "report-ack-by")),
    h("dt", {}, t.report.feedbackBy),
    h("dd", {}, deadlineEl(d.feedbackBy, "report-feedback-by")),
    h("dt", {}, t.report.disclosureFrom),
    h(
      "dd",
      {},
      deadlineEl(d.publicDisclosureFrom, "report-disclosure-from"),
      h("small", { class: "basis" }, t.report.disclosureShort),
    ),
  );
  // The signed receipt (Art. 21(5)) right under the dates it states; replaced, never added twice.
  const datesList = byId("sent-dates", HTMLDListElement);
  datesList.parentElement?.querySelector(".receipt")?.remove();
  datesList.parentElement?.insertBefore(
    receiptBlock(() => receipt),
    datesList.nextSibling,
  );

  const copy = byId("token-copy", HTMLButtonElement);
  const download = byId("token-download", HTMLButtonElement);
  const print = byId("token-print", HTMLButtonElement);

  const onCopy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(token);
      say(copyStatus, t.report.copied);
    } catch {
      // No clipboard (insecure context, denied permission): select the token for a manual copy.
      const range = document.createRange();
      range.selectNodeContents(tokenEl);
      const sel = getSelection();
      sel?.removeAllRanges();
      sel?.addRange(range);
      say(copyStatus, t.report.copyFailed);
    }
  };
  const onDownload = (): void => {
    const text = `${t.report.tokenFileIntro}\n\n${token}\n\n${t.report.inboxAt} ${inboxUrl}\n`;
    const url = URL.createObjectURL(new Blob([text], { type: "text/plain;charset=utf-8" }));
    const a = h("a", { href: url, download: "case-token.txt", hidden: true });
    append(document.body, a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  const onPrint = (): void => window.print();
  const onSaved = (): void => {
    cont.disabled = !saved.checked;
    if (saved.checked) window.removeEventListener("beforeunload", warnBeforeLeaving);
    else window.addEventListener("beforeunload", warnBeforeLeaving);
  };
  // Drops every copy this page holds: the DOM, the closure, the listeners that captured it. Also on
  // pagehide, so a page restored from the back-forward cache does not show the token again.
  const wipe = (): void => {
    token = "";
    tokenEl.replaceChildren();
    spelled.replaceChildren();
    copy.removeEventListener("click", onCopy);
    download.removeEventListener("click", onDownload);
    window.removeEventListener("beforeunload", warnBeforeLeaving);
    window.removeEventListener("pagehide", wipe);
    document.body.classList.remove("has-token");
    getSelection()?.removeAllRanges();
  };
  const continueStatus = byId("continue-status", HTMLParagraphElement);
  const onContinue = async (): Promise<void> => {
    if (!saved.checked || cont.disabled) return;
    cont.disabled = true;
    say(continueStatus, t.inbox.opening);
    const canonical = normalizeCaseToken(token);
    try {
      // The inbox view loads only now, beside the key derivation: the report page stays light.
      const [opened, { showCase }] = await Promise.all([openInbox(canonical), import("../inbox/view")]);
      wipe();
      panel.hidden = true;
      say(continueStatus, "");
      // The address becomes the inbox's, so a reload or a bookmark asks for the token there.
      history.replaceState(null, "", inboxPath());
      const mount = byId("inbox-mount", HTMLDivElement);
      const view = await showCase(mount, opened.session, opened.answer, config, () =>
        location.assign(inboxPath()),
      );
      window.addEventListener("pagehide", () => view.lock(), { once: true });
    } catch (e) {
      // The token is still on screen: the person can open the inbox page with it.
      say(continueStatus, `${t.report.inboxFailed} ${errorText(e)}`);
      cont.disabled = false;
    }
  };

  copy.addEventListener("click", onCopy);
  download.addEventListener("click", onDownload);
  print.addEventListener("click", onPrint);
  saved.addEventListener("change", onSaved);
  cont.addEventListener("click", () => void onContinue());
  window.addEventListener("beforeunload", warnBeforeLeaving);
  window.addEventListener("pagehide", wipe);

  saved.checked = false;
  cont.disabled = true;
  byId("compose", HTMLElement).hidden = true;
  panel.hidden = false;
  document.body.classList.add("has-token");
  byId("sent-title", HTMLHeadingElement).focus();
}
