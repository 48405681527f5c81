/** Shapes of the API answers the pages read (docs/API.md). Decrypted payloads are checked, not trusted. */

export interface Deadline {
  date: string;
  basis: string;
}

export interface Deadlines {
  acknowledgeBy: Deadline | null;
  feedbackBy: Deadline | null;
  publicDisclosureFrom: Deadline | null;
  /** When retention ends and the case is shredded (handlers' views only). */
  deleteBy?: Deadline | null;
}

export type Status = "received" | "acknowledged" | "in_follow_up" | "feedback_given" | "closed";
export type EntryKind =
  | "report"
  | "message"
  | "acknowledgement"
  | "request_info"
  | "feedback"
  | "final_outcome"
  | "disclosure_notice";

export interface Person {
  id: string;
  displayName: string;
  recipient: string;
}

export interface Recipients {
  handlers: Person[];
  custodians: Person[];
}

export interface Entry {
  id: string;
  kind: EntryKind;
  author: "reporter" | "handler";
  on: string;
  at?: string | null;
  ciphertext: string;
}

export interface ReportReceipt {
  receivedOn: string;
  deadlines: Deadlines;
}

export interface InboxAnswer {
  status: Status;
  outcome: string | null;
  receivedOn: string;
  acknowledgedOn: string | null;
  deadlines: Deadlines;
  caseRecipient: string;
  reporterKey: string;
  entries: Entry[];
}

export interface TriageRow {
  id: string;
  ref: string;
  status: Status;
  channel: string;
  receivedOn: string;
  acknowledgedOn: string | null;
  /** The day follow-up started (recorded, or the first feedback); absent on older servers. */
  followUpOn?: string | null;
  /** The day the final outcome was communicated (its own event, never interim feedback). */
  outcomeCommunicatedOn?: string | null;
  deadlines: Deadlines;
  /** Days until retention deletes the case; absent on older servers. */
  deletionDaysLeft?: number | null;
  next: {
    kind: "acknowledge" | "feedback" | null;
    date: string | null;
    overdue: boolean;
    daysLeft: number | null;
  };
  /** The reporting person wrote since this handler last opened the case. */
  newActivity?: boolean;
}

export interface CaseView extends TriageRow {
  outcome?: string | null;
  /** A legal hold keeps the case past its delete-by date. */
  legalHold?: boolean;
  caseRecipient: string;
  myKey: string;
  /**
   * docs/API.md: `{ recipient, section, myKey }` (myKey only for custodians). The server is moving the
   * section behind a recorded reason (`{ present, custodian }` here, the section from another route), so
   * both shapes are read.
   */
  identity: null | {
    recipient?: string;
    section?: string;
    myKey?: string | null;
    present?: boolean;
    custodian?: boolean;
  };
  entries: Entry[];
}

export interface Me {
  person: { id: string; handle: string; displayName: string; roles: string[] };
  overdue: number;
  /** Whether an authenticator app is on (read defensively: older servers leave it out). */
  totp?: boolean;
  /** The address for content-free reminders, if one is set. */
  notifyEmail?: string | null;
  /** How many passkeys are registered, where the server says. */
  passkeys?: number;
}

/** The report as the reporting person's browser encrypts it. */
export interface ReportObject {
  v: 1;
  category: string;
  whatHappened: string;
  whenWhere: string;
  whoInvolved: string;
  relationship: string | null;
  attachments: unknown[];
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
  };
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
