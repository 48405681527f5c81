/**
 * The reporting person's identity (Art. 16). Its section is encrypted to a key that only custodians
 * hold, and the server hands a custodian their wrapped copy only after a recorded reason (and, where
 * the organisation requires it, a second custodian's approval). Opening is audited on the server; the
 * section is decrypted here and shown as text.
 */
import { decryptJson, fromBase64 } from "../../../crypto/index";
import { t } from "../i18n";
import { ApiError } from "../lib/api";
import { CaseKeyError, type OpenCase, openCaseKey } from "../lib/case-crypto";
import { formatInstant } from "../lib/dates";
import { append, h, say } from "../lib/dom";
import type { ThreadWriter } from "../lib/signed-thread";
import {
  asIdentity,
  type CaseView,
  type IdentityRequest,
  type IdentityRequested,
  type IdentityRequests,
  type IdentitySection,
} from "../lib/types";
import { disclosureForm } from "./case-disclosure";
import type { Ctx } from "./context";
import { openStaffText, sealStaffText } from "./staff-text";
import { button, errorLine, field, textarea } from "./ui";

const MIN_REASON = 10;

/**
 * The identity part of the case view. `nameOf` names colleagues; `onOpened` receives the identity key
 * once it is open, so the access panel can offer to grant it along.
 */
export async function identitySection(
  ctx: Ctx,
  c: CaseView,
  writer: ThreadWriter,
  nameOf: (personId: string) => string,
  onOpened: (identityKey: string) => void,
): Promise<HTMLElement> {
  const open = writer.open;
  const box = h(
    "section",
    { class: "panel", "aria-labelledby": "identity-title", "data-testid": "case-identity" },
    h("h3", { id: "identity-title" }, t.handler.identityTitle),
  );
  const present = c.identity?.present;
  if (!present) {
    append(box, h("p", { "data-state": "none" }, t.handler.identityNone));
    return box;
  }
  if (!c.identity?.custodian) {
    append(box, h("p", { "data-state": "sealed" }, t.handler.identitySealed));
    return box;
  }

  const path = `/api/cases/${encodeURIComponent(c.id)}`;
  const { requests } = await ctx.call<IdentityRequests>("GET", `${path}/identity-requests`);
  const mine = requests.filter((r) => r.personId === ctx.person.id);
  const others = requests.filter((r) => r.personId !== ctx.person.id && r.state === "pending");
  const state = h("div", { "aria-live": "polite" });
  const error = errorLine("case-identity-error");

  /** Fetches the wrapped key (allowed once a request is approved), unwraps it and decrypts the section. */
  const reveal = async (): Promise<void> => {
    const s = await ctx.call<IdentitySection>("GET", `${path}/identity`);
    const key = await openCaseKey(ctx.identity, s.myKey, s.recipient);
    const id = asIdentity(await decryptJson<unknown>([key.identity], fromBase64(s.section)));
    if (!id) throw new Error(t.errors.unsupported);
    state.replaceChildren(
      h(
        "dl",
        { class: "fields", "data-state": "open" },
        h("dt", {}, t.handler.identityName),
        h("dd", { "data-field": "name" }, id.name || t.fields.none),
        h("dt", {}, t.handler.identityContact),
        h("dd", { "data-field": "contact" }, id.contact || t.fields.none),
        h("dt", {}, t.handler.identityNote),
        h("dd", { "data-field": "note" }, id.note || t.fields.none),
      ),
      h("p", { class: "hint" }, t.identity.openedHint),
    );
    onOpened(key.identity);
  };
  const attempt = async (work: () => Promise<void>, controls: HTMLFieldSetElement): Promise<void> => {
    say(error, "");
    controls.disabled = true;
    try {
      await work();
    } catch (e) {
      say(error, e instanceof ApiError || e instanceof CaseKeyError ? e.message : t.errors.undecryptable);
      controls.disabled = false;
    }
  };

  const showApproved = (): void => {
    const controls = h(
      "fieldset",
      { class: "plain" },
      h("legend", { class: "visually-hidden" }, t.identity.open),
    );
    const openButton = button(t.identity.open, "case-identity-open", true);
    openButton.addEventListener("click", () => attempt(reveal, controls));
    append(controls, openButton);
    state.replaceChildren(h("p", { "data-state": "approved" }, t.identity.approved), controls);
  };
  const showPending = (): void => {
    state.replaceChildren(h("p", { "data-state": "pending" }, t.identity.waiting));
  };
  const showReasonForm = (refused: boolean): void => {
    const reason = textarea("case-identity-reason", {
      minlength: MIN_REASON,
      maxlength: 2000,
      required: true,
    });
    const submit = button(t.identity.request, "case-identity-request", true);
    const controls = h(
      "fieldset",
      { class: "plain" },
      h("legend", { class: "visually-hidden" }, t.identity.request),
      field("case-identity-reason", t.identity.reason, reason, t.identity.reasonHint),
      submit,
    );
    submit.addEventListener("click", () => {
      const text = reason.value.trim();
      if (text.length < MIN_REASON) return say(error, t.identity.reasonShort);
      void attempt(async () => {
        const r = await ctx.call<IdentityRequested>("POST", `${path}/identity-requests`, {
          reason: await sealStaffText(open, text),
        });
        if (r.state === "approved") await reveal();
        else showPending();
      }, controls);
    });
    state.replaceChildren(h("p", { "data-state": "reason-needed" }, t.identity.reasonNeeded));
    if (refused)
      append(state, h("p", { class: "error", "data-testid": "case-identity-refused" }, t.identity.refused));
    append(state, controls);
  };

  const last = mine.at(-1);
  if (mine.some((r) => r.state === "approved")) showApproved();
  else if (last?.state === "pending") showPending();
  else showReasonForm(last?.state === "refused");
  append(box, state, error);

  if (others.length) append(box, await decisions(ctx, path, others, nameOf, open));
  append(box, disclosureForm(ctx, c.id, writer));
  return box;
}

