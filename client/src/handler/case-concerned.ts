/**
 * Persons concerned (Art. 22) in the case view. Who they are, why informing them is deferred and a
 * disclosure's details are encrypted here to the case's notes key (crypto/SPEC.md "Persons concerned"),
 * which the reporting person's token never opens; the server keeps only those ciphertexts and the days
 * informed (GDPR Art. 14), deferred and heard. Disclosing their identity beyond the team goes as the
 * reporting person's does (Art. 16): a recorded legal basis and recipient, and a second person's approval
 * where the organisation requires it.
 */

import type { Roster } from "../../../crypto/index";
import {
  type ConcernedField,
  fromBase64,
  openConcernedText,
  openPersonConcerned,
  sealConcernedText,
  sealPersonConcerned,
  toBase64,
} from "../../../crypto/index";
import { t } from "../i18n";
import { errorText } from "../lib/api";
import type { OpenCase } from "../lib/case-crypto";
import { dayEl } from "../lib/dates";
import { append, h, say } from "../lib/dom";
import type { CaseView, NotesAnswer } from "../lib/types";
import { makeNotesKey, notesKey } from "./case-notes";
import type { Ctx } from "./context";
import { button, errorLine, field, input, section, statusLine, textarea } from "./ui";

interface PersonRow {
  id: string;
  record: string;
  addedBy: string;
  informedOn: string | null;
  informDeferredOn: string | null;
  deferralReason: string | null;
  heardOn: string | null;
  informBy: { date: string; basis: string } | null;
  informOverdue: boolean;
}

interface DisclosureRow {
  id: string;
  personConcernedId: string;
  requestedBy: string;
  legalBasis: string;
  disclosedTo: string;
  state: string;
  disclosedOn: string | null;
}

interface ConcernedAnswer {
  notesRecipient: string | null;
  approvalRequired: boolean;
  persons: PersonRow[];
  disclosures: DisclosureRow[];
}

const path = (caseId: string, rest = "") =>
  `/api/cases/${encodeURIComponent(caseId)}/persons-concerned${rest}`;

/** A record id the browser chooses, so that it is sealed into the record before the server sees it. */
function newRecordId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => "abcdefghijklmnopqrstuvwxyz234567"[b & 31]).join("");
}

/** Today in this browser, as the date field's default; the server checks it against the case. */
const localToday = (): string => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
};

/** Seals a free text about one person concerned, for one field. */
async function seal(
  key: OpenCase,
  ctx: Ctx,
  caseId: string,
  recordId: string,
  field: ConcernedField,
  text: string,
) {
  return toBase64(
    await sealConcernedText(key.recipient, { caseId, recordId, author: ctx.person.id, field, text }),
  );
}

/** Opens a free text, or null when it does not open as this record's and field's. */
async function opened(key: OpenCase, caseId: string, recordId: string, field: ConcernedField, b64: string) {
  try {
    return (await openConcernedText(key.identity, { caseId, recordId, field }, fromBase64(b64))).text;
  } catch {
    return null;
  }
}

/** The persons concerned section: loads and decrypts after the rest of the case is on screen. */
export function concernedSection(
  ctx: Ctx,
  c: CaseView,
  nameOf: (personId: string) => string,
  roster: Roster | null,
): HTMLElement {
  const list = h("ul", { class: "plain-list concerned", "data-testid": "case-concerned-list" });
  const status = statusLine("case-concerned-status");
  const error = errorLine("case-concerned-error");
  const name = input("case-concerned-name", { maxlength: 200 });
  const role = input("case-concerned-role", { maxlength: 200 });
  const add = button(t.concerned.add, "case-concerned-add");
  add.type = "submit";
  const form = h(
    "form",
    { class: "stack" },
    field("case-concerned-name", t.concerned.name, name),
    field("case-concerned-role", t.concerned.role, role),
    add,
  );
  const box = section(
    "case-concerned-box",
    t.concerned.title,
    h("p", { class: "hint" }, t.concerned.intro),
    list,
    form,
    status,
    error,
  );

  let key: OpenCase | null = null;
  let notes: NotesAnswer | null = null;
  /** Runs one change, then reads everything again and says it was saved. */
  const act = async (work: () => Promise<unknown>, done = t.concerned.saved) => {
    say(error, "");
    try {
      await work();
      await load();
      say(status, done);
    } catch (err) {
      say(error, errorText(err));
    }
  };

  const load = async () => {
    notes = await ctx.call<NotesAnswer>("GET", `/api/cases/${encodeURIComponent(c.id)}/notes`);
    key = await notesKey(ctx, c.id, notes, roster);
    const answer = await ctx.call<ConcernedAnswer>("GET", path(c.id));
    const waiting = answer.notesRecipient !== null && key === null;
    form.hidden = waiting;
    if (waiting)
      return list.replaceChildren(h("li", { "data-testid": "case-concerned-waiting" }, t.concerned.waiting));
    const items = key
      ? await Promise.all(
          answer.persons.map((p) => personItem(ctx, c, key as OpenCase, p, answer, nameOf, act)),
        )
      : [];
    list.replaceChildren(...items);
    if (items.length === 0) append(list, h("li", { class: "meta" }, t.concerned.none));
  };

  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const who = name.value.trim();
    if (!who || !notes) return;
    add.disabled = true;
    void act(async () => {
      key ??= await makeNotesKey(ctx, c.id, notes as NotesAnswer, roster);
      const recordId = newRecordId();
      const record = toBase64(
        await sealPersonConcerned(key.recipient, {
          caseId: c.id,
          recordId,
          author: ctx.person.id,
          name: who,
          role: role.value.trim(),
        }),
      );
      await ctx.call("POST", path(c.id), { id: recordId, record });
      name.value = "";
      role.value = "";
    }, t.concerned.added).finally(() => {
      add.disabled = false;
    });
  });
  void load().catch((err) => say(error, errorText(err)));
  return box;
}

