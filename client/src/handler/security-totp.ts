/**
 * The second factors: an authenticator app (TOTP) and passkeys. The TOTP secret is shown once, as a QR
 * code and as text, and turned on only after the person proves their app makes the right codes.
 */
import { browserSupportsWebAuthn, startRegistration } from "@simplewebauthn/browser";
import { t } from "../i18n";
import { ApiError } from "../lib/api";
import { append, h, say } from "../lib/dom";
import type { Me } from "../lib/types";
import type { Ctx } from "./context";
import { qrSvg } from "./qr";
import { type Confirmation, type FactorState, withProof } from "./second-factor";
import { button, errorLine, explain, field, input, section, statusLine } from "./ui";

/** The secret in groups of four, easier to type into an app by hand. */
const grouped = (secret: string): string => secret.replace(/(.{4})(?=.)/g, "$1 ");

/** `onEnabled` may return a control to show once the app is on (e.g. "Continue"). */
export function totpSection(
  ctx: Ctx,
  me: Me,
  confirm: Confirmation,
  onEnabled: () => HTMLElement | null,
): HTMLElement {
  const state = h("p", { "data-testid": "totp-state" });
  const status = statusLine("totp-status");
  const error = errorLine("totp-error");
  const body = h("div");
  const setOn = (): void => {
    state.dataset.state = "on";
    state.textContent = t.security.totpOn;
    body.replaceChildren();
  };
  if (me.totp) {
    setOn();
    return section("security-totp", t.security.totpTitle, state, status, error);
  }
  state.dataset.state = "off";
  state.textContent = t.security.totpOff;
  const start = button(t.security.totpStart, "totp-setup", true);
  append(body, start);

  start.addEventListener("click", async () => {
    say(error, "");
    start.disabled = true;
    let setup: { secret: string; uri: string };
    try {
      setup = await withProof(confirm, (proof) => ctx.call("POST", "/api/me/totp/setup", { proof }));
    } catch (e) {
      if (e instanceof ApiError && e.code === "totp_enabled") return setOn();
      say(error, explain(e));
      start.disabled = false;
      return;
    }
    let qr: Node;
    try {
      qr = await qrSvg(setup.uri, t.security.totpQr);
    } catch {
      qr = h("p", { class: "hint" }, t.security.totpNoQr);
    }
    const code = input("totp-code", {
      inputmode: "numeric",
      autocomplete: "one-time-code",
      pattern: "[0-9]{6}",
      maxlength: 6,
    });
    const enable = button(t.security.totpEnable, "totp-enable", true);
    const controls = h(
      "fieldset",
      { class: "plain" },
      h("legend", { class: "visually-hidden" }, t.security.totpEnable),
      field("totp-code", t.handler.totp, code, t.security.totpCodeHint),
      enable,
    );
    enable.addEventListener("click", async () => {
      say(error, "");
      const value = code.value.replace(/\s/g, "");
      if (!/^\d{6}$/.test(value)) return say(error, t.security.totpCodeHint);
      controls.disabled = true;
      try {
        await ctx.call("POST", "/api/me/totp/enable", { code: value });
        setOn();
        say(status, t.security.totpEnabled);
        append(body, onEnabled());
      } catch (e) {
        say(error, explain(e));
        controls.disabled = false;
        code.focus();
      }
    });
    body.replaceChildren(
      h("p", {}, t.security.totpScan),
      h("div", { class: "qr-wrap" }, qr),
      h("p", {}, t.security.totpSecret),
      h("p", { class: "secret", "data-testid": "totp-secret" }, grouped(setup.secret)),
      h(
        "details",
        { class: "more" },
        h("summary", {}, t.security.totpUri),
        h("p", { class: "url", "data-testid": "totp-uri" }, setup.uri),
      ),
      controls,
    );
    code.focus();
  });
  return section("security-totp", t.security.totpTitle, state, body, status, error);
}

export function passkeySection(ctx: Ctx, me: Me, confirm: Confirmation, state: FactorState): HTMLElement {
  const status = statusLine("passkey-status");
  const error = errorLine("passkey-error");
  const count =
    typeof me.passkeys === "number"
      ? h("p", { "data-testid": "passkey-count" }, t.security.passkeyCount(me.passkeys))
      : null;
  if (!browserSupportsWebAuthn())
    return section(
      "security-passkeys",
      t.security.passkeyTitle,
      count,
      h("p", {}, t.security.passkeyUnsupported),
    );
  const add = button(t.security.passkeyAdd, "passkey-add", true);
  add.addEventListener("click", async () => {
    say(error, "");
    say(status, "");
    add.disabled = true;
    try {
      // Confirmed first: the new passkey's own ceremony must not be mistaken for the proof.
      const proof = await confirm.proof();
      if (proof.totp) confirm.used();
      const { options } = await ctx.call<{
        options: Parameters<typeof startRegistration>[0]["optionsJSON"];
      }>("POST", "/api/me/passkeys/options");
      let response: unknown;
      try {
        response = await startRegistration({ optionsJSON: options });
      } catch {
        throw new ApiError(0, "passkey_cancelled", t.security.passkeyCancelled);
      }
      await ctx.call("POST", "/api/me/passkeys", { response, proof });
      state.passkeys += 1;
      say(status, t.security.passkeyAdded);
    } catch (e) {
      say(error, explain(e));
    } finally {
      add.disabled = false;
    }
  });
  return section(
    "security-passkeys",
    t.security.passkeyTitle,
    h("p", {}, t.security.passkeyIntro),
    count,
    add,
    status,
    error,
  );
}
