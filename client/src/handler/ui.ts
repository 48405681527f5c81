/**
 * Form pieces the handler views share: labelled fields, the slow-KDF progress state, message lines and
 * the new-passphrase fields. The KDF floor lives here so that every path (sign-in, recovery, passphrase
 * change) refuses the same cheap settings.
 */
import { DEFAULT_KDF, deriveHandlerKeys, type KdfParams } from "../../../crypto/index";
import { t } from "../i18n";
import { ApiError } from "../lib/api";
import { CaseKeyError } from "../lib/case-crypto";
import { type Attrs, type Child, h, nextPaint } from "../lib/dom";

/** The server's handle rule (trimmed, lowercase); the handle is also the seal's associated data. */
export const HANDLE = /^[a-z0-9._-]{2,40}$/;
export const normaliseHandle = (s: string): string => s.trim().toLowerCase();

/**
 * The cheapest scrypt cost this page accepts from the server. A server offering less would be trying to
 * make the authentication key, and so the passphrase (or recovery key), cheap to guess offline.
 */
const MIN_LOG_N = DEFAULT_KDF.logN;
const MIN_R = 8;

export const MIN_PASSPHRASE = 12;

/** Refuses KDF settings from the server below the floor, before any secret goes into them. */
export function checkServerKdf(kdf: KdfParams): void {
  if (!(kdf.logN >= MIN_LOG_N) || !(kdf.r >= MIN_R)) throw new ApiError(0, "weak_kdf", t.errors.weakKdf);
}

/** A rough strength estimate, 0 (too short) to 4; a hint only, never a gate beyond the minimum length. */
export function passphraseStrength(p: string): number {
  if (p.length < MIN_PASSPHRASE) return 0;
  if (/^(.)\1*$/.test(p)) return 1;
  const words = p.trim().split(/\s+/).length;
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9\s]/, /\s/].filter((r) => r.test(p)).length;
  if (p.length >= 24 || (words >= 4 && p.length >= 20)) return 4;
  if ((p.length >= 16 && classes >= 2) || words >= 3) return 3;
  return classes >= 3 ? 2 : 1;
}

/** A label, an optional hint tied to the control, and the control. */
export function field(
  id: string,
  label: string,
  // (HTMLSelectElement named apart: the Workers types in tsconfig give it a different `remove()`.)
  control: HTMLElement | HTMLSelectElement,
  hint?: string,
): HTMLElement {
  if (hint) control.setAttribute("aria-describedby", `${id}-hint`);
  return h(
    "div",
    { class: "field" },
    h("label", { for: id }, label),
    hint ? h("p", { class: "hint", id: `${id}-hint` }, hint) : null,
    control,
  );
}

/** An input whose id is also its test id. */
export function input(id: string, attrs: Attrs = {}): HTMLInputElement {
  return h("input", { id, type: "text", "data-testid": id, ...attrs });
}

/** A textarea whose id is also its test id. */
export function textarea(id: string, attrs: Attrs = {}): HTMLTextAreaElement {
  return h("textarea", { id, rows: 3, "data-testid": id, ...attrs });
}

/** A checkbox with its label on the same line. */
export function checkbox(id: string, label: string, attrs: Attrs = {}): [HTMLElement, HTMLInputElement] {
  const box = h("input", { type: "checkbox", id, "data-testid": id, ...attrs });
  return [h("div", { class: "confirm" }, box, h("label", { for: id }, label)), box];
}

export function button(label: string, testid: string, primary = false): HTMLButtonElement {
  return h("button", { type: "button", class: primary ? "primary" : null, "data-testid": testid }, label);
}

/** A polite status line for outcomes ("Saved."). Hidden while empty. */
export function statusLine(testid: string): HTMLParagraphElement {
  return h("p", { class: "status", role: "status", "aria-live": "polite", "data-testid": testid });
}

/** An error box announced at once; hidden while empty (`say` shows it). */
export function errorLine(testid: string): HTMLParagraphElement {
  return h("p", { class: "box error", role: "alert", hidden: true, "data-testid": testid });
}

/** The visible "deriving your key" state. */
export function progress(testid = "kdf-progress"): HTMLElement {
  return h(
    "div",
    { role: "status", "aria-live": "polite", "data-testid": testid, hidden: true },
    h("p", {}, t.handler.deriving),
    h("progress", { "aria-label": t.handler.deriving }),
  );
}

/** Runs the slow KDF behind a visible progress state. */
export async function derive(passphrase: string, kdf: KdfParams, busy: HTMLElement) {
  busy.hidden = false;
  await nextPaint();
  try {
    return await deriveHandlerKeys(passphrase, kdf, { minLogN: MIN_LOG_N });
  } finally {
    busy.hidden = true;
  }
}

/** A new passphrase with its strength hint and a repeat field, ids `${prefix}-passphrase` and so on. */
export interface NewPassphrase {
  nodes: HTMLElement[];
  /** The passphrase, or throws an error whose message says what is wrong. */
  value(): string;
  clear(): void;
}

export function newPassphrase(prefix: string): NewPassphrase {
  const pass = input(`${prefix}-passphrase`, {
    type: "password",
    autocomplete: "new-password",
    required: true,
    minlength: MIN_PASSPHRASE,
  });
  const repeat = input(`${prefix}-passphrase-repeat`, {
    type: "password",
    autocomplete: "new-password",
    required: true,
  });
  const strength = h("p", {
    id: `${prefix}-strength`,
    class: "hint",
    "aria-live": "polite",
    "data-testid": `${prefix}-strength`,
  });
  pass.addEventListener("input", () => {
    strength.textContent = pass.value
      ? `${t.handler.strengthLabel} ${t.handler.strength[passphraseStrength(pass.value)]}`
      : "";
  });
  return {
    nodes: [
      field(`${prefix}-passphrase`, t.handler.passphraseNew, pass, t.handler.passphraseHint),
      strength,
      field(`${prefix}-passphrase-repeat`, t.handler.passphraseRepeat, repeat),
    ],
    value() {
      if (pass.value.length < MIN_PASSPHRASE) throw new Error(t.handler.passphraseShort);
      if (pass.value !== repeat.value) throw new Error(t.handler.passphraseMismatch);
      return pass.value;
    },
    clear() {
      pass.value = "";
      repeat.value = "";
      strength.textContent = "";
    },
  };
}

/** A section of a view with its own heading, so each part can be found by its name. */
export function section(id: string, title: string, ...children: Child[]): HTMLElement {
  return h(
    "section",
    { class: "panel", "aria-labelledby": `${id}-title`, "data-testid": id },
    h("h3", { id: `${id}-title` }, title),
    ...children,
  );
}

/**
 * A sentence for a failed action: the server's own message, a key problem, or (for anything thrown in
 * this browser before a request, such as encryption) that nothing was sent.
 */
export function explain(e: unknown): string {
  // A validator's wording ("Field 'x' is invalid: Invalid length…") is for developers, not people.
  if (e instanceof ApiError && e.code === "invalid") return t.validation.invalid;
  if (e instanceof ApiError || e instanceof CaseKeyError) return e.message;
  return t.errors.notSent;
}
