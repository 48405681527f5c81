/**
 * The handler app's side of the trust formats (crypto/SPEC.md "Trust formats"): registers the
 * person's signing key, and in an admin's browser makes or opens the channel key, seals it to every
 * admin, and signs the roster whenever the people or channels changed or it is getting old.
 */
import {
  channelKeyFromText,
  channelKeyText,
  decryptText,
  encryptText,
  fingerprintOf,
  fromBase64,
  handlerSigningKey,
  newSigningKey,
  openRoster,
  type Roster,
  type SigningKey,
  sameRosterContent,
  signRoster,
  toBase64,
} from "../../../crypto/index";
import { t } from "../i18n";
import { formatInstant } from "../lib/dates";
import { h } from "../lib/dom";
import type { TrustAnswer } from "../lib/types";
import type { Ctx } from "./context";
import { section } from "./ui";

/** What the views show: the channel key, the roster in force and whether it checked out. */
export interface TrustView {
  roster: Roster | null;
  /** False when the roster does not verify under the channel key this admin holds. */
  trusted: boolean;
  /** An admin without a sealed copy yet. */
  waiting: boolean;
}

/** Re-signed before it expires: a roster older than this is signed again. */
const RESIGN_AFTER_MS = 30 * 86_400_000;

let last: TrustView | null = null;

async function channelKeyOf(ctx: Ctx, state: TrustAnswer): Promise<SigningKey | null> {
  if (state.mySeal) return channelKeyFromText(await decryptText([ctx.identity], fromBase64(state.mySeal)));
  // The very first admin makes the key; anyone later waits until an admin who holds it seals it to them.
  return state.anySeal || state.roster ? null : newSigningKey();
}

/**
 * Brings the server's trust state up to date from this browser, and remembers what it saw for
 * {@link trustSection}. Never throws: a failure leaves the roster as it was, and reporting stays
 * safe because the report page verifies on its own.
 */
export async function syncTrust(ctx: Ctx): Promise<TrustView | null> {
  try {
    let state = await ctx.call<TrustAnswer>("GET", "/api/trust");
    const mine = handlerSigningKey(ctx.identity);
    if (state.mySigningKey !== mine.publicKey) {
      await ctx.call("PUT", "/api/trust/signing-key", { signingKey: mine.publicKey });
      state = await ctx.call<TrustAnswer>("GET", "/api/trust");
    }
    const now = new Date();
    let roster = state.roster ? openRoster(state.roster, { now }) : null;
    const view: TrustView = { roster, trusted: true, waiting: false };
    if (ctx.person.roles.includes("admin")) {
      const key = await channelKeyOf(ctx, state);
      view.waiting = key === null;
      if (key) {
        if (roster && roster.channelKey !== key.publicKey) view.trusted = false;
        const seals = await Promise.all(
          state.unsealedAdmins.map(async (a) => ({
            personId: a.id,
            sealed: toBase64(await encryptText([a.recipient], channelKeyText(key))),
          })),
        );
        if (seals.length) await ctx.call("POST", "/api/trust/seals", { seals });
        const stale = !roster || now.getTime() - Date.parse(roster.issuedAt) > RESIGN_AFTER_MS;
        if (view.trusted && (stale || !sameRosterContent(state.draft, roster!))) {
          const signed = signRoster(
            key,
            { people: state.draft.people, channels: state.draft.channels },
            roster,
            now,
          );
          await ctx.call("POST", "/api/trust/roster", signed);
          roster = openRoster(signed, { pin: fingerprintOf(key.publicKey), now });
          view.roster = roster;
        }
      }
    }
    last = view;
    return view;
  } catch {
    return last;
  }
}

/**
 * The signed roster this browser last verified, for checking colleagues' signatures on thread entries
 * and their keys before wrapping to them; synced first if none was seen yet.
 */
export async function rosterInForce(ctx: Ctx): Promise<Roster | null> {
  const view = last?.roster ? last : await syncTrust(ctx);
  // An admin whose channel key does not match the roster trusts no key in it.
  return view?.trusted ? view.roster : null;
}

/** The channel key's fingerprint, the roster in force, and every colleague's signing-key fingerprint. */
export function trustSection(): HTMLElement {
  const view = last;
  const roster = view?.roster ?? null;
  const body: Node[] = [];
  if (!roster) body.push(h("p", {}, t.trust.none));
  else {
    body.push(
      h(
        "p",
        {},
        `${t.trust.fingerprint}: `,
        h("code", { "data-testid": "channel-fingerprint" }, fingerprintOf(roster.channelKey)),
      ),
      h("p", { class: "hint" }, t.trust.hint),
      h(
        "p",
        { "data-testid": "roster-serial" },
        t.trust.roster(roster.serial, formatInstant(roster.issuedAt)),
      ),
      h("h4", {}, t.trust.colleagues),
      h("p", { class: "hint" }, t.trust.colleaguesHint),
      h(
        "ul",
        { "data-testid": "colleague-fingerprints" },
        ...roster.people.map((p) =>
          h("li", {}, `${p.displayName}: `, h("code", {}, fingerprintOf(p.signingKey))),
        ),
      ),
    );
  }
  if (view?.waiting) body.push(h("p", { class: "box warn" }, t.trust.waiting));
  if (view && !view.trusted) body.push(h("p", { class: "box error", role: "alert" }, t.trust.mismatch));
  return section("security-trust", t.trust.title, ...body);
}

/** The people of the roster this browser last verified (for names in views that show person ids). */
export function rosterPeople(): readonly { id: string; displayName: string }[] {
  return last?.roster?.people ?? [];
}
