/**
 * The reporting person's case inbox. The token is checked and turned into keys here; only the login key
 * derived from it is sent. Keys live in this module's memory until Lock (or leaving the page); the token
 * is never stored anywhere, including the URL.
 */
import { deriveReporterKeys, normalizeCaseToken, toBase64 } from "../../../crypto/index";
import { t } from "../i18n";
import { ApiError, api, errorText } from "../lib/api";
import { CaseKeyError, type OpenCase, openCaseKey, openEntries, sealMessage } from "../lib/case-crypto";
import { type Config, parseConfig } from "../lib/config";
import { dayEl, deadlineEl } from "../lib/dates";
import { byId, h, say } from "../lib/dom";
import { threadList } from "../lib/thread";
import type { InboxAnswer } from "../lib/types";

const form = byId("inbox-form", HTMLFormElement);
const fields = byId("inbox-fields", HTMLFieldSetElement);
const tokenInput = byId("token", HTMLInputElement);
const tokenError = byId("token-error", HTMLParagraphElement);
const unlockStatus = byId("unlock-status", HTMLParagraphElement);
const unlock = byId("unlock", HTMLElement);
const caseSection = byId("case", HTMLElement);
const caseStatus = byId("case-status", HTMLSpanElement);
const caseOutcome = byId("case-outcome", HTMLParagraphElement);
const dates = byId("case-dates", HTMLDListElement);
const threadWrap = byId("thread-wrap", HTMLDivElement);
const replyForm = byId("reply-form", HTMLFormElement);
const reply = byId("reply", HTMLTextAreaElement);
const replyStatus = byId("reply-status", HTMLParagraphElement);

interface Session {
  loginKey: Uint8Array;
  open: OpenCase;
}

let session: Session | null = null;
let config: Config | null = null;
let busy = false;

function row(label: string, value: Node, explain: string): HTMLElement[] {
  return [h("dt", {}, label), h("dd", {}, value, h("small", { class: "basis" }, explain))];
}

async function render(s: Session, a: InboxAnswer): Promise<void> {
  caseStatus.textContent = t.status[a.status] ?? a.status;
  say(caseOutcome, a.outcome ? `${t.inbox.outcome}: ${t.outcome[a.outcome] ?? a.outcome}` : "");
  const d = a.deadlines;
  dates.replaceChildren(
    ...row(t.inbox.receivedOn, dayEl(a.receivedOn, "inbox-received-on"), t.inbox.receivedExplain),
    ...(a.acknowledgedOn
      ? row(t.inbox.acknowledgedOn, dayEl(a.acknowledgedOn, "inbox-acknowledged-on"), t.inbox.ackDone)
      : row(t.inbox.ackBy, deadlineEl(d.acknowledgeBy, "inbox-ack-by"), t.inbox.ackExplain)),
    ...row(t.inbox.feedbackBy, deadlineEl(d.feedbackBy, "inbox-feedback-by"), t.inbox.feedbackExplain),
    ...row(
      t.inbox.disclosureFrom,
      deadlineEl(d.publicDisclosureFrom, "inbox-disclosure-from"),
      t.inbox.disclosureExplain,
    ),
  );
  const items = await openEntries(s.open, a.entries);
  threadWrap.replaceChildren(
    items.length ? threadList(items, "reporter", config) : h("p", {}, t.inbox.threadEmpty),
  );
}

async function fetchInbox(loginKey: Uint8Array): Promise<InboxAnswer> {
  return api<InboxAnswer>("reporter", "POST", "/api/inbox", { loginKey: toBase64(loginKey) });
}

function lock(message: string): void {
  session?.loginKey.fill(0);
  session = null;
  caseStatus.textContent = "";
  say(caseOutcome, "");
  dates.replaceChildren();
  threadWrap.replaceChildren();
  reply.value = "";
  say(replyStatus, "");
  caseSection.hidden = true;
  unlock.hidden = false;
  tokenInput.value = "";
  say(unlockStatus, message);
}

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
    const keys = await deriveReporterKeys(canonical);
    canonical = "";
    const answer = await fetchInbox(keys.loginKey);
    const open = await openCaseKey(keys.identity, answer.reporterKey, answer.caseRecipient);
    session = { loginKey: keys.loginKey, open };
    tokenInput.value = "";
    await render(session, answer);
    say(unlockStatus, "");
    unlock.hidden = true;
    caseSection.hidden = false;
    byId("case-title", HTMLHeadingElement).focus();
  } catch (e) {
    say(unlockStatus, "");
    if (e instanceof ApiError && e.status === 404) say(tokenError, t.inbox.notFound);
    else say(tokenError, e instanceof CaseKeyError ? e.message : errorText(e));
  } finally {
    busy = false;
    fields.disabled = false;
  }
});

replyForm.addEventListener("submit", async (ev) => {
  ev.preventDefault();
  const s = session;
  if (busy || !s) return;
  const text = reply.value.trim();
  if (!text) return say(replyStatus, t.inbox.emptyReply);
  busy = true;
  say(replyStatus, t.inbox.sending);
  try {
    // Fails closed: if encryption throws, nothing is sent.
    const message = await sealMessage(s.open, text);
    await api("reporter", "POST", "/api/inbox/messages", { loginKey: toBase64(s.loginKey), message });
    reply.value = "";
    say(replyStatus, t.inbox.sent);
    if (session === s) await render(s, await fetchInbox(s.loginKey));
  } catch (e) {
    say(replyStatus, errorText(e));
  } finally {
    busy = false;
  }
});

byId("lock", HTMLButtonElement).addEventListener("click", () => {
  lock(t.inbox.locked);
  tokenInput.focus();
});
// Leaving the page locks it, so the back-forward cache cannot bring a decrypted inbox back.
window.addEventListener("pagehide", () => lock(""));

async function init(): Promise<void> {
  fields.disabled = false;
  try {
    // Only for showing category and relationship labels in the report; the inbox works without it.
    config = parseConfig(await api<unknown>("reporter", "GET", "/api/config"));
  } catch {
    config = null;
  }
}

void init();