/** Colleagues' pending requests, each with Approve and Refuse; nobody decides their own. */
async function decisions(
  ctx: Ctx,
  path: string,
  pending: IdentityRequest[],
  nameOf: (personId: string) => string,
  open: OpenCase,
): Promise<HTMLElement> {
  const error = errorLine("case-identity-decision-error");
  const list = h("ul", { class: "plain-list" });
  for (const r of pending) {
    const li = h(
      "li",
      { "data-testid": "case-identity-pending-request", "data-request-id": r.id },
      h("strong", {}, nameOf(r.personId)),
      h("span", { class: "meta" }, formatInstant(r.requestedAt)),
      h(
        "p",
        { class: "text", "data-testid": "case-identity-reason-text" },
        await openStaffText(open, r.reason),
      ),
    );
    const row = h("div", { class: "actions" });
    for (const [approve, label, testid] of [
      [true, t.identity.approve, "case-identity-approve"],
      [false, t.identity.refuse, "case-identity-refuse"],
    ] as const) {
      const b = button(label, testid, approve);
      b.addEventListener("click", async () => {
        say(error, "");
        row.querySelectorAll("button").forEach((x) => {
          x.disabled = true;
        });
        try {
          await ctx.call("POST", `${path}/identity-requests/${encodeURIComponent(r.id)}/decision`, {
            approve,
          });
          li.replaceChildren(
            h("strong", {}, nameOf(r.personId)),
            h("span", { class: "meta" }, approve ? t.identity.approvedOne : t.identity.refusedOne),
          );
        } catch (e) {
          say(error, e instanceof ApiError ? e.message : t.errors.server);
          row.querySelectorAll("button").forEach((x) => {
            x.disabled = false;
          });
        }
      });
      append(row, b);
    }
    append(li, row);
    append(list, li);
  }
  return h("div", {}, h("h4", {}, t.identity.pendingTitle), list, error);
}
