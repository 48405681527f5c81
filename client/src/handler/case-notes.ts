/**
 * Internal notes and "who is on it" in the case view. Notes are signed by their author and encrypted
 * here to the case's notes key (crypto/SPEC.md "Internal notes"), a key apart from the case key the
 * reporting person's token opens. The first note's author makes that key and wraps it to every holder
 * of the case; afterwards, whoever holds it wraps it to holders who came later, when they open the case.
 * Copies go only to keys of the signed roster, and a note shows as a colleague's only when its
 * signature verifies with that colleague's key in the roster.
 */
import {
  fromBase64,
  handlerSigningKey,
  isCryptoError,
  newCaseIdentity,
  openSignedNote,
  type Roster,
  recipientOf,
  sealSignedNote,
  toBase64,
  wrapIdentityTo,
} from "../../../crypto/index";
import { t } from "../i18n";
import { ApiError, errorText } from "../lib/api";
import { type OpenCase, openCaseKey } from "../lib/case-crypto";
import { formatInstant } from "../lib/dates";
import { append, h, say } from "../lib/dom";
import type { CaseView, Holder, NotesAnswer } from "../lib/types";
import type { Ctx } from "./context";
import { button, errorLine, field, section, textarea } from "./ui";

const path = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}`;

/**
 * Wraps the notes identity to the people the server says lack a copy, but only to those the signed
 * roster lists and only to the roster's key for them, whatever key the server names: a key of the
 * server's own gets nothing. This person's own copy goes to the key of their own identity.
 */
async function copiesFor(ctx: Ctx, identity: string, people: NotesAnswer["missing"], roster: Roster | null) {
  const listed = new Map(roster?.people.map((p) => [p.id, p.recipient]) ?? []);
  const own = await recipientOf(ctx.identity);
  const to = people.flatMap((p) => {
    const recipient = p.personId === ctx.person.id ? own : listed.get(p.personId);
    return recipient ? [{ personId: p.personId, recipient }] : [];
  });
  return Promise.all(
    to.map(async (p) => ({
      personId: p.personId,
      wrapped: toBase64(await wrapIdentityTo(p.recipient, identity)),
    })),
  );
}

/** Opens our copy of the notes key, or makes the key when the case has none; null when we must wait. */
export async function notesKey(
  ctx: Ctx,
  caseId: string,
  answer: NotesAnswer,
  roster: Roster | null,
): Promise<OpenCase | null> {
  if (answer.myKey && answer.recipient) {
    const key = await openCaseKey(ctx.identity, answer.myKey, answer.recipient);
    // Colleagues granted the case since the key was made get their copy now (if the roster lists them).
    const keys = answer.missing.length > 0 ? await copiesFor(ctx, key.identity, answer.missing, roster) : [];
    if (keys.length > 0)
      await ctx.call("POST", `${path(caseId)}/notes-key/copies`, { keys }).catch(() => undefined);
    return key;
  }
  return null;
}

/** Makes the case's notes key for every holder the roster lists (this person included) before the first note. */
export async function makeNotesKey(
  ctx: Ctx,
  caseId: string,
  answer: NotesAnswer,
  roster: Roster | null,
): Promise<OpenCase> {
  const made = await newCaseIdentity();
  await ctx.call("PUT", `${path(caseId)}/notes-key`, {
    recipient: made.recipient,
    keys: await copiesFor(ctx, made.identity, answer.missing, roster),
  });
  return { identity: made.identity, recipient: made.recipient };
}

/**
 * The notes section: loads and decrypts after the rest of the case is on screen. `roster` is the signed
 * roster this browser verified (null if none): the only source of colleagues' keys, for wrapping and
 * for checking signatures.
 */
export function notesSection(
  ctx: Ctx,
  c: CaseView,
  nameOf: (personId: string) => string,
  roster: Roster | null,
): HTMLElement {
  const list = h("ol", { class: "plain-list notes", "data-testid": "case-notes" });
  const status = h("p", { role: "status", "aria-live": "polite", "data-testid": "case-note-status" });
  const error = errorLine("case-note-error");
  const text = textarea("case-note-text", { rows: 3, maxlength: 20000 });
  const add = button(t.notes.add, "case-note-add");
  add.type = "submit";
  const form = h("form", { class: "stack" }, field("case-note-text", t.notes.label, text), add);
  const box = section(
    "case-notes-box",
    t.notes.title,
    h("p", { class: "hint" }, t.notes.intro),
    list,
    form,
    status,
    error,
  );

  let key: OpenCase | null = null;
  let answer: NotesAnswer | null = null;
  const signingKeys = new Map(roster?.people.map((p) => [p.id, p.signingKey]) ?? []);
  // This person's own notes verify with their own key, whatever the roster's age.
  const signer = handlerSigningKey(ctx.identity);
  signingKeys.set(ctx.person.id, signer.publicKey);
  const load = async () => {
    answer = await ctx.call<NotesAnswer>("GET", `${path(c.id)}/notes`);
    key = await notesKey(ctx, c.id, answer, roster);
    const waiting = answer.recipient !== null && key === null;
    form.hidden = waiting;
    const items = key
      ? await Promise.all(answer.notes.map((n) => noteItem(key as OpenCase, c.id, n, nameOf, signingKeys)))
      : [];
    list.replaceChildren(...items);
    if (waiting) append(list, h("li", { "data-testid": "case-notes-waiting" }, t.notes.waiting));
    else if (items.length === 0) append(list, h("li", { class: "meta" }, t.notes.none));
  };
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const value = text.value.trim();
    if (!value || !answer) return;
    say(error, "");
    add.disabled = true;
    void (async () => {
      try {
        key ??= await makeNotesKey(ctx, c.id, answer as NotesAnswer, roster);
        const note = toBase64(
          await sealSignedNote(key.recipient, signer, { caseId: c.id, author: ctx.person.id, text: value }),
        );
        await ctx.call("POST", `${path(c.id)}/notes`, { note });
        text.value = "";
        await load();
        say(status, t.notes.added);
      } catch (err) {
        // A colleague made the key first: read theirs, and the note stays in the box to send again.
        if (err instanceof ApiError && err.code === "notes_key_exists") await load().catch(() => undefined);
        say(error, errorText(err));
      } finally {
        add.disabled = false;
      }
    })();
  });
  void load().catch((err) => say(error, errorText(err)));
  return box;
}

async function noteItem(
  key: OpenCase,
  caseId: string,
  n: NotesAnswer["notes"][number],
  nameOf: (personId: string) => string,
  signingKeys: ReadonlyMap<string, string>,
): Promise<HTMLElement> {
  const by = h("p", { class: "meta" }, t.notes.by(nameOf(n.personId), formatInstant(n.at)));
  const failed = (why: string) =>
    h("li", { "data-testid": "case-note", "data-verified": "false", class: "error" }, by, h("p", {}, why));
  try {
    const note = await openSignedNote(
      key.identity,
      caseId,
      fromBase64(n.ciphertext),
      (author) => signingKeys.get(author) ?? null,
    );
    // The signed author must be the one the server recorded.
    if (note.author !== n.personId) return failed(t.notes.unverified);
    return h(
      "li",
      { "data-testid": "case-note", "data-verified": "true" },
      by,
      h("p", { class: "note-text" }, note.text),
    );
  } catch (e) {
    // Opened but not signed by the colleague it names (or unsigned): never shown as theirs.
    return failed(isCryptoError(e) && e.code === "bad-signature" ? t.notes.unverified : t.notes.unreadable);
  }
}

/** "Who is on it": any holder of the case, or nobody. */
export function assigneeForm(ctx: Ctx, c: CaseView, holders: Holder[], onDone: (notice: string) => void) {
  const select = h(
    "select",
    { id: "case-assignee", "data-testid": "case-assignee" },
    h("option", { value: "" }, t.notes.nobody),
    ...holders
      .filter((p) => p.kinds.includes("case"))
      .map((p) => h("option", { value: p.id, selected: p.id === c.assigneeId }, p.displayName)),
  );
  const save = button(t.notes.assign, "case-assign");
  save.type = "submit";
  const error = errorLine("case-assign-error");
  const form = h(
    "form",
    { class: "inline-form" },
    field("case-assignee", t.notes.assignee, select),
    save,
    error,
  );
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const personId = select.value || null;
    save.disabled = true;
    ctx
      .call("PUT", `${path(c.id)}/assignee`, { personId })
      .then(() => {
        const name = holders.find((p) => p.id === personId)?.displayName;
        onDone(name ? t.notes.assigned(name) : t.notes.unassigned);
      })
      .catch((err) => {
        say(error, errorText(err));
        save.disabled = false;
      });
  });
  return form;
}
