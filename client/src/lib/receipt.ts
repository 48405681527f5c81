/**
 * The signed receipt (Directive Art. 21(5)) as a download: the file the server signed, handed to the
 * browser's download as it came. Nothing about it is kept in the page, storage or the URL.
 */
import { t } from "../i18n";
import { h } from "./dom";

/** Saves `receipt` (the signed file's text) as `receipt-<day received>.json`. */
export function downloadReceipt(receipt: string, receivedOn: string): void {
  const url = URL.createObjectURL(new Blob([receipt], { type: "application/json" }));
  const a = h("a", { href: url, download: `receipt-${receivedOn}.json`, hidden: true });
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A button that downloads the receipt `current()` returns, with the sentence that says what it is. */
export function receiptBlock(current: () => { receipt: string; receivedOn: string } | null): HTMLElement {
  const button = h("button", { type: "button", "data-testid": "receipt-download" }, t.receipt.download);
  button.addEventListener("click", () => {
    const r = current();
    if (r) downloadReceipt(r.receipt, r.receivedOn);
  });
  return h("div", { class: "receipt" }, button, h("p", { class: "hint" }, t.receipt.hint));
}
