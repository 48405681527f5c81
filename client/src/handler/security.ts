/**
 * "My security": second factors, the passphrase and recovery key, the address for content-free
 * reminders, and signing out everywhere. Reached from the header, and on its own when the organisation
 * requires an authenticator app that the person has not set up yet.
 */
import { t } from "../i18n";
import { h, say } from "../lib/dom";
import type { Me } from "../lib/types";
import { auditSection } from "./admin-audit";
import { type Ctx, mount } from "./context";
import { type Confirmation, confirmation, type FactorState, withProof } from "./second-factor";
import { passphraseSection, recoverySection } from "./security-keys";
import { passkeySection, totpSection } from "./security-totp";
import { rosterPeople, trustSection } from "./trust";
import { button, errorLine, explain, field, input, section, statusLine } from "./ui";

function notifySection(ctx: Ctx, me: Me, confirm: Confirmation): HTMLElement {
  const email = input("notify-email", { type: "email", autocomplete: "email", maxlength: 200 });
  email.value = me.notifyEmail ?? "";
  const save = button(t.security.notifySave, "notify-save", true);
  const remove = button(t.security.notifyRemove, "notify-remove");
  const status = statusLine("notify-status");
  const error = errorLine("notify-error");
  const controls = h(
    "fieldset",
    { class: "plain" },
    h("legend", { class: "visually-hidden" }, t.security.notifyTitle),
    field("notify-email", t.security.notifyEmail, email, t.security.notifyHint),
    h("div", { class: "actions" }, save, remove),
  );
  const put = async (value: string | null): Promise<void> => {
    say(error, "");
    say(status, "");
    controls.disabled = true;
    try {
      await withProof(confirm, (proof) => ctx.call("PUT", "/api/me/notify-email", { email: value, proof }));
      if (value === null) email.value = "";
      say(status, value === null ? t.security.notifyRemoved : t.security.notifySaved);
    } catch (e) {
      say(error, explain(e));
    } finally {
      controls.disabled = false;
    }
  };
  save.addEventListener("click", () => {
    const value = email.value.trim();
    if (!value || !email.checkValidity()) return say(error, t.security.notifyInvalid);
    void put(value);
  });
  remove.addEventListener("click", () => void put(null));
  return section("security-notify", t.security.notifyTitle, controls, status, error);
}

function sessionsSection(ctx: Ctx): HTMLElement {
  const end = button(t.security.endAll, "sessions-end");
  const error = errorLine("sessions-error");
  end.addEventListener("click", async () => {
    say(error, "");
    end.disabled = true;
    try {
      await ctx.call("DELETE", "/api/sessions");
      ctx.signOut(t.security.endedAll);
    } catch (e) {
      say(error, explain(e));
      end.disabled = false;
    }
  });
  return section(
    "security-sessions",
    t.security.sessionsTitle,
    h("p", {}, t.security.endAllHint),
    end,
    error,
  );
}

/** `totpRequired`: the server refused another view until an authenticator app is set up. */
export async function renderSecurity(ctx: Ctx, totpRequired = false): Promise<void> {
  const me = await ctx.call<Me>("GET", "/api/me");
  const title = h("h2", { tabindex: "-1" }, t.security.title);
  // Until the authenticator app is on, the server refuses everything else: show only that part.
  const setupOnly = totpRequired && !me.totp;
  const note = h(
    "p",
    { class: "box warn", role: "status", hidden: !setupOnly, "data-testid": "security-notice" },
    setupOnly ? t.security.totpRequired : "",
  );
  const state: FactorState = { totp: Boolean(me.totp), passkeys: me.passkeys ?? 0 };
  const confirm = confirmation(ctx, state);
  const onEnabled = (): HTMLElement | null => {
    state.totp = true;
    confirm.refresh();
    if (!setupOnly) return null;
    const go = button(t.security.continue, "security-continue", true);
    go.addEventListener("click", () => ctx.showTriage());
    say(note, "");
    return go;
  };
  // Admins have the audit log in the admin view; everyone else checks and signs it here.
  const audit =
    setupOnly || ctx.person.roles.includes("admin")
      ? null
      : await auditSection(ctx, rosterPeople()).catch(() => null);
  mount(
    ctx.app,
    title,
    note,
    h(
      "div",
      { "data-testid": "security-view" },
      confirm.node,
      totpSection(ctx, me, confirm, onEnabled),
      setupOnly ? null : passkeySection(ctx, me, confirm, state),
      setupOnly ? null : passphraseSection(ctx, confirm),
      setupOnly ? null : recoverySection(ctx, confirm),
      setupOnly ? null : notifySection(ctx, me, confirm),
      sessionsSection(ctx),
      setupOnly ? null : trustSection(),
      audit,
    ),
  );
}
