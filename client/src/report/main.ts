/** The report page: loads the form's options, encrypts and sends the report, then shows the case token. */
import { isCryptoError, type Roster, rosterRecipients } from "../../../crypto/index";
import { loadReporterCatalog, t } from "../i18n";
import { ApiError, api, warmPow } from "../lib/api";
import { type Config, parseConfig } from "../lib/config";
import { append, byId, h, say } from "../lib/dom";
import { leaveQuickly } from "../lib/leave";
import type { IdentityObject, Person, Recipients, ReportObject, ReportReceipt } from "../lib/types";
import { NOT_SURE, pickerGroups } from "./categories";
import { checkRoster, type Unverified } from "./roster";
import { prepareSubmission, type ReportInput, SubmissionError } from "./submit";

const form = byId("report-form", HTMLFormElement);
const fields = byId("report-fields", HTMLFieldSetElement);
const status = byId("report-status", HTMLParagraphElement);
const errorBox = byId("report-error", HTMLParagraphElement);
const channelField = byId("channel-field", HTMLDivElement);
const channel = byId("channel", HTMLSelectElement);
const category = byId("category", HTMLSelectElement);
const what = byId("what", HTMLTextAreaElement);
const whenWhere = byId("when-where", HTMLTextAreaElement);
const who = byId("who", HTMLTextAreaElement);
const relationship = byId("relationship", HTMLSelectElement);
const identityName = byId("identity-name", HTMLInputElement);
const identityContact = byId("identity-contact", HTMLInputElement);
const identityNote = byId("identity-note", HTMLTextAreaElement);
const noCustodians = byId("identity-no-custodians", HTMLParagraphElement);
const coi = byId("coi", HTMLFieldSetElement);
const coiList = byId("coi-list", HTMLDivElement);

let config: Config | null = null;
let roster: Roster | null = null;
let busy = false;

/** Thrown when the signed roster does not verify: the page refuses, it never falls back. */
class RosterRefused extends Error {
  constructor(readonly reason: Unverified) {
    super(reason);
  }
}

/** Who may read a report on `id`: the verified roster's people, never the server's own list. */
function recipientsOf(id: string): Recipients {
  if (!roster) throw new RosterRefused("invalid");
  return rosterRecipients(roster, id);
}

function placeAfterStatus(node: Node): void {
  status.parentNode?.insertBefore(node, status.nextSibling);
}

/** Says in plain words why nothing will be sent, and where else to report. */
function refuse(reason: Unverified): void {
  fields.disabled = true;
  const links = (config?.external ?? []).map((b) =>
    h(
      "li",
      {},
      h("a", { href: b.url, rel: "noreferrer noopener", target: "_blank" }, b.name),
      ` (${b.where})`,
    ),
  );
  document.querySelector("[data-testid=report-unverified]")?.remove();
  placeAfterStatus(
    h(
      "div",
      { class: "box error", role: "alert", "data-testid": "report-unverified", "data-reason": reason },
      h("p", {}, t.roster.unverified),
      h("p", {}, t.roster.unverifiedWhy[reason]),
      h("p", {}, t.roster.unverifiedExternal, " ", h("a", { href: "/notice" }, t.landing.externalNotice)),
      links.length ? h("ul", { class: "external" }, ...links) : null,
    ),
  );
}

/** True while the form holds anything the person typed or chose: leaving would lose it. */
function holdsDraft(): boolean {
  if (
    category.value ||
    relationship.value ||
    filesInput.files?.length ||
    voiceItems.length ||
    questions?.touched()
  )
    return true;
  return [what, whenWhere, who, identityName, identityContact, identityNote].some(
    (f) => f.value.trim() !== "",
  );
}

function warnDraft(e: BeforeUnloadEvent): void {
  if (!holdsDraft()) return;
  e.preventDefault();
  // Older browsers need returnValue set to show the prompt.
  e.returnValue = t.report.draftWarning;
}

// Evidence (client/src/evidence/) loads only once someone picks a file: the report page stays light.
const filesInput = byId("report-files", HTMLInputElement);
const filesList = byId("files-list", HTMLUListElement);
let evidence: Promise<typeof import("../evidence/file-list")> | null = null;
let fileProblems: string[] = [];
let chosenFiles: import("../evidence/file-list").Prepared[] = [];
let preparing: Promise<void> = Promise.resolve();
const loadEvidence = () => {
  evidence ??= import("../evidence/file-list");
  return evidence;
};
filesInput.addEventListener("change", () => {
  preparing = (async () => {
    const m = await loadEvidence();
    const shown = await m.showChosen(filesList, [...(filesInput.files ?? [])]).catch(() => null);
    fileProblems = shown ? shown.problems : [t.report.failedClosed];
    chosenFiles = shown?.items ?? [];
    say(errorBox, fileProblems.join(" "));
  })();
});

