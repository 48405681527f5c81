/**
 * The case handlers' single-page app. Keys live only in this module's memory: a reload, Log out, an
 * ended session or leaving the page forgets them, and signing in derives them again from the passphrase.
 */
import "../i18n/staff";
import { t } from "../i18n";
import { ApiError, api, errorText } from "../lib/api";
import { type Config, parseConfig } from "../lib/config";
import { byId, h } from "../lib/dom";
import type { Me } from "../lib/types";
import { adminAddress, adminSectionOf, renderAdmin } from "./admin";
import { renderEnrol, renderSignIn } from "./auth";
import { renderCase } from "./case";
import { type Ctx, handlesCases, type Person } from "./context";
import { renderSecurity } from "./security";
import { renderTriage } from "./triage";
import { syncTrust } from "./trust";

const app = byId("app", HTMLDivElement);
const who = byId("who", HTMLSpanElement);
const overdue = byId("overdue", HTMLSpanElement);
const logoutButton = byId("logout", HTMLButtonElement);
const nav = byId("nav", HTMLElement);
const navCases = byId("nav-cases", HTMLButtonElement);
const navSecurity = byId("nav-security", HTMLButtonElement);
const navAdmin = byId("nav-admin", HTMLButtonElement);

type View = "cases" | "security" | "admin";

let ctx: Ctx | null = null;
let config: Config | null = null;
let view: View = "cases";

/** Forgets the identity and every decrypted view. */
function wipe(): void {
  ctx = null;
  document.body.classList.remove("has-token");
  app.replaceChildren();
  who.textContent = "";
  overdue.textContent = "";
  overdue.hidden = true;
  logoutButton.hidden = true;
  nav.hidden = true;
}

function showSignIn(message = ""): void {
  wipe();
  renderSignIn(app, signedIn, message);
}

/** True for the error the server gives every route but TOTP setup until the person has set it up. */
const needsTotpSetup = (e: unknown): boolean =>
  e instanceof ApiError && e.status === 403 && e.code === "totp_setup_required";

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  try {
    const answer = await api<T>("handler", method, path, body);
    // Any change an admin makes to people or channels is signed into the roster before it counts.
    if (ctx?.person.roles.includes("admin") && method !== "GET" && path.startsWith("/api/admin/")) {
      await syncTrust(ctx);
    }
    return answer;
  } catch (e) {
    if (e instanceof ApiError && e.status === 401 && ctx) showSignIn(t.handler.sessionEnded);
    // The organisation requires an authenticator app: everything else waits until it is set up.
    else if (needsTotpSetup(e) && ctx && view !== "security") ctx.showSecurity(true);
    throw e;
  }
}

/** Runs a view; an error that did not already sign the page out or move it is shown in its place. */
function show(name: View, render: (c: Ctx) => Promise<void>): void {
  const current = ctx;
  if (!current) return;
  view = name;
  // Another view leaves the console's address, so a reload or a link does not land back in it.
  if (name !== "admin" && adminSectionOf(location.hash))
    history.replaceState(null, "", location.pathname + location.search);
  for (const [b, v] of [
    [navCases, "cases"],
    [navSecurity, "security"],
    [navAdmin, "admin"],
  ] as const) {
    if (v === name) b.setAttribute("aria-current", "page");
    else b.removeAttribute("aria-current");
  }
  render(current).catch((e: unknown) => {
    if (ctx !== current || view !== name || (needsTotpSetup(e) && name !== "security")) return;
    app.replaceChildren(
      h("p", { class: "box error", role: "alert", "data-testid": "handler-error" }, errorText(e)),
    );
  });
}

function refreshMe(): void {
  const current = ctx;
  if (!current || !handlesCases(current.person)) return;
  call<Me>("GET", "/api/me")
    .then((me) => {
      overdue.textContent = `${t.handler.overdue} ${me.overdue}`;
      overdue.classList.toggle("has-overdue", me.overdue > 0);
      overdue.dataset.count = String(me.overdue);
      overdue.hidden = false;
    })
    .catch(() => undefined);
}

function signedIn(person: Person, identity: string): void {
  const handles = handlesCases(person);
  const isAdmin = person.roles.includes("admin");
  const c: Ctx = {
    app,
    person,
    identity,
    config,
    call,
    // An admin-only person has no cases: their home is the admin view.
    showTriage: () => (handles ? show("cases", renderTriage) : c.showAdmin()),
    showCase: (id, notice) => show("cases", (x) => renderCase(x, id, notice)),
    showSecurity: (totpRequired) => show("security", (x) => renderSecurity(x, totpRequired)),
    showAdmin: (notice) =>
      isAdmin
        ? show("admin", async (x) => {
            // The section is the address's; the console opens on "people" and writes that address.
            const section = adminSectionOf(location.hash);
            if (!section) history.replaceState(null, "", adminAddress("people"));
            await syncTrust(x);
            await renderAdmin(x, notice, section ?? "people");
          })
        : c.showSecurity(),
    signOut: showSignIn,
    refreshMe,
  };
  ctx = c;
  // The signing key is registered (and, for an admin, the roster signed) before anything is shown.
  void syncTrust(c).then(() => {
    if (ctx === c) showSignedIn(c);
  });
}

function showSignedIn(c: Ctx): void {
  const { person } = c;
  const handles = handlesCases(person);
  const isAdmin = person.roles.includes("admin");
  who.textContent = person.displayName;
  logoutButton.hidden = false;
  nav.hidden = false;
  navCases.hidden = !handles;
  navAdmin.hidden = !isAdmin;
  refreshMe();
  // A section's address opened directly (or kept across sign-in) goes to that section.
  if (isAdmin && adminSectionOf(location.hash)) c.showAdmin();
  else if (handles) c.showTriage();
  else if (isAdmin) c.showAdmin();
  else c.showSecurity();
}

/** Header navigation: the old view goes at once, so nothing stale can be acted on while the new one loads. */
function navigate(go: (c: Ctx) => void): void {
  if (!ctx) return;
  app.replaceChildren(h("p", { role: "status" }, t.common.loading));
  go(ctx);
}
// Section links, back and forward change only the address: the console follows it.
window.addEventListener("hashchange", () => {
  if (adminSectionOf(location.hash)) navigate((c) => c.showAdmin());
});
navCases.addEventListener("click", () => navigate((c) => c.showTriage()));
navSecurity.addEventListener("click", () => navigate((c) => c.showSecurity()));
navAdmin.addEventListener("click", () => navigate((c) => c.showAdmin()));
logoutButton.addEventListener("click", async () => {
  wipe();
  await api("handler", "DELETE", "/api/session").catch(() => undefined);
  showSignIn();
});
// Leaving the page forgets the keys, so the back-forward cache cannot restore a signed-in view.
window.addEventListener("pagehide", wipe);
window.addEventListener("pageshow", (e) => {
  if (e.persisted) showSignIn();
});

async function init(): Promise<void> {
  try {
    config = parseConfig(await api<unknown>("reporter", "GET", "/api/config"));
  } catch {
    config = null; // labels fall back to ids
  }
  const enrol = /^#enrol=(.+)$/.exec(location.hash);
  if (enrol?.[1]) await renderEnrol(app, enrol[1], signedIn);
  else showSignIn();
}

void init();
