/**
 * Shapes of the API answers the pages read, inferred from the server's routes (`hc<AppType>`), never
 * written twice. Type-only: nothing of the server or of hono/client reaches a bundle. Decrypted payloads
 * (below) are the browser's own and are checked, not trusted.
 */
import type { ClientResponse, hc } from "hono/client";
import type { AppType } from "../../../server/app";

/** The typed client of the whole API, as a type only. */
export type Api = ReturnType<typeof hc<AppType>>;
/** The JSON a route answers with `status` (success statuses only). */
type Answer<F, S extends number = 200 | 201> = F extends (
  ...args: never[]
) => Promise<ClientResponse<infer O, infer St, "json">>
  ? St extends S
    ? O
    : never
  : never;

export type Recipients = Answer<Api["api"]["channels"][":channelId"]["recipients"]["$get"]>;
export type Person = Recipients["handlers"][number];
export type ReportReceipt = Answer<Api["api"]["reports"]["$post"]>;
export type InboxAnswer = Answer<Api["api"]["inbox"]["$post"]>;
type CaseEntry = CaseView["entries"][number];
/** A thread entry; `at` (the time) only in the handlers' view, the reporting person gets the day. */
export type Entry = Omit<CaseEntry, "at" | "threadSeq"> & {
  at?: CaseEntry["at"];
  /** Place in the signed thread; null for entries outside it (handlers' view; the inbox gets only the thread). */
  threadSeq?: CaseEntry["threadSeq"];
};
export type EntryKind = Entry["kind"];
export type Status = InboxAnswer["status"];
export type Deadlines = InboxAnswer["deadlines"];
export type Deadline = NonNullable<Deadlines["acknowledgeBy"]>;
export type TriagePage = Answer<Api["api"]["cases"]["$get"]>;
export type TriageRow = TriagePage["cases"][number];
export type CaseView = Answer<Api["api"]["cases"][":id"]["$get"]>;
export type Me = Answer<Api["api"]["me"]["$get"]>;
export type KdfAnswer = Answer<Api["api"]["session"]["params"]["$post"]>;
export type SessionAnswer = Answer<Api["api"]["session"]["$post"]>;
export type RecoveryAnswer = Answer<Api["api"]["session"]["recover"]["$post"]>;
export type EnrolmentAnswer = Answer<Api["api"]["enrolment"]["$post"]>;
export type NewEnrolmentLink = Answer<Api["api"]["admin"]["enrolments"]["$post"]>;
/** A change that may wait for a second admin (202, with `pending`) or apply at once (200). */
type Changed<F> = Answer<F, 200 | 202>;
export type RolesChanged = Changed<Api["api"]["admin"]["persons"][":id"]["roles"]["$put"]>;
export type MembersChanged = Changed<Api["api"]["admin"]["channels"][":id"]["members"]["$put"]>;
export type SettingsSaved = Changed<Api["api"]["admin"]["settings"]["$put"]>;
export type ChannelQuestions = Answer<Api["api"]["admin"]["channels"][":id"]["questions"]["$get"]>;
export type Overview = Answer<Api["api"]["overview"]["$get"]>;
export type SettingsView = Answer<Api["api"]["admin"]["settings"]["$get"]>;
export type BackupView = Answer<Api["api"]["admin"]["backup"]["$get"]>;
export type AdminPerson = Answer<Api["api"]["admin"]["persons"]["$get"]>["persons"][number];
export type Channel = Answer<Api["api"]["admin"]["channels"]["$get"]>["channels"][number];
export type PendingChange = Answer<Api["api"]["admin"]["pending"]["$get"]>["pending"][number];
export type ChannelRulesView = Answer<Api["api"]["admin"]["channel-rules"]["$get"]>;
export type AuditAnswer = Answer<Api["api"]["audit"]["$get"]>;
export type AuditRow = AuditAnswer["entries"][number];
export type NoticeView = Answer<Api["api"]["admin"]["notice"]["$get"]>;
export type ProfileView = Answer<Api["api"]["admin"]["profile"]["$get"]>;
export type Profile = ProfileView["profile"];
export type TrustAnswer = Answer<Api["api"]["trust"]["$get"]>;
export type SignedRoster = NonNullable<TrustAnswer["roster"]>;
export type Checkpoints = Answer<Api["api"]["trust"]["checkpoints"]["$get"]>;
export type IdentityRequests = Answer<Api["api"]["cases"][":id"]["identity-requests"]["$get"]>;
export type IdentityRequest = IdentityRequests["requests"][number];
export type IdentityRequested = Answer<Api["api"]["cases"][":id"]["identity-requests"]["$post"]>;
export type IdentitySection = Answer<Api["api"]["cases"][":id"]["identity"]["$get"]>;
export type IdentityDecision = Answer<
  Api["api"]["cases"][":id"]["identity-requests"][":rid"]["decision"]["$post"]