// The voice recorder (client/src/evidence/recorder.ts) loads only when opened; a disguised recording
// waits in the list and goes after the report, like a file.
const voiceButton = byId("report-voice", HTMLButtonElement);
const voiceItems: import("../evidence/file-list").Prepared[] = [];
voiceButton.addEventListener("click", async () => {
  voiceButton.disabled = true;
  (await import("../evidence/recorder")).mountInForm(voiceButton, voiceItems);
});
// The token page's code loads with the first submission, not with the form, and before anything is sent:
// a page that cannot load it sends nothing.
let tokenPage: Promise<typeof import("./token")> | null = null;
const loadTokenPage = () => {
  tokenPage ??= import("./token").catch((e: unknown) => {
    tokenPage = null;
    throw e;
  });
  return tokenPage;
};

// A channel's questions load only when it has some: the report page stays light without them.
let questions: import("./questions").QuestionFields | null = null;
const questionsBox = h("div", { "data-testid": "report-questions-box" });
const whoField = who.closest(".field");
whoField?.parentNode?.insertBefore(questionsBox, whoField.nextSibling);
let questionsFor = "";

async function loadQuestions(): Promise<void> {
  const id = channelId();
  questionsFor = id;
  const ch = config?.channels.find((c) => c.id === id);
  if (!ch || ch.questions.questions.length === 0) {
    questions = null;
    questionsBox.replaceChildren();
    return;
  }
  const m = await import("./questions");
  if (questionsFor !== id) return;
  questions = m.questionFields(ch.name, ch.questions);
  questionsBox.replaceChildren(questions.el);
}

function channelId(): string {
  const channels = config?.channels ?? [];
  return channels.length > 1 ? channel.value : (channels[0]?.id ?? "default");
}

function fillOptions(c: Config): void {
  byId("org-name", HTMLSpanElement).textContent = c.organisation.name;
  const groups = pickerGroups(c.categories, c.countries);
  for (const g of groups) {
    const group = h("optgroup", { label: g.label });
    for (const o of g.options)
      append(group, h("option", { value: o.id, title: o.hint || undefined }, o.label));
    append(category, group);
  }
  // The hint of the chosen option, in plain words; before any choice, where to go when unsure.
  const categoryHint = h("p", { class: "hint", id: "category-hint", "aria-live": "polite" });
  category.parentNode?.insertBefore(categoryHint, category);
  category.setAttribute("aria-describedby", "category-hint");
  const showHint = (): void => {
    const chosen = groups.flatMap((g) => g.options).find((o) => o.id === category.value);
    categoryHint.textContent = chosen ? chosen.hint : t.report.categoryNotSureHint;
  };
  showHint();
  category.addEventListener("change", showHint);
  const notSure = h(
    "button",
    { type: "button", class: "link", "data-testid": "report-not-sure" },
    t.report.notSureButton,
  );
  notSure.addEventListener("click", () => {
    category.value = NOT_SURE;
    showHint();
    category.focus();
  });
  categoryHint.parentNode?.insertBefore(notSure, category);
  for (const r of c.relationships) append(relationship, h("option", { value: r.id }, r.label));
  if (c.channels.length > 1) {
    for (const ch of c.channels) append(channel, h("option", { value: ch.id }, ch.name));
    channelField.hidden = false;
  }
}

/** Shows who could read the report (for the conflict-of-interest choice) and whether custodians exist. */
async function loadRecipients(): Promise<void> {
  coiList.replaceChildren();
  coi.hidden = true;
  let r: Recipients;
  try {
    r = recipientsOf(channelId());
  } catch {
    return;
  }
  noCustodians.hidden = r.custodians.length > 0;
  const people = new Map<string, Person>();
  for (const p of [...r.handlers, ...r.custodians]) people.set(p.id, p);
  // With a single person there is nobody left to exclude to: the choice would only block the report.
  if (people.size < 2) return;
  for (const p of people.values()) {
    const id = `coi-${p.id}`;
    append(
      coiList,
      h(
        "div",
        {},
        h("input", {
          type: "checkbox",
          id,
          value: p.id,
          "data-testid": "report-coi-option",
          "data-person-id": p.id,
        }),
        h("label", { for: id }, p.displayName),
      ),
    );
  }
  coi.hidden = false;
}

function readInput(): ReportInput {
  const report: ReportObject = {
    v: 1,
    category: category.value,
    whatHappened: what.value.trim(),
    whenWhere: whenWhere.value.trim(),
    whoInvolved: who.value.trim(),
    relationship: relationship.value || null,
    attachments: [],
  };
  // Answers go inside the report, so they are encrypted with it and travel nowhere else.
  const answers = questions?.read();
  if (answers) report.answers = answers;
  const id: IdentityObject = {
    v: 1,
    name: identityName.value.trim(),
    contact: identityContact.value.trim(),
    note: identityNote.value.trim(),
  };
  const named = id.name !== "" || id.contact !== "" || id.note !== "";
  const excludedPersonIds = [
    ...coiList.querySelectorAll<HTMLInputElement>("input[type=checkbox]:checked"),
  ].map((c) => c.value);
  return { channelId: channelId(), report, identity: named ? id : null, excludedPersonIds };
}

