/**
 * Persons concerned (Art. 22) in the case view. Who they are, why informing them is deferred and a
 * disclosure's details are encrypted here to the case's notes key (crypto/SPEC.md "Persons concerned"),
 * which the reporting person's token never opens; the server keeps only those ciphertexts and the days
 * informed (GDPR Art. 14), deferred and heard. Disclosing their identity beyond the team goes as the
 * reporting person's does (Art. 16): a recorded legal basis and recipient, and a second person's approval
 * where the organisation requires it. Records and texts are signed by their author's signing key and shown
 * as a colleague's only when the signature verifies with that colleague's key in the signed roster.
 */

import type { Roster, SigningKey } from "../../../crypto/index";
import {
  type ConcernedField,
  fromBase64,
  handlerSigningKey,
  isCryptoError,
  openSignedConcernedText,
  openSignedPersonConcerned,
  sealSignedConcernedText,
  sealSignedPersonConcerned,
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

/** The keys a record or text is verified with: colleagues' from the signed roster, and this person's own. */
interface Signing {
  signer: SigningKey;
  keyOf: (author: string) => string | null;
}

function signingOf(ctx: Ctx, roster: Roster | null): Signing {
  const keys = new Map(roster?.people.map((p) => [p.id, p.signingKey]) ?? []);
  // This person's own records verify with their own key, whatever the roster's age.
  const signer = handlerSigningKey(ctx.identity);
  keys.set(ctx.person.id, signer.publicKey);
  return { signer, keyOf: (author) => keys.get(author) ?? null };
}

/** Seals and signs a free text about one person concerned, for one field. */
async function seal(
  key: OpenCase,
  ctx: Ctx,
  signing: Signing,
  caseId: string,
  recordId: string,
  field: ConcernedField,
  text: string,
) {
  return toBase64(
    await sealSignedConcernedText(key.recipient, signing.signer, {
      caseId,
      recordId,
      author: ctx.person.id,
      field,
      text,
    }),
  );
}

/** A free text as shown: its words only when it verifies as written by `author` (or anyone, if null). */
interface Opened {
  text: string;
  author: string | null;
  verified: boolean;
}

/** Opens and verifies a free text; not verified when unsigned, forged or not by `author`. */
async function opened(
  key: OpenCase,
  signing: Signing,
  where: { caseId: string; recordId: string; field: ConcernedField },
  b64: string,
  author: string | null,
): Promise<Opened> {
  try {
    const text = await openSignedConcernedText(key.identity, where, fromBase64(b64), signing.keyOf);
    if (author !== null && text.author !== author)
      return { text: t.concerned.unverified, author: null, verified: false };
    return { text: text.text, author: text.author, verified: true };
  } catch (e) {
    const unverified = isCryptoError(e) && e.code === "bad-signature";
    return {
      text: unverified ? t.concerned.unverified : t.concerned.unreadable,
      author: null,
      verified: false,
    };
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
  const signing = signingOf(ctx, roster);
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
          answer.persons.map((p) => personItem(ctx, c, key as OpenCase, signing, p, answer, nameOf, act)),
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
        await sealSignedPersonConcerned(key.recipient, signing.signer, {
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
  signing: Signing,
  p: PersonRow,
  answer: ConcernedAnswer,
  nameOf: (personId: string) => string,
  act: Act,
): Promise<HTMLElement> {
  const li = h("li", { class: "concerned-person", "data-testid": "case-concerned", "data-person-id": p.id });
  let who: { name: string; role: string } | null = null;
  let failure: string = t.concerned.unverified;
  try {
    const record = await openSignedPersonConcerned(
      key.identity,
      { caseId: c.id, recordId: p.id },
      fromBase64(p.record),
      signing.keyOf,
    );
    // Signed by the colleague the server recorded as adding it, or not a colleague's record at all.
    if (record.author === p.addedBy) who = record;
  } catch (e) {
    if (!(isCryptoError(e) && e.code === "bad-signature")) failure = t.concerned.unreadable;
  }
  li.dataset.verified = String(who !== null);
  // Not verified: never shown as a colleague's words. Its days stay, so the duties they carry can be met.
  if (who === null) {
    append(li, h("p", { class: "error", "data-testid": "case-concerned-unverified" }, failure));
  } else {
    append(
      li,
      h(
        "p",
        {},
        h("strong", { "data-testid": "case-concerned-who" }, who.name),
        who.role ? ` · ${who.role}` : "",
        h("span", { class: "meta" }, ` · ${nameOf(p.addedBy)}`),
      ),
    );
  }
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
    // Any colleague may defer; the reason is theirs when it verifies with their key.
    const reason = p.deferralReason
      ? await opened(
          key,
          signing,
          { caseId: c.id, recordId: p.id, field: "deferral-reason" },
          p.deferralReason,
          null,
        )
      : null;
    fact(
      t.concerned.deferredOn,
      h(
        "span",
        {},
        dayEl(p.informDeferredOn),
        reason
          ? h(
              "span",
              { "data-verified": String(reason.verified) },
              ` · ${t.concerned.reason} ${reason.text}`,
              reason.author ? ` (${nameOf(reason.author)})` : "",
            )
          : "",
      ),
      "case-concerned-deferred",
    );
  }
  if (p.heardOn) fact(t.concerned.heardOn, dayEl(p.heardOn), "case-concerned-heard");
  if (facts.childElementCount > 0) append(li, facts);

  // A day, then what happened on it: informed (GDPR Art. 14) or heard (Art. 22(1)).
  const dayId = `concerned-day-${p.id}`;
  // Never before the day received, which the server refuses: the organisation's day may be ahead of this browser's.
  const defaultDay = [localToday(), c.receivedOn].sort()[1];
  const day = input(dayId, { type: "date", value: defaultDay, "data-testid": "case-concerned-day" });
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
        post("deferral", { reason: await seal(key, ctx, signing, c.id, p.id, "deferral-reason", text) }),
      );
    });
    append(li, h("div", { class: "stack" }, field(reasonId, t.concerned.deferReason, reason), defer));
  }
  append(li, await disclosures(ctx, c, key, signing, p, answer, nameOf, act));
  return li;
}

/** Disclosures of this person's identity: asked, decided by a second person, then recorded as made. */
async function disclosures(
  ctx: Ctx,
  c: CaseView,
  key: OpenCase,
  signing: Signing,
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
        // Both are the requester's words: signed by the colleague the server recorded as asking.
        const where = { caseId: c.id, recordId: p.id };
        const basis = await opened(
          key,
          signing,
          { ...where, field: "disclosure-basis" },
          d.legalBasis,
          d.requestedBy,
        );
        const to = await opened(
          key,
          signing,
          { ...where, field: "disclosure-recipient" },
          d.disclosedTo,
          d.requestedBy,
        );
        const item = h(
          "li",
          {
            "data-testid": "case-concerned-disclosure",
            "data-state": d.state,
            "data-verified": String(basis.verified && to.verified),
          },
          h(
            "p",
            {},
            `${t.concerned.disclosureTo}: ${to.text} · ${t.concerned.disclosureBasis}: ${basis.text}`,
          ),
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
        legalBasis: await seal(key, ctx, signing, c.id, p.id, "disclosure-basis", basis.value.trim()),
        disclosedTo: await seal(key, ctx, signing, c.id, p.id, "disclosure-recipient", to.value.trim()),
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
