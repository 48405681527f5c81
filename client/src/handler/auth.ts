/**
 * Enrolment and sign-in. The passphrase goes into one slow KDF here; the server gets only the
 * authentication key and the identity sealed under the wrapping key, and never anything that opens it.
 * A second factor (authenticator code or passkey) is asked for only when the server says so.
 */
import { browserSupportsWebAuthn } from "@simplewebauthn/browser";
import {
  fromBase64,
  newHandlerIdentity,
  newKdfParams,
  openIdentity,
  sealIdentity,
  toBase64,
} from "../../../crypto/index";
import { t } from "../i18n";
import { ApiError, api, errorText } from "../lib/api";
import { formatInstant } from "../lib/dates";
import { h, say } from "../lib/dom";
import type { EnrolmentAnswer, KdfAnswer, SessionAnswer } from "../lib/types";
import { mount, type Person } from "./context";
import { renderRecover } from "./recover";
import { type PasskeyFactor, passkeyAssertion } from "./second-factor";
import {
  button,
  checkServerKdf,
  derive,
  field,
  HANDLE,
  input,
  newPassphrase,
  normaliseHandle,
  progress,
} from "./ui";

export type SignedIn = (person: Person, identity: string) => void;

/** A second factor as POST /api/session takes it. */
type Factor = { totp?: string } | PasskeyFactor;

export function renderSignIn(app: HTMLElement, onSignedIn: SignedIn, message = ""): void {
  const handle = input("signin-handle", {
    autocomplete: "username",
    autocapitalize: "none",
    spellcheck: "false",
    required: true,
  });
  const pass = input("signin-passphrase", { type: "password", autocomplete: "current-password" });
  const error = h(
    "p",
    { class: "box error", role: "alert", hidden: !message, "data-testid": "signin-error" },
    message,
  );
  const totp = input("signin-totp", {
    inputmode: "numeric",
    autocomplete: "one-time-code",
    pattern: "[0-9]{6,8}",
  });
  const totpField = field("signin-totp", t.handler.totp, totp, t.handler.totpHint);
  totpField.hidden = true;
  const passkey = button(t.security.usePasskey, "signin-passkey");
  passkey.hidden = true;
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
    h("div", { class: "actions" }, submit, passkey),
  );
  const form = h(
    "form",
    { method: "post", action: "/handler.html", "data-testid": "signin-form" },
    fields,
    busy,
    error,
  );
  const recover = button(t.recover.link, "signin-recover");
  recover.addEventListener("click", () =>
    renderRecover(app, onSignedIn, () => renderSignIn(app, onSignedIn)),
  );

  // Keys derived for a handle, kept while the server asks for a second factor, so it is not derived twice.
  let pending: { name: string; authKey: Uint8Array; wrapKey: Uint8Array } | null = null;
  const forget = (): void => {
    pending?.authKey.fill(0);
    pending?.wrapKey.fill(0);
    pending = null;
  };
  const reset = (): void => {
    forget();
    totpField.hidden = true;
    passkey.hidden = true;
  };
  handle.addEventListener("input", reset);
  pass.addEventListener("input", forget);

  /** Derives the keys (once per handle and passphrase) and asks for a session with `factor`. */
  const attempt = async (factorOf: (name: string) => Promise<Factor>): Promise<void> => {
    say(error, "");
    const name = normaliseHandle(handle.value);
    if (!HANDLE.test(name) || (!pass.value && pending?.name !== name))
      return say(error, t.handler.badCredentials);
    fields.disabled = true;
    try {
      if (pending?.name !== name) {
        forget();
        const { kdf } = await api<KdfAnswer>("handler", "POST", "/api/session/params", {
          handle: name,
        });
        checkServerKdf(kdf);
        pending = { name, ...(await derive(pass.value, kdf, busy)) };
        pass.value = "";
      }
      const keys = pending;
      const res = await api<SessionAnswer>("handler", "POST", "/api/session", {
        handle: name,
        authKey: toBase64(keys.authKey),
        ...(await factorOf(name)),
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
      const second = ["totp_required", "bad_totp", "passkey_required", "bad_passkey", "passkey_cancelled"];
      if (pending && second.includes(code)) {
        // Right passphrase; the server wants a second factor as well. A person may have either kind.
        const wantsCode = code === "totp_required" || code === "bad_totp" || !totpField.hidden;
        totpField.hidden = !wantsCode;
        passkey.hidden = !browserSupportsWebAuthn();
        totp.value = "";
        const text = {
          totp_required: t.handler.totpNeeded,
          passkey_required: t.security.passkeyNeeded,
        }[code];
        say(error, text ?? errorText(e));
        fields.disabled = false;
        if (wantsCode) totp.focus();
        else passkey.focus();
        return;
      }
      reset();
      say(error, code === "bad_credentials" ? t.handler.badCredentials : errorText(e));
      fields.disabled = false;
      pass.focus();
    }
  };

  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const code = totp.value.trim();
    void attempt(async () => (code && !totpField.hidden ? { totp: code } : {}));
  });
  passkey.addEventListener("click", () => {
    void attempt(async (name) => passkeyAssertion(name));
  });

  mount(
    app,
    h("h2", { tabindex: "-1" }, t.handler.signInTitle),
    h("p", { class: "hint" }, t.handler.keysInMemory),
    form,
    h("p", {}, recover),
  );
}