type Act = (work: () => Promise<unknown>, done?: string) => Promise<void>;

/** One person concerned: who, their days, and the forms that record the next ones. */
async function personItem(
  ctx: Ctx,
  c: CaseView,
  key: OpenCase,
  p: PersonRow,
  answer: ConcernedAnswer,
  nameOf: (personId: string) => string,
  act: Act,
): Promise<HTMLElement> {
  const li = h("li", { class: "concerned-person", "data-testid": "case-concerned", "data-person-id": p.id });
  let who: { name: string; role: string };
  try {
    const record = await openPersonConcerned(
      key.identity,
      { caseId: c.id, recordId: p.id },
      fromBase64(p.record),
    );
    // The author inside the ciphertext must be the one the server recorded.
    if (record.author !== p.addedBy) throw new Error("author mismatch");
    who = record;
  } catch {
    append(li, h("p", { class: "error" }, t.concerned.unreadable));
    return li;
  }
  append(
    li,
    h(
      "p",
      {},
      h("strong", { "data-testid": "case-concerned-who" }, who.name),
      who.role ? ` · ${who.role}` : "",
    ),
  );
  const facts = h("dl", { class: "dates" });
  const fact = (label: string, value: Node | string, testid: string) =>
    append(facts, h("dt", {}, label), h("dd", { "data-testid": testid }, value));
  if (p.informedOn) fact(t.concerned.informedOn, dayEl(p.informedOn), "case-concerned-informed");
  else
    append(
      li,
      h("p", { class: "meta", "data-testid": "case-concerned-not-informed" }, t.concerned.notInformed),
    );
  if (p.informBy) {
    const by = h("span", { title: p.informBy.basis }, dayEl(p.informBy.date));
    if (p.informOverdue) append(by, " ", h("span", { class: "badge overdue" }, t.handler.badgeOverdue));
    fact(t.concerned.informBy, by, "case-concerned-inform-by");
  }
  if (p.informDeferredOn) {
    const reason = p.deferralReason
      ? await opened(key, c.id, p.id, "deferral-reason", p.deferralReason)
      : null;
    fact(
      t.concerned.deferredOn,
      h("span", {}, dayEl(p.informDeferredOn), reason !== null ? ` · ${t.concerned.reason} ${reason}` : ""),
      "case-concerned-deferred",
    );
  }
  if (p.heardOn) fact(t.concerned.heardOn, dayEl(p.heardOn), "case-concerned-heard");
  if (facts.childElementCount > 0) append(li, facts);

  // A day, then what happened on it: informed (GDPR Art. 14) or heard (Art. 22(1)).
  const dayId = `concerned-day-${p.id}`;
  const day = input(dayId, { type: "date", value: localToday(), "data-testid": "case-concerned-day" });
  const informed = button(t.concerned.recordInformed, "case-concerned-informed-button");
  const heard = button(t.concerned.recordHeard, "case-concerned-heard-button");
  const post = (verb: string, body: unknown) => ctx.call("POST", path(c.id, `/${p.id}/${verb}`), body);
  informed.addEventListener("click", () => void act(() => post("informed", { on: day.value })));
  heard.addEventListener("click", () => void act(() => post("heard", { on: day.value })));
  append(li, h("div", { class: "inline-form" }, field(dayId, t.concerned.day, day), informed, heard));

  if (!p.informedOn) {
    const reasonId = `concerned-reason-${p.id}`;
    const reason = textarea(reasonId, {
      rows: 2,
      maxlength: 5000,
      "data-testid": "case-concerned-defer-reason",
    });
    const defer = button(t.concerned.defer, "case-concerned-defer");
    defer.addEventListener("click", () => {
      const text = reason.value.trim();
      if (!text) return;
      void act(async () =>
        post("deferral", { reason: await seal(key, ctx, c.id, p.id, "deferral-reason", text) }),
      );
    });
    append(li, h("div", { class: "stack" }, field(reasonId, t.concerned.deferReason, reason), defer));
  }
  append(li, await disclosures(ctx, c, key, p, answer, nameOf, act));
  return li;
}

