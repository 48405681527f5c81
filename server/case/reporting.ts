/**
 * The reporting person's verbs: file a report (Art. 9(1)(a)), open the inbox with the token's login key,
 * and write into the thread. Reporting-person events carry the organisation's date only, and none of
 * them is audited: its place between timed staff entries would date it.
 */

import { isConstraintError } from "../../db/index";
import {
  caseInsert,
  commit,
  entryInsert,
  exclusionInserts,
  keyInserts,
  type WrappedKey,
} from "../../db/queries/case-store";
import { type CaseRow, caseByLoginKeyHash, entriesOf } from "../../db/queries/cases";
import { channelRules } from "../../db/queries/channels";
import { loginKeyHash, randomId } from "../../db/queries/ids";
import { channelExists, channelRecipients } from "../../db/queries/persons";
import { latestRoster } from "../../db/queries/trust";
import type { CaseStatus } from "../cases/state";
import { todayIn } from "../directive";
import type { CaseContext } from "./context";
import { dueOf } from "./due";
import { CaseError, orThreadMoved } from "./errors";
import { issueReceipt } from "./receipt";
import { recordsOfCase } from "./records";
import { furtherFeedbackOffer, reporterDeadlines, reporterEntryView } from "./view";

export interface Submission {
  loginKeyHash: string;
  /** The case id the reporting person's browser chose and signed its report for; new if absent. */
  caseId?: string | null;
  channelId: string;
  caseRecipient: string;
  report: string;
  reporterKey: string;
  /** base64 Ed25519 public key the reporting person signs thread entries with (from the token). */
  signingKey?: string | null;
  handlerKeys: WrappedKey[];
  excludedPersonIds: string[];
  identity: { recipient: string; section: string; custodianKeys: WrappedKey[] } | null;
  /** Category and first line, encrypted to the case by the reporting person's browser (optional). */
  summary?: string | null;
}

/** The token-derived login key (base64) and what the reporting person writes with it. */
export interface ReporterMessage {
  loginKey: string;
  message: string;
  seq?: number | null;
}

/** The hash a case is found by: the server never keeps the login key itself. */

/** The same answer for every key that opens nothing: no hint whether a case exists. */
const noCase = () =>
  new CaseError("not-found", "not_found", "No case matches this token. Check it and try again.");

const recipientsChanged = () =>
  new CaseError(
    "conflict",
    "recipients_changed",
    "The people who handle reports have changed. Reload the page and submit again.",
  );

/** The channel's handlers and custodians in the newest signed roster, if one was signed. */
async function signedChannel(database: CaseContext["database"], channelId: string) {
  const stored = await latestRoster(database);
  if (!stored) return null;
  const body = JSON.parse(stored.body) as {
    channels?: { id: string; handlers: string[]; custodians: string[] }[];
  };
  return body.channels?.find((c) => c.id === channelId) ?? null;
}

/** True when `given` names exactly the people of `expected`, each once. */
function sameSet(given: readonly string[], expected: readonly string[]): boolean {
  return (
    new Set(given).size === given.length &&
    given.length === expected.length &&
    expected.every((id) => given.includes(id))
  );
}

