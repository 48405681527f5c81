/**
 * Enrolment and sign-in. The passphrase goes into one slow KDF here; the server gets only the
 * authentication key and the identity sealed under the wrapping key, and never anything that opens it.
 */
import {
  deriveHandlerKeys,
  fromBase64,
  type KdfParams,
  newHandlerIdentity,
  newKdfParams,
  openIdentity,
  sealIdentity,
  toBase64,
} from "../../../crypto/index";
import { t } from "../i18n";
import { ApiError, api, errorText } from "../lib/api";
import { formatInstant } from "../lib/dates";
import { h, nextPaint, say } from "../lib/dom";
import { mount, type Person } from "./context";

export type SignedIn = (person: Person, identity: string) => void;

/** The server's handle rule (trimmed, lowercase); the handle is also the seal's associated data. */
const HANDLE = /^[a-z0-9._-]{2,40}$/;
const normaliseHandle = (s: string): string => s.trim().toLowerCase();

/**
 * The cheapest scrypt cost this page accepts from the server. A server offering less would be trying to
 * make the authentication key, and so the passphrase, cheap to guess offline.
 */
const MIN_LOG_N = 16;
const MIN_R = 8;

const MIN_PASSPHRASE = 12;

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

function field(id: string, label: string, input: HTMLElement, hint?: string): HTMLElement {
  if (hint) input.setAttribute("aria-describedby", `${id}-hint`);
  return h(
    "div",
    { class: "field" },
    h("label", { for: id }, label),
    hint ? h("p", { class: "hint", id: `${id}-hint` }, hint) : null,
    input,
  );
}

function progress(): HTMLElement {
  return h(
    "div",
    { role: "status", "aria-live": "polite", "data-testid": "kdf-progress", hidden: true },
    h("p", {}, t.handler.deriving),
    h("progress", { "aria-label": t.handler.deriving }),
  );
}

/** Runs the slow KDF behind a visible progress state. */
async function derive(passphrase: string, kdf: KdfParams, busy: HTMLElement) {
  busy.hidden = false;
  await nextPaint();
  try {
    return await deriveHandlerKeys(passphrase, kdf);
  } finally {
    busy.hidden = true;
  }
}

export function renderSignIn(app: HTMLElement, onSignedIn: SignedIn, message = ""): void {
  const handle = h("input", {
    id: "signin-handle",
    type: "text",
    autocomplete: "username",
    autocapitalize: "none",
    spellcheck: "false",
    required: true,
    "data-testid": "signin-handle",
  });
  const pass = h("input", {
    id: "signin-passphrase",
    type: "password",
    autocomplete: "current-password",
    required: true,
    "data-testid": "signin-passphrase",
  });
  const error = h(
    "p",
    { class: "box error", role: "alert", hidden: !message, "data-testid": "signin-error" },
    message,
  );
  const totp = h("input", {
    id: "signin-totp",
    type: "text",
    inputmode: "numeric",
    autocomplete: "one-time-code",
    pattern: "[0-9]{6,8}",
    "data-testid": "signin-totp",
  });
  const totpField = field("signin-totp", t.handler.totp, totp, t.handler.totpHint);
  totpField.hidden = true;
  const busy = progress();
  const submit = h(
    "button",
    { type: "submit", class: "primary", "data-testid": "signin-submit" },
    t.handler.signIn,
  );
  const fields = h(
    "fieldset",
    { class: "plain" },
    h("legend", { class: "visually-hidden" }, t.handler.signInTitle),
    field("signin-handle", t.handler.handle, handle),
    field("signin-passphrase", t.handler.passphrase, pass),
    totpField,
    submit,
  );
  const form = h(
    "form",
    { method: "post", action: "/handler.html", "data-testid": "signin-form" },
    fields,
    busy,
    error,
  );

  // Keys derived for a handle, kept while the server asks for a second factor, so it is not derived twice.
  let pending: { name: string; authKey: Uint8Array; wrapKey: Uint8Array } | null = null;
  const forget = (): void => {
    pending?.authKey.fill(0);
    pending?.wrapKey.fill(0);
    pending = null;
  };
  handle.addEventListener("input", forget);
  pass.addEventListener("input", forget);

  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    say(error, "");
    const name = normaliseHandle(handle.value);
    if (!HANDLE.test(name) || (!pass.value && pending?.name !== name))
      return say(error, t.handler.badCredentials);
    fields.disabled = true;
    try {
      if (pending?.name !== name) {
        forget();
        const { kdf } = await api<{ kdf: KdfParams }>("handler", "POST", "/api/session/params", {
          handle: name,
        });
        if (kdf.logN < MIN_LOG_N || kdf.r < MIN_R) throw new ApiError(0, "weak_kdf", t.errors.weakKdf);
        pending = { name, ...(await derive(pass.value, kdf, busy)) };
        pass.value = "";
      }
      const keys = pending;
      const code = totp.value.trim();
      const res = await api<{ person: Person; sealedIdentity: string }>("handler", "POST", "/api/session", {
        handle: name,
        authKey: toBase64(keys.authKey),
        ...(code ? { totp: code } : {}),
      });
      let identity: string;
      try {
        identity = openIdentity(fromBase64(res.sealedIdentity), keys.wrapKey, res.person.handle);
      } catch {
        await api("handler", "DELETE", "/api/session").catch(() => undefined);
        throw new ApiError(401, "bad_credentials", t.handler.badCredentials);
      } finally {
        forget();
      }
      onSignedIn(res.person, identity);
    } catch (e) {
      const code = e instanceof ApiError ? e.code : "";
      if (code === "totp_required" || code === "bad_totp") {
        // Right passphrase; the server wants the code from the authenticator app as well.
        totpField.hidden = false;
        totp.value = "";
        say(error, code === "bad_totp" ? errorText(e) : t.handler.totpNeeded);
        fields.disabled = false;
        totp.focus();
        return;
      }
      forget();
      totpField.hidden = true;
      say(error, code === "bad_credentials" ? t.handler.badCredentials : errorText(e));
      fields.disabled = false;
      pass.focus();
    }
  });

  mount(
    app,
    h("h2", { tabindex: "-1" }, t.handler.signInTitle),
    h("p", { class: "hint" }, t.handler.keysInMemory),
    form,
  );
}

