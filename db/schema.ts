/**
 * The one schema. What the server may know (DESIGN.md): random ids, the routing channel, status,
 * day-precision dates of reporting-person events, full times of handler events, wrapped keys and
 * ciphertexts (base64 text of binary age files, checked before they get here). Never an address, a
 * user agent, a token or anything that decrypts a report.
 */
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

/** Organisation settings: a single row with id 1. */
export const settings = sqliteTable("settings", {
  id: integer("id").primaryKey(),
  orgName: text("org_name").notNull(),
  jurisdiction: text("jurisdiction").notNull(),
  timeZone: text("time_zone").notNull(),
  retentionYears: integer("retention_years").notNull(),
  reminderAckDays: integer("reminder_ack_days").notNull(),
  reminderFeedbackDays: integer("reminder_feedback_days").notNull(),
  requireTotp: integer("require_totp", { mode: "boolean" }).notNull(),
  requireDisclosureApproval: integer("require_disclosure_approval", { mode: "boolean" }).notNull(),
  /** JSON of the organisation profile used by the annual notice. */
  profile: text("profile").notNull(),
  updatedAt: text("updated_at").notNull(),
});

/** People who run the channel: admins, handlers, custodians. */
export const persons = sqliteTable("persons", {
  id: text("id").primaryKey(),
  handle: text("handle").notNull().unique(),
  displayName: text("display_name").notNull(),
  /** JSON array of "admin" | "handler" | "custodian". */
  roles: text("roles").notNull(),
  /** age1pq recipient of the person's identity, made in their browser. */
  recipient: text("recipient").notNull(),
  /** JSON KdfParams (crypto/handler-keys.ts). */
  kdf: text("kdf").notNull(),
  /** SHA-256 hex of the authentication key derived from the passphrase. */
  authKeyHash: text("auth_key_hash").notNull(),
  /** base64 of the identity sealed under the passphrase's wrapping key. */
  sealedIdentity: text("sealed_identity").notNull(),
  /** Recovery copy: the identity sealed under a key derived from a printable recovery key. */
  recoveryKdf: text("recovery_kdf"),
  recoveryAuthKeyHash: text("recovery_auth_key_hash"),
  recoverySealedIdentity: text("recovery_sealed_identity"),
  /** Where content-free reminder mails go; optional. */
  notifyEmail: text("notify_email"),
  totpSecret: text("totp_secret"),
  totpEnabledAt: text("totp_enabled_at"),
  /** The last accepted TOTP time step: a code is never accepted twice. */
  totpLastStep: integer("totp_last_step"),
  createdAt: text("created_at").notNull(),
  removedAt: text("removed_at"),
  /** The enrolment link used: unique, so a link enrols one person even under concurrent use. */
  enrolmentId: text("enrolment_id").unique(),
  /** base64 Ed25519 public key derived from the person's identity (crypto/SPEC.md "Signing keys"). */
  signingKey: text("signing_key"),
});

/** One-time enrolment links. Only a hash of the code is kept. */
export const enrolments = sqliteTable("enrolments", {
  id: text("id").primaryKey(),
  codeHash: text("code_hash").notNull().unique(),
  roles: text("roles").notNull(),
  channelIds: text("channel_ids").notNull().default("[]"),
  createdAt: text("created_at").notNull(),
  expiresAt: text("expires_at").notNull(),
  usedAt: text("used_at"),
  createdBy: text("created_by"),
  personId: text("person_id"),
});

/** Handler sessions. The cookie holds a random id; only its hash is stored. */
export const sessions = sqliteTable(
  "sessions",
  {
    idHash: text("id_hash").primaryKey(),
    personId: text("person_id").notNull(),
    createdAt: text("created_at").notNull(),
    lastSeenAt: text("last_seen_at").notNull(),
  },
  (t) => [index("sessions_person").on(t.personId)],
);

/** Routing channels ("AI safety", "Finance", ...), each with its handlers. */
export const channels = sqliteTable("channels", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  createdAt: text("created_at").notNull(),
  /**
   * The jurisdiction profile (server/directive) and IANA time zone of this channel's legal entity, for
   * groups with entities in several member states; `null`: the organisation's. A case copies both at
   * submission and keeps them.
   */
  jurisdiction: text("jurisdiction"),
  timeZone: text("time_zone"),
});

/**
 * A channel's questions for the report form, versioned: every change is a new version, and a report
 * carries (inside its ciphertext) the version and question texts the person answered.
 */