/** Files a report: the case key must reach exactly the channel's handlers, less those excluded. */
export async function fileReport(ctx: CaseContext, input: Submission) {
  const { database, today } = ctx;
  const { handlers, custodians } = await channelRecipients(database, input.channelId);
  // A channel without members and an unknown one look alike here: ask which only when it matters.
  if (handlers.length === 0 && !(await channelExists(database, input.channelId)))
    throw new CaseError("invalid", "unknown_channel", "No such channel.");
  const excluded = new Set(input.excludedPersonIds);
  const expected = handlers.filter((p) => !excluded.has(p.id)).map((p) => p.id);
  if (expected.length === 0)
    throw new CaseError(
      "invalid",
      "no_handler",
      "Nobody would be able to read this report; keep at least one handler.",
    );
  // The report page wraps only to the signed roster, which may lag the live membership until an admin's
  // browser signs it again. Either set is accepted, so a reporting person is never turned away meanwhile;
  // wraps for people who no longer handle the channel are not kept.
  const signed = await signedChannel(database, input.channelId);
  const accepts = (given: readonly string[], live: readonly string[], listed: readonly string[] | null) =>
    sameSet(given, live) || (listed !== null && sameSet(given, listed));
  const signedHandlers = signed ? signed.handlers.filter((id) => !excluded.has(id)) : null;
  if (
    !accepts(
      input.handlerKeys.map((k) => k.personId),
      expected,
      signedHandlers,
    )
  )
    throw recipientsChanged();
  const handlerKeys = input.handlerKeys.filter((k) => expected.includes(k.personId));
  if (handlerKeys.length === 0) throw recipientsChanged();
  let custodianKeys: WrappedKey[] = [];
  if (input.identity) {
    const expectedCustodians = custodians.filter((p) => !excluded.has(p.id)).map((p) => p.id);
    if (expectedCustodians.length === 0)
      throw new CaseError(
        "invalid",
        "no_custodian",
        "Nobody could open the identity section; leave it empty.",
      );
    const signedCustodians = signed ? signed.custodians.filter((id) => !excluded.has(id)) : null;
    if (
      !accepts(
        input.identity.custodianKeys.map((k) => k.personId),
        expectedCustodians,
        signedCustodians,
      )
    )
      throw recipientsChanged();
    custodianKeys = input.identity.custodianKeys.filter((k) => expectedCustodians.includes(k.personId));
    if (custodianKeys.length === 0) throw recipientsChanged();
  }

  // The channel's legal entity decides the jurisdiction and the zone of the day received; the case keeps
  // both, whatever later happens to the channel or the organisation's settings.
  const rules = await channelRules(database, input.channelId);
  const timeZone = rules?.timeZone ?? null;
  const receivedOn = timeZone ? todayIn(timeZone, ctx.now) : today;
  const filed: CaseRow = {
    id: input.caseId ?? randomId(),
    loginKeyHash: input.loginKeyHash,
    channelId: input.channelId,
    channelKind: "internal",
    jurisdiction: rules?.jurisdiction ?? ctx.settings.jurisdiction,
    timeZone,
    status: "received",
    outcome: null,
    receivedOn,
    acknowledgedOn: null,
    followUpOn: null,
    feedbackOn: null,
    closedOn: null,
    outcomeCommunicatedOn: null,
    meetingRequestedOn: null,
    meetingProposedOn: null,
    furtherFeedbackRequestedOn: null,
    lastFeedbackOn: null,
    concernedToInform: false,
    extended: false,
    retaliationClaim: false,
    caseRecipient: input.caseRecipient,
    identityRecipient: input.identity?.recipient ?? null,
    reporterKey: input.reporterKey,
    reporterSigningKey: input.signingKey ?? null,
    legalHold: null,
    nextDueOn: null,
    nextDueKind: null,
    summary: input.summary ?? null,
    notesRecipient: null,
    assigneeId: null,
  };
  const row = { ...filed, ...dueOf(filed, ctx.settings) };
  const reporterEntry = (kind: string, ciphertext: string, threadSeq: number | null) =>
    entryInsert(database, {
      id: randomId(),
      caseId: row.id,
      kind,
      author: "reporter",
      personId: null,
      on: receivedOn,
      at: null,
      ciphertext,
      threadSeq,
    });
  // Keys wrapped at submission carry the day only: a time of day would date the report.
  const grantedAt = `${receivedOn}T00:00:00.000Z`;
  const writes = [
    caseInsert(database, row),
    reporterEntry("report", input.report, 1),
    ...keyInserts(database, row.id, "case", handlerKeys, grantedAt, null, row),
    ...exclusionInserts(database, row.id, input.excludedPersonIds),
  ];
  if (input.identity) {
    writes.push(
      reporterEntry("identity", input.identity.section, null),
      ...keyInserts(database, row.id, "identity", custodianKeys, grantedAt, null, row),
    );
  }
  try {
    await commit(database, null, writes);
  } catch (e) {
    if (isConstraintError(e, "login_key_hash") || (input.caseId && isConstraintError(e, "cases.id")))
      throw new CaseError("conflict", "token_in_use", "Make a new token and submit again.");
    throw e;
  }
  return {
    receivedOn,
    deadlines: reporterDeadlines(row, ctx.settings),
    receipt: await issueReceipt(database, ctx.settings, row, receivedOn),
  };
}

/** Files a report as the API receives it: with the login key, of which only the hash is kept. */
export function submitReport(
  ctx: CaseContext,
  { loginKey, ...submission }: Omit<Submission, "loginKeyHash"> & { loginKey: string },
) {
  return fileReport(ctx, { ...submission, loginKeyHash: loginKeyHash(loginKey) });
}

/** The reporting person's view of their case: status, dates with their basis, the thread. */
export async function openInbox(ctx: CaseContext, input: { loginKey: string }) {
  const heldCase = await caseByLoginKeyHash(ctx.database, loginKeyHash(input.loginKey));
  if (!heldCase) throw noCase();
  const list = await entriesOf(ctx.database, heldCase.id);
  return {
    caseId: heldCase.id,
    status: heldCase.status as CaseStatus,
    outcome: heldCase.outcome,
    receivedOn: heldCase.receivedOn,
    acknowledgedOn: heldCase.acknowledgedOn,
    feedbackOn: heldCase.feedbackOn,
    deadlines: reporterDeadlines(heldCase, ctx.settings),
    /** The signed receipt of the case as it stands (Art. 21(5)); the browser offers it as a download. */
    receipt: await issueReceipt(ctx.database, ctx.settings, heldCase, ctx.today),
    caseRecipient: heldCase.caseRecipient,
    reporterKey: heldCase.reporterKey,
    entries: list.filter((e) => e.kind !== "identity" && e.kind !== "note").map(reporterEntryView),
    meetingRequestedOn: heldCase.meetingRequestedOn,
    meetingProposedOn: heldCase.meetingProposedOn,
    /** Further feedback on request where the case's law gives it (Ireland); `null` elsewhere. */
    furtherFeedback: furtherFeedbackOffer(heldCase),
    records: await recordsOfCase(ctx, heldCase.id),
  };
}

/**
 * The reporting person writes into the thread (answers, more information). `seq` is the place in the
 * thread their browser signed the entry for; without it the entry takes the next place.
 */
export async function addReporterMessage(ctx: CaseContext, input: ReporterMessage) {
  const heldCase = await caseByLoginKeyHash(ctx.database, loginKeyHash(input.loginKey));
  if (!heldCase) throw noCase();
  await orThreadMoved(
    commit(ctx.database, null, [
      entryInsert(ctx.database, {
        id: randomId(),
        caseId: heldCase.id,
        kind: "message",
        author: "reporter",
        personId: null,
        on: ctx.today,
        at: null,
        ciphertext: input.message,
        threadSeq: input.seq ?? "next",
      }),
    ]),
  );
  return { on: ctx.today };
}