export async function renderEnrol(app: HTMLElement, code: string, onSignedIn: SignedIn): Promise<void> {
  const title = h("h2", { tabindex: "-1" }, t.handler.enrolTitle);
  let invite: { roles: string[]; expiresAt: string };
  try {
    invite = await api("handler", "GET", `/api/enrolment/${encodeURIComponent(code)}`);
  } catch (e) {
    const text = e instanceof ApiError && e.status === 404 ? t.handler.enrolBadLink : errorText(e);
    mount(app, title, h("p", { class: "box error", role: "alert", "data-testid": "enrol-error" }, text));
    return;
  }

  const handle = h("input", {
    id: "enrol-handle",
    type: "text",
    autocomplete: "username",
    autocapitalize: "none",
    spellcheck: "false",
    required: true,
    minlength: 2,
    maxlength: 40,
    "data-testid": "enrol-handle",
  });
  const displayName = h("input", {
    id: "enrol-display-name",
    type: "text",
    autocomplete: "name",
    required: true,
    maxlength: 80,
    "data-testid": "enrol-display-name",
  });
  const pass = h("input", {
    id: "enrol-passphrase",
    type: "password",
    autocomplete: "new-password",
    required: true,
    minlength: MIN_PASSPHRASE,
    "data-testid": "enrol-passphrase",
  });
  const repeat = h("input", {
    id: "enrol-passphrase-repeat",
    type: "password",
    autocomplete: "new-password",
    required: true,
    "data-testid": "enrol-passphrase-repeat",
  });
  const strength = h("p", {
    id: "enrol-strength",
    class: "hint",
    "aria-live": "polite",
    "data-testid": "enrol-strength",
  });
  const error = h("p", { class: "box error", role: "alert", hidden: true, "data-testid": "enrol-error" });
  const busy = progress();
  const fields = h(
    "fieldset",
    { class: "plain" },
    h("legend", { class: "visually-hidden" }, t.handler.enrolTitle),
    field("enrol-handle", t.handler.handle, handle, t.handler.handleHint),
    field("enrol-display-name", t.handler.displayName, displayName, t.handler.displayNameHint),
    field("enrol-passphrase", t.handler.passphraseNew, pass, t.handler.passphraseHint),
    strength,
    field("enrol-passphrase-repeat", t.handler.passphraseRepeat, repeat),
    h("button", { type: "submit", class: "primary", "data-testid": "enrol-submit" }, t.handler.enrol),
  );
  const form = h(
    "form",
    { method: "post", action: "/handler.html", autocomplete: "off", "data-testid": "enrol-form" },
    fields,
    busy,
    error,
  );

  pass.addEventListener("input", () => {
    strength.textContent = pass.value
      ? `${t.handler.strengthLabel} ${t.handler.strength[passphraseStrength(pass.value)]}`
      : "";
  });

  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    say(error, "");
    const name = normaliseHandle(handle.value);
    const display = displayName.value.trim();
    if (!HANDLE.test(name)) return say(error, t.handler.handleHint);
    if (!display) return say(error, t.handler.displayName);
    if (pass.value.length < MIN_PASSPHRASE) return say(error, t.handler.passphraseShort);
    if (pass.value !== repeat.value) return say(error, t.handler.passphraseMismatch);
    fields.disabled = true;
    try {
      const identity = await newHandlerIdentity();
      const kdf = newKdfParams();
      const keys = await derive(pass.value, kdf, busy);
      const sealed = sealIdentity(identity.identity, keys.wrapKey, name);
      keys.wrapKey.fill(0);
      const res = await api<{ person: Person }>("handler", "POST", "/api/enrolment", {
        code,
        handle: name,
        displayName: display,
        recipient: identity.recipient,
        kdf,
        authKey: toBase64(keys.authKey),
        sealedIdentity: toBase64(sealed),
      });
      keys.authKey.fill(0);
      pass.value = "";
      repeat.value = "";
      // The one-time code leaves the address bar and the history entry once it is used.
      history.replaceState(null, "", location.pathname + location.search);
      onSignedIn(res.person, identity.identity);
    } catch (e) {
      say(error, e instanceof ApiError && e.status === 404 ? t.handler.enrolBadLink : errorText(e));
      fields.disabled = false;
    }
  });

  mount(
    app,
    title,
    h(
      "p",
      {},
      `${t.handler.enrolInvited} ${invite.roles.join(", ")}. ${t.handler.enrolExpires} ${formatInstant(invite.expiresAt)}.`,
    ),
    h("p", { class: "hint" }, t.handler.keysInMemory),
    form,
  );
}