export const channelQuestions = sqliteTable(
  "channel_questions",
  {
    channelId: text("channel_id").notNull(),
    version: integer("version").notNull(),
    /** JSON: [{ id, type: "text" | "single" | "multiple" | "date", label, options }]. Public, never answers. */
    questions: text("questions").notNull(),
    createdAt: text("created_at").notNull(),
    createdBy: text("created_by"),
  },
  (t) => [primaryKey({ columns: [t.channelId, t.version] })],
);

export const channelMembers = sqliteTable(
  "channel_members",
  {
    channelId: text("channel_id").notNull(),
    personId: text("person_id").notNull(),
  },
  (t) => [primaryKey({ columns: [t.channelId, t.personId] })],
);

/**
 * A report's case. Reporting-person dates are days; there is no time of day anywhere here. WITHOUT
 * ROWID (migration 0007): rows sit in the order of their random ids, never in the order they came.
 */
export const cases = sqliteTable(
  "cases",
  {
    id: text("id").primaryKey(),
    /** SHA-256 hex of the inbox login key derived from the case token. */
    loginKeyHash: text("login_key_hash").notNull().unique(),
    channelId: text("channel_id").notNull(),
    /** "internal" | "external": which rules of the Directive apply (Art. 9 or Art. 11). */
    channelKind: text("channel_kind").notNull().default("internal"),
    jurisdiction: text("jurisdiction").notNull(),
    /** The time zone its days are in, copied from the channel at submission; `null`: the organisation's. */
    timeZone: text("time_zone"),
    status: text("status").notNull(),
    outcome: text("outcome"),
    receivedOn: text("received_on").notNull(),
    acknowledgedOn: text("acknowledged_on"),
    /** The day follow-up (investigation) started: Spain deletes reports nobody investigated (Ley 2/2023 art. 32). */
    followUpOn: text("follow_up_on"),
    feedbackOn: text("feedback_on"),
    closedOn: text("closed_on"),
    outcomeCommunicatedOn: text("outcome_communicated_on"),
    /** Day the reporting person asked for a meeting (Art. 9(2)); France counts 20 working days from it. */
    meetingRequestedOn: text("meeting_requested_on"),
    /** Day a handler proposed a time and place for the requested meeting (the proposal itself is encrypted). */
    meetingProposedOn: text("meeting_proposed_on"),
    /** Day the reporting person asked for further feedback (Ireland, PDA 2014 s.6A(1)); the first request's day stays. */
    furtherFeedbackRequestedOn: text("further_feedback_requested_on"),
    /** Day of the latest feedback (interim or final outcome); Ireland's further intervals run from it. */
    lastFeedbackOn: text("last_feedback_on"),
    extended: integer("extended", { mode: "boolean" }).notNull().default(false),
    retaliationClaim: integer("retaliation_claim", { mode: "boolean" }).notNull().default(false),
    caseRecipient: text("case_recipient").notNull(),
    identityRecipient: text("identity_recipient"),
    /** The case identity wrapped to the reporting person's token-derived recipient. */
    reporterKey: text("reporter_key").notNull(),
    /** base64 Ed25519 public key the reporting person signs thread entries with (crypto/SPEC.md); null before signed threads. */
    reporterSigningKey: text("reporter_signing_key"),
    legalHold: text("legal_hold"),
    /**
     * True while a person concerned is recorded who was neither informed nor had informing deferred:
     * GDPR Art. 14(3)(a)'s one month then runs (server/directive/concerned.ts). Kept by the persons-concerned verbs.
     */
    concernedToInform: integer("concerned_to_inform", { mode: "boolean" }).notNull().default(false),
    /** The next deadline the handlers must meet and its kind ("acknowledge" | "feedback" | "meeting" | "further_feedback" | "inform_concerned"), from the rule engine, stored on every change. */
    nextDueOn: text("next_due_on"),
    nextDueKind: text("next_due_kind"),
    /** Category and a short subject, encrypted to the case: small, so a triage page can decrypt them. */
    summary: text("summary"),
    /** Recipient of the handlers' notes key (crypto/SPEC.md "Internal notes"); null until the first note. */
    notesRecipient: text("notes_recipient"),
    /** The handler who is on the case ("mine" in triage); null when nobody took it. */
    assigneeId: text("assignee_id"),
  },
  (t) => [index("cases_next_due").on(t.nextDueOn)],
);