/** Disclosures of this person's identity: asked, decided by a second person, then recorded as made. */
async function disclosures(
  ctx: Ctx,
  c: CaseView,
  key: OpenCase,
  p: PersonRow,
  answer: ConcernedAnswer,
  nameOf: (personId: string) => string,
  act: Act,
): Promise<HTMLElement> {
  const base = `/${p.id}/disclosures`;
  const items = await Promise.all(
    answer.disclosures
      .filter((d) => d.personConcernedId === p.id)
      .map(async (d) => {
        const basis =
          (await opened(key, c.id, p.id, "disclosure-basis", d.legalBasis)) ?? t.concerned.unreadable;
        const to =
          (await opened(key, c.id, p.id, "disclosure-recipient", d.disclosedTo)) ?? t.concerned.unreadable;
        const item = h(
          "li",
          { "data-testid": "case-concerned-disclosure", "data-state": d.state },
          h("p", {}, `${t.concerned.disclosureTo}: ${to} · ${t.concerned.disclosureBasis}: ${basis}`),
          h("p", { class: "meta" }, `${t.concerned.states[d.state] ?? d.state} · ${nameOf(d.requestedBy)}`),
        );
        if (d.disclosedOn)
          append(item, h("p", { class: "meta" }, `${t.concerned.disclosedOn} `, dayEl(d.disclosedOn)));
        const decide = (approve: boolean) =>
          act(() => ctx.call("POST", path(c.id, `${base}/${d.id}/decision`), { approve }));
        if (d.state === "pending" && d.requestedBy !== ctx.person.id) {
          const yes = button(t.concerned.approve, "case-concerned-approve");
          const no = button(t.concerned.refuse, "case-concerned-refuse");
          yes.addEventListener("click", () => void decide(true));
          no.addEventListener("click", () => void decide(false));
          append(item, h("div", { class: "inline-form" }, yes, no));
        }
        if (d.state === "approved" && d.requestedBy === ctx.person.id && !d.disclosedOn) {
          const made = button(t.concerned.recordMade, "case-concerned-made");
          made.addEventListener(
            "click",
            () => void act(() => ctx.call("POST", path(c.id, `${base}/${d.id}/made`))),
          );
          append(item, made);
        }
        return item;
      }),
  );
  const basisId = `concerned-basis-${p.id}`;
  const toId = `concerned-to-${p.id}`;
  const basis = input(basisId, { maxlength: 2000, "data-testid": "case-concerned-basis" });
  const to = input(toId, { maxlength: 2000, "data-testid": "case-concerned-to" });
  const ask = button(t.concerned.askDisclosure, "case-concerned-ask");
  ask.addEventListener("click", () => {
    if (!basis.value.trim() || !to.value.trim()) return;
    void act(async () =>
      ctx.call("POST", path(c.id, base), {
        legalBasis: await seal(key, ctx, c.id, p.id, "disclosure-basis", basis.value.trim()),
        disclosedTo: await seal(key, ctx, c.id, p.id, "disclosure-recipient", to.value.trim()),
      }),
    );
  });
  return h(
    "details",
    // Open while there are disclosures to read or decide on; folded away otherwise.
    { class: "concerned-disclosure", open: items.length > 0 },
    h("summary", {}, t.concerned.disclosureTitle),
    answer.approvalRequired ? h("p", { class: "hint" }, t.concerned.approvalNote) : null,
    h("ul", { class: "plain-list" }, ...items),
    field(basisId, t.concerned.disclosureBasis, basis),
    field(toId, t.concerned.disclosureTo, to),
    ask,
  );
}
