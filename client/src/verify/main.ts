/**
 * The receipt checker (/verify-receipt.html): verifies a signed receipt (crypto/receipt.ts; Directive
 * Art. 21(5)) in the browser, with nothing sent anywhere. Built as one classic script (vite.config.ts,
 * `receiptVerifier`) so that "Save this checker" can write the whole page, script inlined, into one
 * file that works from a disk with no server and no network.
 *
 * English only for now: the reader is as likely a lawyer or a court as the reporting person.
 */
import { type VerifiedReceipt, verifyReceipt } from "../../../crypto/receipt";
import { fingerprintOf } from "../../../crypto/sign";

const TITLE = "Check a signed receipt";

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of children) e.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
  return e;
}

/** Element.append is redeclared by the Workers types in the shared tsconfig; appendChild is not. */
function add(parent: Node, ...children: Node[]): void {
  for (const c of children) parent.appendChild(c);
}

function factsList(r: VerifiedReceipt, keyGiven: boolean): HTMLElement {
  const f = r.facts;
  const rows: [string, string][] = [
    ["Organisation", f.organisation],
    ["Received on", f.receivedOn],
    ["Acknowledged on", f.acknowledgedOn ?? "not yet, when the receipt was made"],
    ["Acknowledgement due by", f.deadlines.acknowledgeBy ?? "not set"],
    ["Feedback due by", f.deadlines.feedbackBy ?? "not set"],
    ["Public disclosure may be protected from", f.deadlines.publicDisclosureFrom ?? "not set"],
    ["Jurisdiction", `${f.jurisdiction} (dates in ${f.timeZone})`],
    ["Receipt made on", f.issuedOn],
    ["Case (SHA-256 of its reference)", f.caseRefHash],
    ["Signed by the key", r.key],
    ["Key fingerprint", r.fingerprint],
  ];
  const dl = el("dl", { "data-testid": "receipt-facts" });
  for (const [k, v] of rows) add(dl, el("dt", {}, k), el("dd", {}, v));
  const note = keyGiven
    ? "The key matches the receipt key you gave."
    : "No receipt key was given: compare the fingerprint above with the receipt key printed on the organisation's notice.";
  return el("div", {}, dl, el("p", {}, note));
}

function main(): void {
  const app = document.getElementById("app");
  if (!app) return;
  document.title = TITLE;
  const file = el("input", {
    type: "file",
    id: "receipt-file",
    accept: ".json,application/json",
    "data-testid": "receipt-file",
  });
  const key = el("input", {
    type: "text",
    id: "receipt-key",
    autocomplete: "off",
    spellcheck: "false",
    size: "60",
    "data-testid": "receipt-key",
  });
  key.value = app.dataset.receiptKey ?? "";
  const result = el("div", { role: "status", "aria-live": "polite", "data-testid": "receipt-result" });
  const check = el("button", { type: "button", "data-testid": "receipt-check" }, "Check");
  const save = el(
    "button",
    { type: "button", "data-testid": "receipt-save-offline" },
    "Save this checker for offline use",
  );
  const saveStatus = el("p", { role: "status" });

  async function run(): Promise<void> {
    result.replaceChildren();
    const chosen = file.files?.[0];
    if (!chosen) {
      add(result, el("p", {}, "Choose a receipt file first."));
      return;
    }
    const text = await chosen.text();
    const pin = key.value.trim();
    try {
      const r = verifyReceipt(text, pin || null);
      add(
        result,
        el(
          "p",
          { "data-testid": "receipt-valid" },
          "VALID: this receipt was signed by the key below and has not been changed since.",
        ),
        factsList(r, Boolean(pin)),
      );
    } catch (e) {
      const why = e instanceof Error ? e.message : "unreadable";
      add(
        result,
        el(
          "p",
          { "data-testid": "receipt-invalid" },
          `NOT VALID (${why}): this file is not a receipt signed by this key, or it was changed after it was signed.`,
        ),
      );
    }
  }

  async function saveOffline(): Promise<void> {
    try {
      const code = await (await fetch("verify-receipt.js")).text();
      const pinned = key.value
        .trim()
        .replaceAll("&", "&amp;")
        .replaceAll('"', "&quot;")
        .replaceAll("<", "&lt;");
      const html = `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${TITLE}</title>\n</head>\n<body>\n<main id="app" data-receipt-key="${pinned}"></main>\n<script>${code.replaceAll("</script", "<\\/script")}</script>\n</body>\n</html>\n`;
      const url = URL.createObjectURL(new Blob([html], { type: "text/html" }));
      const a = el("a", { href: url, download: "verify-receipt.html", hidden: "" });
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      saveStatus.textContent = "Saved. Open the file in any browser to check receipts with no connection.";
    } catch {
      saveStatus.textContent = "Could not save the checker: reload the page and try again.";
    }
  }

  check.addEventListener("click", () => void run());
  file.addEventListener("change", () => void run());
  save.addEventListener("click", () => void saveOffline());

  const online = location.protocol === "http:" || location.protocol === "https:";
  app.replaceChildren(
    el("h1", {}, TITLE),
    el(
      "p",
      {},
      "A receipt is a file the reporting channel signed: it states when a report was received and acknowledged and which dates were promised. It helps show that a report was made, and when (Directive (EU) 2019/1937, Art. 21(5)). This page checks it in this browser; the file is not sent anywhere.",
    ),
    el("p", {}, el("label", { for: "receipt-file" }, "Receipt file"), el("br"), file),
    el(
      "p",
      {},
      el(
        "label",
        { for: "receipt-key" },
        "Receipt key or its fingerprint, as printed on the organisation's notice (optional)",
      ),
      el("br"),
      key,
    ),
    el("p", {}, check),
    result,
    ...(online ? [el("hr"), el("p", {}, save), saveStatus] : []),
  );
  if (online && !key.value)
    void fetch("/api/receipt-key")
      .then((r) => (r.ok ? (r.json() as Promise<{ key?: string }>) : null))
      .then((k) => {
        if (k?.key && !key.value) {
          key.value = fingerprintOf(k.key);
        }
      })
      .catch(() => undefined);
}

main();
