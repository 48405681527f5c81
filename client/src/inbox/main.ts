/**
 * The reporting person's case inbox page. The token is checked and turned into keys here; only the login
 * key derived from it is sent. Keys live in memory until Lock (or leaving the page); the token is never
 * stored anywhere, including the URL.
 */
import { normalizeCaseToken } from "../../../crypto/index";
import { loadReporterCatalog, t } from "../i18n";
import { ApiError, api, errorText, warmPow } from "../lib/api";
import { CaseKeyError } from "../lib/case-crypto";
import { type Config, parseConfig } from "../lib/config";
import { byId, say } from "../lib/dom";
import { leaveQuickly } from "../lib/leave";
import { fetchInbox, openInbox } from "./session";
import { type CaseView, showCase } from "./view";

const form = byId("inbox-form", HTMLFormElement);
const fields = byId("inbox-fields", HTMLFieldSetElement);
const tokenInput = byId("token", HTMLInputElement);
const tokenError = byId("token-error", HTMLParagraphElement);
const unlockStatus = byId("unlock-status", HTMLParagraphElement);
const unlock = byId("unlock", HTMLElement);
const mount = byId("case-mount", HTMLDivElement);

let view: CaseView | null = null;
let config: Config | null = null;
let busy = false;

function locked(message: string): void {
  unlock.hidden = false;
  tokenInput.value = "";
  say(unlockStatus, message);
}

// The sign-in's proof of work is solved while the person types the token.
for (const type of ["focusin", "input"]) tokenInput.addEventListener(type, () => warmPow("inbox"));

form.addEventListener("submit", async (ev) => {
  ev.preventDefault();
  if (busy) return;
  say(tokenError, "");
  tokenInput.removeAttribute("aria-invalid");
  let canonical: string;
  try {
    canonical = normalizeCaseToken(tokenInput.value);
  } catch {
    // The check character catches typos here, before anything is derived or sent.
    say(tokenError, t.inbox.badToken);
    tokenInput.setAttribute("aria-invalid", "true");
    tokenInput.focus();
    return;
  }
  busy = true;
  fields.disabled = true;
  say(unlockStatus, t.inbox.opening);
  try {
    const opened = await openInbox(canonical);
    canonical = "";
    tokenInput.value = "";
    unlock.hidden = true;
    say(unlockStatus, "");
    view = await showCase(mount, opened.session, opened.answer, config, () => {
      view = null;
      locked(t.inbox.locked);
      tokenInput.focus();
    });
    // Evidence (client/src/evidence/): the person's files, and adding more.
    const shown = view;
    void import("../evidence/inbox-files").then((m) => m.mountInboxFiles(shown.section, opened.session));
    // Meetings and records of oral reports (client/src/records/), after the files.
    const reload = async () => {
      const answer = await fetchInbox(opened.session.loginKey);
      await shown.render(answer);
      return answer;
    };
    void import("../records/inbox-records").then((m) =>
      m.mountInboxRecords(shown.section, opened.session, opened.answer, reload, () => shown.writer()),
    );
  } catch (e) {
    unlock.hidden = false;
    say(unlockStatus, "");
    if (e instanceof ApiError && e.status === 404) say(tokenError, t.inbox.notFound);
    else say(tokenError, e instanceof CaseKeyError ? e.message : errorText(e));
  } finally {
    busy = false;
    fields.disabled = false;
  }
});

// Leaving the page locks it, so the back-forward cache cannot bring a decrypted inbox back.
window.addEventListener("pagehide", () => {
  view?.lock();
  view = null;
  locked("");
});

async function init(): Promise<void> {
  leaveQuickly();
  await loadReporterCatalog();
  fields.disabled = false;
  try {
    // Only for showing category and relationship labels in the report; the inbox works without it.
    config = parseConfig(await api<unknown>("reporter", "GET", "/api/config"));
  } catch {
    config = null;
  }
}

void init();
