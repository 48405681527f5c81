/**
 * Second factors in the browser: a passkey assertion bound to the nonce the server handed out with its
 * challenge, and the "confirm it's you" step that every sensitive change of one's own account needs
 * (the current passphrase's key and the second factor, so a stolen session cookie changes nothing).
 */
import { browserSupportsWebAuthn, startAuthentication } from "@simplewebauthn/browser";
import { toBase64 } from "../../../crypto/index";
import { t } from "../i18n";
import { ApiError, api } from "../lib/api";
import { h } from "../lib/dom";
import type { KdfAnswer } from "../lib/types";
import type { Ctx } from "./context";
import { checkServerKdf, derive, field, input, progress, section } from "./ui";

/** A passkey assertion as POST /api/session (and the proofs) take it. */
export interface PasskeyFactor {
  passkey: unknown;
  passkeyNonce: string;
}

/** Asks the authenticator (a passkey) to sign a fresh challenge of the server for this handle. */
export async function passkeyAssertion(handle: string): Promise<PasskeyFactor> {
  const { options, nonce } = await api<{
    options: Parameters<typeof startAuthentication>[0]["optionsJSON"];
    nonce: string;
  }>("handler", "POST", "/api/session/passkey/options", { handle });
  try {
    return { passkey: await startAuthentication({ optionsJSON: options }), passkeyNonce: nonce };
  } catch {
    // Cancelled, timed out, or no matching passkey on this device.
    throw new ApiError(0, "passkey_cancelled", t.security.passkeyCancelled);
  }
}

/** What the server knows of the person's second factors; updated as the page turns them on. */
export interface FactorState {
  totp: boolean;
  passkeys: number;
}

export interface Proof {
  authKey: string;
  totp?: string;
  passkey?: unknown;
  passkeyNonce?: string;
}

export interface Confirmation {
  node: HTMLElement;
  /** Derives the current passphrase's key and takes the second factor; throws with a message to show. */
  proof(): Promise<Proof>;
  /** Call after a TOTP code was used: each code works once. */
  used(): void;
  /** Shows the code field once an authenticator app is on. */
  refresh(): void;
}

/** The "confirm it's you" fields at the top of the security page, ids `confirm-*`. */
export function confirmation(ctx: Ctx, state: FactorState): Confirmation {
  const pass = input("confirm-passphrase", { type: "password", autocomplete: "current-password" });
  const code = input("confirm-totp", {
    inputmode: "numeric",
    autocomplete: "one-time-code",
    pattern: "[0-9]{6}",
    maxlength: 6,
  });
  const codeField = field("confirm-totp", t.handler.totp, code);
  const busy = progress("confirm-progress");
  const refresh = (): void => {
    codeField.hidden = !state.totp;
  };
  refresh();
  const node = section(
    "security-confirm",
    t.security.confirmTitle,
    h("p", {}, t.security.confirmIntro),
    field("confirm-passphrase", t.security.currentPassphrase, pass),
    codeField,
    busy,
  );
  return {
    node,
    refresh,
    used() {
      code.value = "";
    },
    async proof() {
      if (!pass.value) {
        pass.focus();
        throw new ApiError(0, "proof_required", t.security.currentMissing);
      }
      const totp = code.value.replace(/\s/g, "");
      if (state.totp && !totp && !(state.passkeys > 0 && browserSupportsWebAuthn())) {
        code.focus();
        throw new ApiError(0, "totp_required", t.security.confirmCode);
      }
      const { kdf } = await api<KdfAnswer>("handler", "POST", "/api/session/params", {
        handle: ctx.person.handle,
      });
      checkServerKdf(kdf);
      const keys = await derive(pass.value, kdf, busy);
      keys.wrapKey.fill(0);
      const authKey = toBase64(keys.authKey);
      keys.authKey.fill(0);
      if (state.totp && totp) return { authKey, totp };
      if (state.passkeys > 0) return { authKey, ...(await passkeyAssertion(ctx.person.handle)) };
      return { authKey };
    },
  };
}

/** Runs `change` with a fresh proof; a used TOTP code is cleared either way. */
export async function withProof<T>(confirm: Confirmation, change: (proof: Proof) => Promise<T>): Promise<T> {
  const proof = await confirm.proof();
  try {
    return await change(proof);
  } finally {
    if (proof.totp) confirm.used();
  }
}
