/**
 * Who can open a case. Access follows the keys: granting wraps the case identity, already open in this
 * browser, to the colleague's public key; revoking deletes their wrapped copy on the server. The identity
 * key (Art. 16) goes along only from a custodian who has opened it to a colleague who is a custodian.
 * The colleague's key comes from the signed roster (crypto/SPEC.md "Signed roster"), never from the
 * server's list: a colleague the roster does not list cannot be chosen, and their signing-key
 * fingerprint is shown for comparing out of band.
 */
import { fingerprintOf, type Roster, toBase64, wrapIdentityTo } from "../../../crypto/index";
import { t } from "../i18n";
import { errorText } from "../lib/api";
import type { OpenCase } from "../lib/case-crypto";
import { append, h, say } from "../lib/dom";
import type { Access } from "../lib/types";
import type { Ctx } from "./context";
import { button, checkbox, errorLine, field, section } from "./ui";

export interface AccessPanel {
  el: HTMLElement;
  /** Called once the identity section is open here, so its key can be granted along. */
  setIdentityKey(identity: string): void;
}

const roleList = (roles: string[]): string => roles.map((r) => t.roles[r] ?? r).join(", ");

/**
 * `roster` is the signed roster this browser verified, already checked against the channel key the
 * case's own signed report names; null when there is none it can trust, and then nobody can be granted.
 */
export function accessPanel(
  ctx: Ctx,
  caseId: string,
  open: OpenCase,
  access: Access,
  roster: Roster | null,
): AccessPanel {
  const listed = new Map(roster?.people.map((p) => [p.id, p]) ?? []);
  const path = `/api/cases/${encodeURIComponent(caseId)}`;
  const error = errorLine("case-access-error");
  const controls = h(
    "fieldset",
    { class: "plain" },
    h("legend", { class: "visually-hidden" }, t.access.title),
  );
  let identityKey: string | null = null;

  const run = async (work: () => Promise<void>): Promise<void> => {
    say(error, "");
    controls.disabled = true;
    try {
      await work();
    } catch (e) {
      // The server's own sentence, e.g. why the last holder cannot leave (409 last_holder).
      say(error, errorText(e));
      controls.disabled = false;
    }
  };

  const list = h("ul", { class: "plain-list", "data-testid": "case-access-holders" });
  for (const p of access.holders) {
    const me = p.id === ctx.person.id;
    const key = listed.get(p.id);
    const li = h(
      "li",
      { "data-testid": "case-access-holder", "data-person-id": p.id, "data-kinds": p.kinds.join(" ") },
      h("strong", {}, p.displayName),
      me ? ` ${t.access.you}` : "",
      h("span", { class: "meta" }, roleList(p.roles)),
      p.kinds.includes("identity") ? h("span", { class: "meta" }, t.access.holdsIdentity) : null,
      key
        ? h(
            "code",
            { class: "meta", "data-testid": "case-access-holder-fingerprint" },
            fingerprintOf(key.signingKey),
          )
        : null,
    );
    if (!me) {
      const revoke = button(t.access.revoke, "case-access-revoke");
      revoke.setAttribute("aria-label", `${t.access.revoke}: ${p.displayName}`);
      revoke.addEventListener("click", () =>
        run(async () => {
          await ctx.call("DELETE", `${path}/grants/${encodeURIComponent(p.id)}`);
          ctx.showCase(caseId, t.access.revoked(p.displayName));
        }),
      );
      append(li, revoke);
    }
    append(list, li);
  }
  append(controls, list, h("p", { class: "hint" }, t.access.revokeHint));
  const giveUp = button(t.access.giveUp, "case-access-give-up");
  giveUp.addEventListener("click", () =>
    run(async () => {
      await ctx.call("DELETE", `${path}/grants/me`);
      ctx.showTriage();
    }),
  );
  const giveUpRow = h("div", { class: "actions" }, giveUp);

  if (access.grantable.length && !roster) {
    append(
      controls,
      h("p", { class: "box warn", "data-testid": "case-access-no-roster" }, t.access.noRoster),
    );
  }
  if (access.grantable.length && roster) {
    // Only people the signed roster lists, with the roster's key for them, whatever the server says.
    const select = h(
      "select",
      { id: "case-access-person", "data-testid": "case-access-person" },
      ...access.grantable.map((p) =>
        h(
          "option",
          { value: p.id, disabled: !listed.has(p.id) },
          `${p.displayName} (${roleList(p.roles)})${p.inChannel ? "" : ` · ${t.access.notInChannel}`}${
            listed.has(p.id) ? "" : ` · ${t.access.notInRoster}`
          }`,
        ),
      ),
    );
    const firstListed = access.grantable.find((p) => listed.has(p.id));
    if (firstListed) select.value = firstListed.id;
    const fingerprint = h("code", { "data-testid": "case-access-fingerprint" });
    const [withIdentityBox, withIdentity] = checkbox("case-access-identity", t.access.alsoIdentity);
    const update = (): void => {
      const p = access.grantable.find((g) => g.id === select.value);
      const key = listed.get(select.value);
      fingerprint.textContent = key ? fingerprintOf(key.signingKey) : "";
      withIdentityBox.hidden = !identityKey || !key?.roles.includes("custodian") || !p;
      if (withIdentityBox.hidden) withIdentity.checked = false;
    };
    select.addEventListener("change", update);
    const grant = button(t.access.grant, "case-access-grant", true);
    grant.addEventListener("click", () =>
      run(async () => {
        const p = access.grantable.find((g) => g.id === select.value);
        const key = listed.get(select.value);
        if (!p || !key) return;
        // Both copies are made here, to the roster's key: the server gets only what that key can open.
        const wrapped = toBase64(await wrapIdentityTo(key.recipient, open.identity));
        const identityWrapped =
          withIdentity.checked && identityKey && key.roles.includes("custodian")
            ? toBase64(await wrapIdentityTo(key.recipient, identityKey))
            : null;
        await ctx.call("POST", `${path}/grants`, {
          personId: p.id,
          wrapped,
          ...(identityWrapped ? { identityWrapped } : {}),
        });
        ctx.showCase(caseId, t.access.granted(p.displayName));
      }),
    );
    update();
    append(
      controls,
      h("h4", {}, t.access.grantTitle),
      field("case-access-person", t.access.colleague, select, t.access.grantHint),
      h("p", { class: "hint" }, `${t.access.fingerprint}: `, fingerprint),
      withIdentityBox,
      grant,
      giveUpRow,
    );
    return {
      el: section("case-access", t.access.title, controls, error),
      setIdentityKey(key) {
        identityKey = key;
        update();
      },
    };
  }
  append(controls, h("p", { "data-testid": "case-access-none" }, t.access.nobodyToGrant), giveUpRow);
  return { el: section("case-access", t.access.title, controls, error), setIdentityKey() {} };
}