/** Wrapped copies of a case's keys, one per person with access. Revoke = delete the row. WITHOUT ROWID. */
export const caseKeys = sqliteTable(
  "case_keys",
  {
    caseId: text("case_id").notNull(),
    personId: text("person_id").notNull(),
    /** "case" (report and messages) | "identity" (custodians only) | "notes" (handlers' internal notes). */
    kind: text("kind").notNull(),
    wrapped: text("wrapped").notNull(),
    grantedAt: text("granted_at").notNull(),
    grantedBy: text("granted_by"),
    /**
     * Copies of the case's next due day (NO_DUE when nothing is due) and its receipt day: the triage
     * indexes page through a holder's cases in order without reading anyone else's.
     */
    dueOn: text("due_on").notNull().default("9999-12-31"),
    receivedOn: text("received_on").notNull().default(""),
  },
  (t) => [
    primaryKey({ columns: [t.caseId, t.personId, t.kind] }),
    index("case_keys_person").on(t.personId),
    index("case_keys_triage").on(t.personId, t.kind, t.dueOn, t.caseId),
    index("case_keys_received").on(t.personId, t.kind, t.receivedOn, t.caseId),
  ],
);

/**
 * Per handler and case, how far into the thread they have read and been told about (entry sequence
 * numbers, never times): the triage marks reporter activity past `seenSeq`, and the activity mail
 * covers what is past both.
 */
export const caseReads = sqliteTable(
  "case_reads",
  {
    caseId: text("case_id").notNull(),
    personId: text("person_id").notNull(),
    seenSeq: integer("seen_seq").notNull().default(0),
    notifiedSeq: integer("notified_seq").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.personId] })],
);

/** The due day stored for a case with nothing due: it sorts after every real day. */
export const NO_DUE = "9999-12-31";

/** People the reporting person excluded for a conflict of interest: never wrapped to them. */
export const caseExclusions = sqliteTable(
  "case_exclusions",
  {
    caseId: text("case_id").notNull(),
    personId: text("person_id").notNull(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.personId] })],
);

/**
 * Everything written in a case: the report, the identity section, messages both ways. WITHOUT ROWID
 * with random ids (migration 0006), so no physical order dates a reporter's message among timed events.
 */
export const entries = sqliteTable(
  "entries",
  {
    id: text("id").primaryKey(),
    caseId: text("case_id").notNull(),
    seq: integer("seq").notNull(),
    kind: text("kind").notNull(),
    author: text("author").notNull(),
    personId: text("person_id"),
    on: text("on").notNull(),
    /** Full time, for handler entries only. */
    at: text("at"),
    ciphertext: text("ciphertext").notNull(),
    /** Place in the signed thread both sides see (1, 2, ...); null for entries outside it (identity section, notes). */
    threadSeq: integer("thread_seq"),
  },
  (t) => [
    uniqueIndex("entries_case_seq").on(t.caseId, t.seq),
    uniqueIndex("entries_case_thread_seq").on(t.caseId, t.threadSeq),
  ],
);

/**
 * Handlers' internal notes: encrypted in a holder's browser to the case's notes key, which is wrapped to
 * handlers only, never to the reporting person's token. Not thread entries: the reporting person never
 * sees them, and they take no place in the thread's sequence.
 */
export const caseNotes = sqliteTable(
  "case_notes",
  {
    id: text("id").primaryKey(),
    caseId: text("case_id").notNull(),
    personId: text("person_id").notNull(),
    at: text("at").notNull(),
    ciphertext: text("ciphertext").notNull(),
  },
  (t) => [index("case_notes_case").on(t.caseId, t.at)],
);

/** Append-only, hash-chained log of handler and admin actions. Never any report content. */
export const auditLog = sqliteTable("audit_log", {
  seq: integer("seq").primaryKey(),
  at: text("at").notNull(),
  actor: text("actor"),
  action: text("action").notNull(),
  caseId: text("case_id"),
  detail: text("detail").notNull().default("{}"),
  prevHash: text("prev_hash").notNull(),
  hash: text("hash").notNull(),
});

/** Content-free reminder mails waiting for (or retrying) the SMTP server. */
export const outbox = sqliteTable("outbox", {
  id: text("id").primaryKey(),
  to: text("to").notNull(),
  subject: text("subject").notNull(),
  body: text("body").notNull(),
  createdAt: text("created_at").notNull(),
  attempts: integer("attempts").notNull().default(0),
  sentAt: text("sent_at"),
  lastError: text("last_error"),
  dedupeKey: text("dedupe_key").notNull().unique(),
});