export async function renderEnrol(app: HTMLElement, code: string, onSignedIn: SignedIn): Promise<void> {
  const title = h("h2", { tabindex: "-1" }, t.handler.enrolTitle);
  let invite: { roles: string[]; expiresAt: string };
  try {
    invite = await api("handler", "POST", "/api/enrolment/check", { code });
  } catch (e) {
    const text = e instanceof ApiError && e.status === 404 ? t.handler.enrolBadLink : errorText(e);
    mount(app, title, h("p", { class: "box error", role: "alert", "data-testid": "enrol-error" }, text));
    return;
  }

  const handle = input("enrol-handle", {
    autocomplete: "username",
    autocapitalize: "none",
    spellcheck: "false",
    required: true,
    minlength: 2,
    maxlength: 40,
  });
  const displayName = input("enrol-display-name", { autocomplete: "name", required: true, maxlength: 80 });
  const passphrase = newPassphrase("enrol");
  const error = h("p", { class: "box error", role: "alert", hidden: true, "data-testid": "enrol-error" });
  const busy = progress();
  const fields = h(
    "fieldset",
    { class: "plain" },
    h("legend", { class: "visually-hidden" }, t.handler.enrolTitle),
    field("enrol-handle", t.handler.handle, handle, t.handler.handleHint),
    field("enrol-display-name", t.handler.displayName, displayName, t.handler.displayNameHint),
    ...passphrase.nodes,
    h("button", { type: "submit", class: "primary", "data-testid": "enrol-submit" }, t.handler.enrol),
  );
  const form = h(
    "form",
    { method: "post", action: "/handler.html", autocomplete: "off", "data-testid": "enrol-form" },
    fields,
    busy,
    error,
  );

  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    say(error, "");
    const name = normaliseHandle(handle.value);
    const display = displayName.value.trim();
    if (!HANDLE.test(name)) return say(error, t.handler.handleHint);
    if (!display) return say(error, t.handler.displayName);
    let secret: string;
    try {
      secret = passphrase.value();
    } catch (e) {
      return say(error, (e as Error).message);
    }
    fields.disabled = true;
    try {
      const identity = await newHandlerIdentity();
      const kdf = newKdfParams();
      const keys = await derive(secret, kdf, busy);
      const sealed = sealIdentity(identity.identity, keys.wrapKey, name);
      keys.wrapKey.fill(0);
      const res = await api<EnrolmentAnswer>("handler", "POST", "/api/enrolment", {
        code,
        handle: name,
        displayName: display,
        recipient: identity.recipient,
        kdf,
        authKey: toBase64(keys.authKey),
        sealedIdentity: toBase64(sealed),
      });
      keys.authKey.fill(0);
      passphrase.clear();
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
      `${t.handler.enrolInvited} ${invite.roles.map((r) => t.roles[r] ?? r).join(", ")}. ${t.handler.enrolExpires} ${formatInstant(invite.expiresAt)}.`,
    ),
    h("p", { class: "hint" }, t.handler.keysInMemory),
    form,
  );
}
