/**
 * The one module that changes a case, in the Directive's verbs. Each verb takes the context (the store,
 * settings, today), the actor and the validated input, checks the pure rules (cases/state.ts,
 * directive/), commits its writes and audit link in one atomic batch through db/queries/case-store.ts,
 * and returns the case view. Routes validate, call a verb and return what it returns.
 */
export {
  accessOf,
  decideIdentityRequest,
  disclose,
  grantAccess,
  identityRequests,
  openIdentity,
  requestIdentity,
  revokeAccess,
} from "./access";
export { caseAttachments, openAttachment } from "./attachments";
export type { Actor, CaseContext } from "./context";
export { backfillDueDays, dueOf } from "./due";
export { CaseError, type CaseErrorKind, noSuchCase } from "./errors";
export { type FurtherFeedbackRequest, requestFurtherFeedback } from "./further-feedback";
export {
  acknowledge,
  addMessage,
  communicateFinalOutcome,
  extendDeadline,
  giveFeedback,
  liftHold,
  type MessageKind,
  moveStatus,
  openCase,
  placeHold,
  recordExport,
  recordRetaliationClaim,
  requestInformation,
  setSummary,
  startFollowUp,
} from "./handling";
export { sendMessage } from "./messages";
export { type Minimisation, minimise } from "./minimisation";
export { addNote, assignCase, caseNotes, createNotesKey, shareNotesKey } from "./notes";
export {
  addPersonConcerned,
  decideConcernedDisclosure,
  deferInforming,
  personsConcerned,
  recordConcernedDisclosure,
  recordHeard,
  recordInformed,
  requestConcernedDisclosure,
} from "./persons-concerned";
export {
  agreeRecord,
  correctRecord,
  proposeMeeting,
  proposeRecord,
  requestMeeting,
  reviseRecord,
} from "./records";
export { reportFormConfig, reportRecipients } from "./report-form";
export {
  addReporterMessage,
  fileReport,
  openInbox,
  type ReporterMessage,
  type Submission,
  submitReport,
} from "./reporting";
export { overdueOf, overview, pageSummaries, type TriageInput, triage } from "./triage";
export { type CaseSummary, caseSummary } from "./view";