export const noticeVersions = sqliteTable("notice_versions", {
  id: text("id").primaryKey(),
  version: integer("version").notNull().unique(),
  profile: text("profile").notNull(),
  createdAt: text("created_at").notNull(),
  createdBy: text("created_by"),
  approvedAt: text("approved_at"),
  approvedBy: text("approved_by"),
});

export const noticeIssuances = sqliteTable("notice_issuances", {
  id: text("id").primaryKey(),
  issuedOn: text("issued_on").notNull(),
  version: integer("version").notNull(),
  channel: text("channel").notNull(),
  audienceSize: integer("audience_size").notNull(),
  recordedBy: text("recorded_by"),
  recordedAt: text("recorded_at").notNull(),
});

export const transparencyPeriods = sqliteTable("transparency_periods", {
  id: text("id").primaryKey(),
  fromOn: text("from_on").notNull(),
  toOn: text("to_on").notNull(),
  report: text("report").notNull(),
  publishedAt: text("published_at").notNull(),
  publishedBy: text("published_by"),
});

/** Art. 16: every opening of an identity section starts with a recorded reason (and, if set, approval). */
export const identityRequests = sqliteTable("identity_requests", {
  id: text("id").primaryKey(),
  caseId: text("case_id").notNull(),
  personId: text("person_id").notNull(),
  reason: text("reason").notNull(),
  requestedAt: text("requested_at").notNull(),
  /** "pending" | "approved" | "refused" */
  state: text("state").notNull(),
  decidedBy: text("decided_by"),
  decidedAt: text("decided_at"),
});

/** Art. 16(2)-(3): disclosure of the identity beyond the team, with its legal basis. */
export const disclosures = sqliteTable("disclosures", {
  id: text("id").primaryKey(),
  caseId: text("case_id").notNull(),
  personId: text("person_id").notNull(),
  legalBasis: text("legal_basis").notNull(),
  disclosedTo: text("disclosed_to").notNull(),
  /** True when telling the reporting person first would jeopardise the investigation. */
  jeopardises: integer("jeopardises", { mode: "boolean" }).notNull(),
  at: text("at").notNull(),
});

/** WebAuthn passkeys as a second factor. */
export const passkeys = sqliteTable("passkeys", {
  id: text("id").primaryKey(),
  personId: text("person_id").notNull(),
  publicKey: text("public_key").notNull(),
  counter: integer("counter").notNull(),
  transports: text("transports"),
  createdAt: text("created_at").notNull(),
});

/** Short-lived WebAuthn challenges (in the database so that any Worker isolate can check them). */
export const challenges = sqliteTable("challenges", {
  id: text("id").primaryKey(),
  personId: text("person_id").notNull(),
  purpose: text("purpose").notNull(),
  challenge: text("challenge").notNull(),
  expiresAt: text("expires_at").notNull(),
});

/**
 * Where backups are encrypted to: a single row (id 1) holding the hybrid `age1pq1...` recipient of an
 * offline key the admins keep. Only the public half is ever here.
 */
export const backupSettings = sqliteTable("backup_settings", {
  id: integer("id").primaryKey(),
  recipient: text("recipient").notNull(),
  setAt: text("set_at").notNull(),
  setBy: text("set_by"),
});

/**
 * The register of reports (Directive Art. 18(1); Ley 2/2023 art. 26; Ireland's s.16C): one anonymised
 * row per deleted case, written in the same transaction that shreds it, so the record outlives the case
 * (Ley 2/2023 art. 32.4 keeps only anonymised data). No content, no case id, no token: a random id, the
 * routing channel, the jurisdiction, day-precision dates and the outcome type. Live cases are read from
 * `cases` when the register is exported.
 */
export const register = sqliteTable("register", {
  id: text("id").primaryKey(),
  channelId: text("channel_id").notNull(),
  channelKind: text("channel_kind").notNull(),
  jurisdiction: text("jurisdiction").notNull(),
  receivedOn: text("received_on").notNull(),
  acknowledgedOn: text("acknowledged_on"),
  followUpOn: text("follow_up_on"),
  feedbackOn: text("feedback_on"),
  outcomeCommunicatedOn: text("outcome_communicated_on"),
  closedOn: text("closed_on"),
  outcome: text("outcome"),
  extended: integer("extended", { mode: "boolean" }).notNull(),
  retaliationClaim: integer("retaliation_claim", { mode: "boolean" }).notNull(),
  deletedOn: text("deleted_on").notNull(),
  deletionBasis: text("deletion_basis").notNull(),
});