>;
export type NotesAnswer = Answer<Api["api"]["cases"][":id"]["notes"]["$get"]>;
export type StaffNotice = Answer<Api["api"]["me"]["notices"]["$get"]>["notices"][number];
export type Access = Answer<Api["api"]["cases"][":id"]["access"]["$get"]>;
export type Holder = Access["holders"][number];
export type Grantable = Access["grantable"][number];
export type AttachmentLimits = Answer<Api["api"]["attachments"]["limits"]["$get"]>;
export type UploadStarted = Answer<Api["api"]["attachments"]["$post"]>;
export type UploadProgress = Answer<Api["api"]["attachments"][":id"]["$get"]>;
export type InboxFiles = Answer<Api["api"]["attachments"]["$get"]>;
export type CaseFiles = Answer<Api["api"]["cases"][":id"]["attachments"]["$get"]>;
export type PageKeys = Answer<Api["api"]["cases"]["summaries"]["$get"]>;
/** One case of the visible page: the handler's wrapped case key and the encrypted summary. */
export type PageKey = PageKeys["summaries"][number];

/** The report as the reporting person's browser encrypts it. */
export interface ReportObject {
  v: 1;
  category: string;
  whatHappened: string;
  whenWhere: string;
  whoInvolved: string;
  relationship: string | null;
  attachments: unknown[];
  /** Answers to the channel's questions, with the version and the question texts the person saw. */
  answers?: Answers;
}

/** The answered questions of a report: the texts travel with the answers, inside the ciphertext. */
export interface Answers {
  version: number;
  items: { id: string; type: string; question: string; answer: string | string[] }[];
}

/** The optional identity section, encrypted to its own custodians-only key. */
export interface IdentityObject {
  v: 1;
  name: string;
  contact: string;
  note: string;
}

/** Every message in a thread. */
export interface MessageObject {
  v: 1;
  text: string;
}

const isStr = (x: unknown): x is string => typeof x === "string";

/** Checks a decrypted report; unknown versions are refused, not guessed. */
export function asReport(x: unknown): ReportObject | null {
  const o = x as Partial<ReportObject> | null;
  if (o?.v !== 1 || !isStr(o.category) || !isStr(o.whatHappened)) return null;
  return {
    v: 1,
    category: o.category,
    whatHappened: o.whatHappened,
    whenWhere: isStr(o.whenWhere) ? o.whenWhere : "",
    whoInvolved: isStr(o.whoInvolved) ? o.whoInvolved : "",
    relationship: isStr(o.relationship) ? o.relationship : null,
    attachments: Array.isArray(o.attachments) ? o.attachments : [],
    ...(asAnswers(o.answers) ? { answers: asAnswers(o.answers) as Answers } : {}),
  };
}

function asAnswers(x: unknown): Answers | null {
  const o = x as Partial<Answers> | null;
  if (!o || typeof o.version !== "number" || !Array.isArray(o.items)) return null;
  const items = o.items.filter(
    (i) =>
      i &&
      isStr(i.id) &&
      isStr(i.type) &&
      isStr(i.question) &&
      (isStr(i.answer) || (Array.isArray(i.answer) && i.answer.every(isStr))),
  );
  return { version: o.version, items };
}

/** Checks a decrypted message. */
export function asMessage(x: unknown): MessageObject | null {
  const o = x as Partial<MessageObject> | null;
  return o && o.v === 1 && isStr(o.text) ? { v: 1, text: o.text } : null;
}

/** Checks a decrypted identity section. */
export function asIdentity(x: unknown): IdentityObject | null {
  const o = x as Partial<IdentityObject> | null;
  if (o?.v !== 1) return null;
  return {
    v: 1,
    name: isStr(o.name) ? o.name : "",
    contact: isStr(o.contact) ? o.contact : "",
    note: isStr(o.note) ? o.note : "",
  };
}

/**
 * A move of the case's status, as the handler's browser signs it into the thread (kind `status`): the
 * reporting person's inbox shows the status such an entry states, never the server's column alone.
 * Checked by `asStatusChange` (lib/thread.ts) against the statuses and outcomes the page has words for.
 */
export interface StatusChange {
  v: 1;
  /** One of server/cases/state.ts STATUSES. */
  status: string;
  /** One of OUTCOMES, set exactly when the case is closed. */
  outcome: string | null;
}
