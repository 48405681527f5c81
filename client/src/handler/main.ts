/**
 * The case handlers' single-page app. Keys live only in this module's memory: a reload, Log out, an
 * ended session or leaving the page forgets them, and signing in derives them again from the passphrase.
 */
import { t } from "../i18n";
import { ApiError, api, errorText } from "../lib/api";
import { type Config, parseConfig } from "../lib/config";
import { byId, h } from "../lib/dom";
import type { Me } from "../lib/types";
import { renderEnrol, renderSignIn } from "./auth";
import { renderCase } from "./case";
import type { Ctx, Person } from "./context";
import { renderTriage } from "./triage";

const app = byId("app", HTMLDivElement);
const who = byId("who", HTMLSpanElement);
const overdue = byId("overdue", HTMLSpanElement);
const logoutButton = byId("logout", HTMLButtonElement);

let ctx: Ctx | null = null;
let config: Config | null = null;

/** Forgets the identity and every decrypted view. */
function wipe(): void {
  ctx = null;
  app.replaceChildren();
  who.textContent = "";
  overdue.textContent = "";
  overdue.hidden = true;
  logoutButton.hidden = true;
}

function showSignIn(message = ""): void {
  wipe();
  renderSignIn(app, signedIn, message);
}

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  try {
    return await api<T>("handler", method, path, body);
  } catch (e) {
    if (e instanceof ApiError && e.status === 401 && ctx) showSignIn(t.handler.sessionEnded);
    throw e;
  }
}

/** Runs a view; an error that did not already sign the page out is shown in place of the view. */
function show(view: (c: Ctx) => Promise<void>): void {
  const current = ctx;
  if (!current) return;
  view(current).catch((e: unknown) => {
    if (ctx === current) app.replaceChildren(h("p", { class: "box error", role: "alert" }, errorText(e)));
  });
}

function refreshMe(): void {
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
  const c: Ctx = {
    app,
    person,
    identity,
    config,
    call,
    showTriage: () => show(renderTriage),
    showCase: (id) => show((x) => renderCase(x, id)),
    refreshMe,
  };
  ctx = c;
  who.textContent = person.displayName;
  logoutButton.hidden = false;
  refreshMe();
  c.showTriage();
}

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