/** Signed rosters (crypto/SPEC.md "Signed roster"), newest serial in force. Signed in an admin's browser. */
export const rosters = sqliteTable("rosters", {
  serial: integer("serial").primaryKey(),
  /** The exact signed JSON text. */
  body: text("body").notNull(),
  signature: text("signature").notNull(),
  createdAt: text("created_at").notNull(),
  createdBy: text("created_by"),
});

/** The channel key's seed, age-encrypted to one admin's identity each; never stored in plaintext. */
export const channelKeySeals = sqliteTable("channel_key_seals", {
  personId: text("person_id").primaryKey(),
  sealed: text("sealed").notNull(),
  createdAt: text("created_at").notNull(),
});

/** Audit checkpoints signed in people's browsers (crypto/SPEC.md "Audit checkpoint"). */
export const auditCheckpoints = sqliteTable("audit_checkpoints", {
  id: text("id").primaryKey(),
  seq: integer("seq").notNull(),
  personId: text("person_id").notNull(),
  body: text("body").notNull(),
  signature: text("signature").notNull(),
  createdAt: text("created_at").notNull(),
});

/** Client releases signed with the channel key in an admin's browser (crypto/SPEC.md "Signed release"). */
export const releases = sqliteTable("releases", {
  id: text("id").primaryKey(),
  /** Hex SHA-256 of the client manifest it signs. */
  manifest: text("manifest").notNull(),
  body: text("body").notNull(),
  signature: text("signature").notNull(),
  createdAt: text("created_at").notNull(),
  createdBy: text("created_by").notNull(),
});

/**
 * Secrets the server must keep across restarts (e.g. the key of the fake KDF salts for unknown
 * handles, which must not change at restart or the change itself tells which handles exist).
 */
export const instanceSecrets = sqliteTable("instance_secrets", {
  name: text("name").primaryKey(),
  /** hex of 32 random bytes. */
  value: text("value").notNull(),
});

/**
 * Files attached to a case: one streamed age file each (case key) in the blob store under
 * `attachments/<caseId>/<id>`. Name, type and size of the file exist only inside `meta`, encrypted.
 */
export const attachments = sqliteTable(
  "attachments",
  {
    id: text("id").primaryKey(),
    caseId: text("case_id").notNull(),
    /** "reporter" | "handler" */
    author: text("author").notNull(),
    personId: text("person_id"),
    /** base64 age file (case key) of JSON { name, type, size }. */
    meta: text("meta").notNull(),
    /** Bytes of the age file, declared when the upload starts and checked chunk by chunk. */
    size: integer("size").notNull(),
    /** Bytes stored so far; the next chunk starts here. */
    received: integer("received").notNull().default(0),
    /** "uploading" | "stored" */
    state: text("state").notNull(),
    /** The blob store's handle of the multipart upload (R2); empty on the file store. */
    uploadId: text("upload_id").notNull().default(""),
    /** JSON array of the stored parts' tags, in order (R2 needs them to complete the upload). */
    parts: text("parts").notNull().default("[]"),
    /** Day of the upload: the reporting person's events carry no time of day. */
    on: text("on").notNull(),
    /**
     * A voice recording only: whether the reporting person consented to keeping it (Art. 18(2)). Without
     * consent, it is deleted once its transcript is agreed; null for every other file.
     */
    keepRecording: integer("keep_recording", { mode: "boolean" }),
  },
  (t) => [index("attachments_case").on(t.caseId)],
);

/**
 * Records of oral reports and meetings (Art. 18(2)-(4)): minutes or a transcript, each version a
 * handler entry in the thread, agreed by the reporting person's own entry. The text is only in the
 * entries, encrypted; here are the version count and which version was agreed, on which day.
 */
export const caseRecords = sqliteTable(
  "case_records",
  {
    id: text("id").primaryKey(),
    caseId: text("case_id").notNull(),
    /** "minutes" (a meeting) | "transcript" (a recorded voice report) */
    type: text("type").notNull(),
    /** The attachment (voice recording) this transcript is of, if any. */
    transcribes: text("transcribes"),
    /** How many versions exist; the newest is the one the reporting person can agree to. */
    version: integer("version").notNull(),
    agreedVersion: integer("agreed_version"),
    agreedOn: text("agreed_on"),
    /** Day of the first version. */
    on: text("on").notNull(),
  },
  (t) => [index("case_records_case").on(t.caseId)],
);