function explain(e: unknown): string {
  if (e instanceof SubmissionError) {
    return {
      "no-handlers": t.report.noHandlers,
      "all-excluded": t.report.allExcluded,
      "no-custodians": t.report.identityNoCustodians,
    }[e.code];
  }
  if (isCryptoError(e, "bad-recipient")) return t.errors.badRecipient;
  if (e instanceof ApiError) return `${t.report.sendFailed} ${e.message}`;
  return t.report.failedClosed;
}

/** Encrypts and sends; a changed set of recipients (409) is fetched again and everything re-encrypted once. */
async function submit(
  input: ReportInput,
): Promise<{ token: string; receipt: ReportReceipt; target: { loginKey: string; caseRecipient: string } }> {
  void loadTokenPage().catch(() => undefined);
  for (let attempt = 0; ; attempt++) {
    say(status, t.report.encrypting);
    if (attempt > 0) {
      const check = await checkRoster(location.hash);
      if (!check.ok) throw new RosterRefused(check.reason);
      roster = check.roster;
    }
    const { token, body } = await prepareSubmission(input, recipientsOf(input.channelId), roster!.channelKey);
    await loadTokenPage();
    say(status, t.report.sending);
    try {
      const receipt = await api<ReportReceipt>("reporter", "POST", "/api/reports", body, { pow: "report" });
      return { token, receipt, target: { loginKey: body.loginKey, caseRecipient: body.caseRecipient } };
    } catch (e) {
      const retry = e instanceof ApiError && (e.code === "recipients_changed" || e.code === "token_in_use");
      if (!retry || attempt > 0) throw e;
    }
  }
}

form.addEventListener("submit", async (ev) => {
  ev.preventDefault();
  if (busy) return;
  say(errorBox, "");
  const input = readInput();
  if (!input.report.category) return say(errorBox, t.report.missingCategory);
  if (!input.report.whatHappened) return say(errorBox, t.report.missingWhat);
  await preparing;
  if (busy) return;
  if (fileProblems.length) return say(errorBox, fileProblems.join(" "));
  const files = [...chosenFiles, ...voiceItems];
  busy = true;
  fields.disabled = true;
  try {
    const { token, receipt, target } = await submit(input);
    say(status, "");
    form.reset();
    window.removeEventListener("beforeunload", warnDraft);
    filesList.replaceChildren();
    chosenFiles = [];
    voiceItems.length = 0;
    byId("voice-list", HTMLUListElement).replaceChildren();
    (await loadTokenPage()).showToken(token, receipt, config);
    if (files.length) {
      const m = await loadEvidence();
      void m.sendFiles(byId("files-progress", HTMLDivElement), files, target);
    }
  } catch (e) {
    say(status, "");
    if (e instanceof RosterRefused) return refuse(e.reason);
    say(errorBox, explain(e));
    fields.disabled = false;
    errorBox.focus();
  } finally {
    busy = false;
  }
});

channel.addEventListener("change", () => {
  void loadRecipients();
  void loadQuestions().catch(() => undefined);
});
// The proof of work is solved in the background while the person writes, so sending rarely waits.
for (const type of ["focusin", "input"]) form.addEventListener(type, () => warmPow("report"));
window.addEventListener("beforeunload", warnDraft);

/** The authorities and EU bodies, as plain links straight to them (no redirect, no referrer). */
function showExternal(c: Config): void {
  const list = document.getElementById("external-list");
  if (!list || c.external.length === 0) return;
  list.replaceChildren(
    ...c.external.map((b) =>
      h(
        "li",
        {},
        h("a", { href: b.url, rel: "noreferrer noopener", target: "_blank" }, b.name),
        ` (${b.where})`,
      ),
    ),
  );
  list.hidden = false;
}

async function init(): Promise<void> {
  leaveQuickly();
  await loadReporterCatalog();
  say(status, t.report.loadingConfig);
  try {
    config = parseConfig(await api<unknown>("reporter", "GET", "/api/config"));
  } catch {
    say(status, t.report.configFailed);
    return;
  }
  fillOptions(config);
  showExternal(config);
  let check: Awaited<ReturnType<typeof checkRoster>>;
  try {
    check = await checkRoster(location.hash);
  } catch {
    say(status, t.report.configFailed);
    return;
  }
  if (!check.ok) {
    say(status, "");
    return refuse(check.reason);
  }
  roster = check.roster;
  placeAfterStatus(
    h(
      "p",
      { class: "hint", "data-testid": "report-fingerprint" },
      check.pinned
        ? t.roster.fingerprintPinned(check.fingerprint)
        : t.roster.fingerprintCompare(check.fingerprint),
    ),
  );
  await loadRecipients();
  await loadQuestions().catch(() => undefined);
  if (status.textContent === t.report.loadingConfig) say(status, "");
  fields.disabled = false;
}

void init();
