/**
 * The secrets that open a person's identity: the passphrase and the printable recovery key. Both go
 * through the slow KDF here and seal the identity, which is in this tab's memory, again; the server
 * gets the authentication keys and the sealed copies, never the passphrase, the recovery key or the
 * identity.
 */
import { generateRecoveryKey, newKdfParams, sealIdentity, toBase64 } from "../../../crypto/index";
import { t } from "../i18n";
import { append, h, say } from "../lib/dom";
import type { Ctx } from "./context";
import { type Confirmation, withProof } from "./second-factor";
import {
  button,
  checkbox,
  derive,
  errorLine,
  explain,
  newPassphrase,
  progress,
  section,
  statusLine,
} from "./ui";

/** Derives keys for `secret` under fresh KDF parameters and seals the identity under them. */
async function reseal(ctx: Ctx, secret: string, busy: HTMLElement) {
  const kdf = newKdfParams();
  const keys = await derive(secret, kdf, busy);
  const sealed = sealIdentity(ctx.identity, keys.wrapKey, ctx.person.handle);
  keys.wrapKey.fill(0);
  const authKey = toBase64(keys.authKey);
  keys.authKey.fill(0);
  return { kdf, authKey, sealedIdentity: toBase64(sealed) };
}

export function passphraseSection(ctx: Ctx, confirm: Confirmation): HTMLElement {
  const next = newPassphrase("change");
  const busy = progress("change-progress");
  const status = statusLine("change-status");
  const error = errorLine("change-error");
  const submit = h(
    "button",
    { type: "submit", class: "primary", "data-testid": "change-submit" },
    t.security.change,
  );
  const fields = h(
    "fieldset",
    { class: "plain" },
    h("legend", { class: "visually-hidden" }, t.security.passphraseTitle),
    ...next.nodes,
    submit,
  );
  const form = h(
    "form",
    { method: "post", action: "/handler.html", autocomplete: "off", "data-testid": "change-form" },
    fields,
    busy,
  );
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    say(error, "");
    say(status, "");
    let secret: string;
    try {
      secret = next.value();
    } catch (e) {
      return say(error, (e as Error).message);
    }
    fields.disabled = true;
    try {
      await withProof(confirm, async (proof) =>
        ctx.call("PUT", "/api/me/passphrase", { proof, ...(await reseal(ctx, secret, busy)) }),
      );
      next.clear();
      say(status, t.security.changed);
    } catch (e) {
      say(error, explain(e));
    } finally {
      fields.disabled = false;
    }
  });
  return section(
    "security-passphrase",
    t.security.passphraseTitle,
    h("p", {}, t.security.passphraseIntro),
    form,
    status,
    error,
  );
}

export function recoverySection(ctx: Ctx, confirm: Confirmation): HTMLElement {
  const busy = progress("recovery-progress");
  const status = statusLine("recovery-status");
  const error = errorLine("recovery-error");
  const shown = h("div");
  const create = button(t.security.recoveryCreate, "recovery-create", true);

  create.addEventListener("click", async () => {
    say(error, "");
    say(status, "");
    create.disabled = true;
    let key = generateRecoveryKey();
    try {
      await withProof(confirm, async (proof) =>
        ctx.call("PUT", "/api/me/recovery", { proof, ...(await reseal(ctx, key, busy)) }),
      );
    } catch (e) {
      key = "";
      say(error, explain(e));
      create.disabled = false;
      return;
    }
    // Shown once, only after the server holds the matching sealed copy; printed on its own.
    const keyEl = h("p", { class: "token", "data-testid": "recovery-key" }, key);
    const print = button(t.report.print, "recovery-print");
    print.addEventListener("click", () => window.print());
    const [savedBox, saved] = checkbox("recovery-saved", t.security.recoverySaved);
    const done = button(t.security.recoveryDone, "recovery-done", true);
    done.disabled = true;
    saved.addEventListener("change", () => {
      done.disabled = !saved.checked;
    });
    done.addEventListener("click", () => {
      key = "";
      shown.replaceChildren();
      document.body.classList.remove("has-token");
      create.disabled = false;
      say(status, t.security.recoveryStored);
    });
    shown.replaceChildren(
      h(
        "div",
        { class: "print-area" },
        h("h4", {}, t.security.recoveryKeyFor(ctx.person.handle)),
        keyEl,
        h("p", {}, t.security.recoveryPrintNote),
      ),
      h("p", { class: "box warn" }, t.security.recoveryOnce),
      h("div", { class: "actions" }, print),
      savedBox,
      done,
    );
    document.body.classList.add("has-token");
    done.scrollIntoView({ block: "nearest" });
  });

  const body = h(
    "div",
    {},
    h("p", {}, t.security.recoveryIntro),
    h("p", { class: "hint" }, t.security.recoveryReplaces),
  );
  append(body, create, busy, shown);
  return section("security-recovery", t.security.recoveryTitle, body, status, error);
}