/**
 * Changes that would make someone a reader (a handler, custodian or admin role, channel membership, an
 * enrolment link) or switch off second-person approval, waiting for a second admin once there are
 * two or more. Deleted when decided; the audit log keeps the decision.
 */
export const pendingChanges = sqliteTable("pending_changes", {
  id: text("id").primaryKey(),
  /** "roles" | "members" | "enrolment" | "settings" */
  kind: text("kind").notNull(),
  /** The person, channel or enrolment the change is about ("settings" for settings). */
  target: text("target").notNull(),
  /** JSON of the change: roles, member ids or settings; never free text about a case. */
  change: text("change").notNull(),
  requestedBy: text("requested_by").notNull(),
  requestedAt: text("requested_at").notNull(),
});

/** What a handler is told in the app: a new person can now read reports on their channel. */
export const staffNotices = sqliteTable(
  "staff_notices",
  {
    id: text("id").primaryKey(),
    personId: text("person_id").notNull(),
    /** "new_reader" */
    kind: text("kind").notNull(),
    /** The new reader. */
    subject: text("subject").notNull(),
    channelId: text("channel_id"),
    createdAt: text("created_at").notNull(),
  },
  (t) => [index("staff_notices_person").on(t.personId)],
);

/**
 * Free text staff write about a case (extension justifications, export purposes), encrypted in the
 * browser to the case key. Goes with the case when it is shredded; the audit log keeps a hash only.
 */
export const staffTexts = sqliteTable(
  "staff_texts",
  {
    id: text("id").primaryKey(),
    caseId: text("case_id").notNull(),
    /** "extension" | "export" */
    kind: text("kind").notNull(),
    personId: text("person_id").notNull(),
    on: text("on").notNull(),
    /** base64 age file (case key) of JSON { v: 1, text }. */
    ciphertext: text("ciphertext").notNull(),
  },
  (t) => [index("staff_texts_case").on(t.caseId)],
);

/**
 * Persons concerned in a case (Directive Art. 5(10), Art. 22): who they are is encrypted in a handler's
 * browser to the case's notes key (crypto/SPEC.md "Persons concerned"); the server keeps only the dates
 * and flags their rights turn on. Days, never times, for the events about them.
 */
export const personsConcerned = sqliteTable(
  "persons_concerned",
  {
    id: text("id").primaryKey(),
    caseId: text("case_id").notNull(),
    /** `oc-person-concerned-1` ciphertext: name and role. */
    record: text("record").notNull(),
    addedBy: text("added_by").notNull(),
    addedAt: text("added_at").notNull(),
    /** Day they were informed of the processing of their data (GDPR Art. 14). */
    informedOn: text("informed_on"),
    /** Day informing them was deferred (GDPR Art. 14(5)(b), Art. 23), and the reason's ciphertext. */
    informDeferredOn: text("inform_deferred_on"),
    deferralReason: text("deferral_reason"),
    /** Day they were heard (Art. 22(1): right to be heard). */
    heardOn: text("heard_on"),
  },
  (t) => [index("persons_concerned_case").on(t.caseId)],
);

/**
 * Disclosures of a person concerned's identity beyond the case team (Art. 22(1), protected like the
 * reporting person's, Art. 16): asked for with an encrypted legal basis and recipient, decided by a second
 * person where the organisation requires it for the reporting person's identity, then recorded as made.
 */
export const concernedDisclosures = sqliteTable(
  "concerned_disclosures",
  {
    id: text("id").primaryKey(),
    caseId: text("case_id").notNull(),
    personConcernedId: text("person_concerned_id").notNull(),
    requestedBy: text("requested_by").notNull(),
    requestedAt: text("requested_at").notNull(),
    /** `oc-concerned-text-1` ciphertexts. */
    legalBasis: text("legal_basis").notNull(),
    disclosedTo: text("disclosed_to").notNull(),
    /** "pending" | "approved" | "refused" */
    state: text("state").notNull(),
    decidedBy: text("decided_by"),
    decidedAt: text("decided_at"),
    disclosedOn: text("disclosed_on"),
  },
  (t) => [index("concerned_disclosures_case").on(t.caseId)],
);
