/**
 * "Forgot passphrase?": sign in with the printed recovery key, then set a new passphrase at once. The
 * recovery key goes through the same slow KDF as a passphrase; the server sends the identity sealed
 * under the recovery key's wrapping key, which only this page can open. The new passphrase is proven to
 * the server with the recovery key's authentication key (`recoveryAuthKey`), never with the old one.
 */

import { browserSupportsWebAuthn } from "@simplewebauthn/browser";
import {
  fromBase64,
  isCryptoError,
  newKdfParams,
  normalizeRecoveryKey,
  openIdentity,
  sealIdentity,
  toBase64,
} from "../../../crypto/index";
import { t } from "../i18n";
import { ApiError, api, errorText } from "../lib/api";
import { h, say } from "../lib/dom";
import type { KdfAnswer, RecoveryAnswer } from "../lib/types";
import type { SignedIn } from "./auth";
import { mount } from "./context";
import { passkeyAssertion } from "./second-factor";
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

export function renderRecover(app: HTMLElement, onSignedIn: SignedIn, back: () => void): void {
  const handle = input("recover-handle", {
    autocomplete: "username",
    autocapitalize: "none",
    spellcheck: "false",
    required: true,
  });
  // Not `required`: it is emptied once derived, while the server may still ask for the code.
  const key = input("recover-key", {
    autocomplete: "off",
    autocapitalize: "characters",
    spellcheck: "false",
    class: "token-input",
  });
  const totp = input("recover-totp", {
    inputmode: "numeric",
    autocomplete: "one-time-code",
    pattern: "[0-9]{6,8}",
  });
  const totpField = field("recover-totp", t.handler.totp, totp, t.handler.totpHint);
  totpField.hidden = true;
  const passphrase = newPassphrase("recover");
  const error = h("p", { class: "box error", role: "alert", hidden: true, "data-testid": "recover-error" });
  const busy = progress();
  const fields = h(
    "fieldset",
    { class: "plain" },
    h("legend", { class: "visually-hidden" }, t.recover.title),
    field("recover-handle", t.handler.handle, handle),
    field("recover-key", t.recover.key, key, t.recover.keyHint),
    totpField,
    h("h3", {}, t.recover.newTitle),
    ...passphrase.nodes,
    h("button", { type: "submit", class: "primary", "data-testid": "recover-submit" }, t.recover.submit),
  );
  const form = h(
    "form",
    { method: "post", action: "/handler.html", autocomplete: "off", "data-testid": "recover-form" },
    fields,
    busy,
    error,
  );
  const cancel = button(t.recover.back, "recover-back");
  cancel.addEventListener("click", back);

  // Recovery keys derived for a handle, kept while the server asks for the authenticator code.
  let pending: { name: string; canonical: string; authKey: Uint8Array; wrapKey: Uint8Array } | null = null;
  const forget = (): void => {
    pending?.authKey.fill(0);
    pending?.wrapKey.fill(0);
    pending = null;
  };
  handle.addEventListener("input", forget);
  key.addEventListener("input", forget);

  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    say(error, "");
    const name = normaliseHandle(handle.value);
    if (!HANDLE.test(name)) return say(error, t.handler.handleHint);
    let canonical: string;
    let next: string;
    try {
      canonical = pending?.name === name ? pending.canonical : normalizeRecoveryKey(key.value);
      next = passphrase.value();
    } catch (e) {
      return say(error, isCryptoError(e) ? t.recover.badKey : (e as Error).message);
    }
    fields.disabled = true;
    let signedIn = false;
    try {
      if (pending?.name !== name) {
        forget();
        const { kdf } = await api<KdfAnswer>("handler", "POST", "/api/session/recover/params", {
          handle: name,
        });
        checkServerKdf(kdf);
        pending = { name, canonical, ...(await derive(canonical, kdf, busy)) };
        key.value = "";
      }
      const keys = pending;
      const code = totp.value.trim();
      const recoverWith = (factor: object) =>
        api<RecoveryAnswer>("handler", "POST", "/api/session/recover", {
          handle: name,
          authKey: toBase64(keys.authKey),
          ...factor,
        });
      const res = await recoverWith(code ? { totp: code } : {}).catch(async (e) => {
        // A person whose second factor is a passkey confirms with it here, as at sign-in.
        if (e instanceof ApiError && e.code === "passkey_required" && browserSupportsWebAuthn())
          return recoverWith(await passkeyAssertion(name));
        throw e;
      });
      signedIn = true;
      let identity: string;
      try {
        identity = openIdentity(fromBase64(res.sealedIdentity), keys.wrapKey, res.person.handle);
      } catch {
        throw new ApiError(401, "bad_credentials", t.recover.badKey);
      }
      // The new passphrase: a fresh salt and cost, the identity sealed again under its wrapping key.
      const kdf = newKdfParams();
      const fresh = await derive(next, kdf, busy);
      const sealed = sealIdentity(identity, fresh.wrapKey, res.person.handle);
      fresh.wrapKey.fill(0);
      await api("handler", "PUT", "/api/me/passphrase", {
        recovery: { authKey: toBase64(keys.authKey), grant: res.recoveryGrant },
        kdf,
        authKey: toBase64(fresh.authKey),
        sealedIdentity: toBase64(sealed),
      });
      fresh.authKey.fill(0);
      forget();
      passphrase.clear();
      onSignedIn(res.person, identity);
    } catch (e) {
      const code = e instanceof ApiError ? e.code : "";
      if (signedIn) {
        // Never leave a session behind whose passphrase was not replaced: start over instead.
        await api("handler", "DELETE", "/api/session").catch(() => undefined);
      }
      if (pending && !signedIn && (code === "totp_required" || code === "bad_totp")) {
        totpField.hidden = false;
        totp.value = "";
        say(error, code === "bad_totp" ? errorText(e) : t.recover.totpNeeded);
        fields.disabled = false;
        totp.focus();
        return;
      }
      forget();
      totpField.hidden = true;
      say(
        error,
        code === "bad_credentials"
          ? t.recover.badKey
          : signedIn
            ? `${t.recover.notChanged} ${errorText(e)}`
            : errorText(e),
      );
      fields.disabled = false;
      key.focus();
    }
  });

  mount(
    app,
    h("h2", { tabindex: "-1" }, t.recover.title),
    h("p", {}, t.recover.intro),
    h("p", { class: "hint" }, t.handler.keysInMemory),
    form,
    h("p", {}, cancel),
  );
}
