/**
 * English strings of the case handlers' app: sign-in, enrolment, triage and the case view. Part of the
 * staff catalog (`en-staff.ts`), which the reporting person's pages never load.
 */
export const enHandler = {
  title: "Case handling",
  signInTitle: "Sign in",
  handle: "Handle",
  passphrase: "Passphrase",
  signIn: "Sign in",
  badCredentials: "Handle or passphrase is wrong.",
  totp: "Code from your authenticator app",
  totpHint: "6 digits; it changes every 30 seconds.",
  totpNeeded: "Your passphrase is right. Now enter the code from your authenticator app.",
  sessionEnded: "Your session ended. Sign in again.",
  keysInMemory: "Your keys stay in this tab's memory only. Reloading or closing the tab signs you out.",
  deriving:
    "Deriving your key… This takes a few seconds on purpose, to slow down anyone guessing passphrases.",
  enrolTitle: "Set up your handler account",
  enrolInvited: "You are invited with the roles:",
  enrolExpires: "This link expires on",
  enrolBadLink: "This enrolment link is invalid, already used or expired. Ask for a new one.",
  displayName: "Display name",
  displayNameHint: "Shown to reporting persons who choose whom to exclude, and to colleagues.",
  handleHint: "Lowercase letters, digits, dots, hyphens or underscores; 3 to 40 characters.",
  passphraseNew: "Passphrase",
  passphraseHint:
    "At least 12 characters. A few unrelated words are strong and easy to remember. It cannot be reset: " +
    "it is the only thing that unlocks your key.",
  passphraseRepeat: "Repeat the passphrase",
  passphraseMismatch: "The two passphrases differ.",
  passphraseShort: "Use at least 12 characters.",
  strength: ["Too short", "Weak", "Fair", "Good", "Strong"],
  strengthLabel: "Strength:",
  enrol: "Create my keys and account",
  logout: "Log out",
  overdue: "Overdue cases:",
  casesTitle: "Cases",
  noCases: "No cases.",
  colRef: "Ref",
  colStatus: "Status",
  colReceived: "Received",
  colAck: "Acknowledgement due",
  colFeedback: "Feedback due",
  colNext: "Next step",
  openCase: "Open case",
  badgeAck: "Acknowledgement due",
  badgeFeedback: "Feedback due",
  badgeMeeting: "Meeting to arrange",
  badgeInformConcerned: "Person concerned to inform",
  badgeFurtherFeedback: "Further feedback due",
  furtherFeedbackRequestedOn: "Further feedback asked for on",
  /** Plays a decrypted voice report in the case's file list. */
  play: "Play",
  badgeOverdue: "Overdue",
  badgeDeletion: (date: string, days: number): string =>
    `Deleted on ${date} (in ${days} ${days === 1 ? "day" : "days"}) unless a legal hold is placed`,
  acknowledgedShort: "Acknowledged",
  back: "Back to cases",
  caseTitle: "Case",
  channel: "Channel",
  received: "Received",
  acknowledgedOn: "Acknowledged on",
  reportTitle: "Report",
  identityTitle: "Identity section",
  identityNone: "None: the report is anonymous.",
  identitySealed: "Sealed for custodians.",
  identityName: "Name",
  identityContact: "Contact",
  identityNote: "Note",
  threadTitle: "Thread",
  ackTitle: "Acknowledge receipt",
  ackMessage: "Acknowledgement message",
  ackDefault:
    "Thank you for your report. We confirm that we have received it. An impartial case handler will " +
    "look into it carefully and keep your identity confidential. We may ask you questions here, and we " +
    "will give you feedback on the follow-up within three months. You can write to us here at any time.",
  acknowledge: "Encrypt and acknowledge",
  messageTitle: "Write to the reporting person",
  message: "Message",
  reply: "Send reply",
  requestInfo: "Ask for more information",
  feedback: "Give feedback",
  statusTitle: "Move status",
  newStatus: "New status",
  outcome: "Outcome",
  moveStatus: "Move",
  followUpOn: "Follow-up started",
  finalOutcome: "Send as the final outcome",
  outcomeCommunicatedOn: "Final outcome communicated",
  followUpTitle: "Follow-up",
  followUpStart: "Record that follow-up started",
  followUpHint:
    "Record the day the investigation of this report began. Some laws delete a report nobody followed " +
    "up (Spain: 3 months after receipt, Ley 2/2023 art. 32), so record it even while the status stays.",
  done: "Done.",
  emptyMessage: "Write a message first.",
  legalBasis: "Legal basis",
  newActivity: "New from the reporting person",
  actions: "Actions",
  cancel: "Cancel",
  nextStep: "Next step",
  nextAcknowledge: (day: string, overdue: boolean): string =>
    overdue
      ? `Acknowledge receipt now: it was due by ${day}.`
      : `Acknowledge receipt by ${day}: confirm to the reporting person that the report arrived.`,
  nextInformConcerned: (day: string, overdue: boolean): string =>
    overdue
      ? `Inform the person concerned now, or record why informing them is deferred: it was due by ${day} (GDPR Art. 14(3)(a)).`
      : `Inform the person concerned by ${day}, or record why informing them is deferred (GDPR Art. 14(3)(a)).`,
  nextFeedback: (day: string, overdue: boolean): string =>
    overdue
      ? `Give feedback now: it was due by ${day}.`
      : `Follow up, and give feedback by ${day}: tell the reporting person what was done or is planned, and why.`,
  nextFurtherFeedback: (day: string, overdue: boolean): string =>
    overdue
      ? `Give the further feedback now: the reporting person asked for it every 3 months, and it was due by ${day}.`
      : `Give further feedback by ${day}: the reporting person asked for it every 3 months until the case is closed.`,
  nextAfterFeedback:
    "Feedback is given. Keep following up and writing as needed; close the case when the follow-up has ended.",
  nextFollowUp: "Follow up on the report; answer the reporting person when they write.",
  nextClosed: "The case is closed. Nothing is due; the thread stays readable until the retention date.",
  ackHint: "Sent to the reporting person's inbox, encrypted in this browser.",
  ackSent: "Acknowledgement sent.",
  replyTitle: "Reply",
  replyLabel: "Your reply",
  replyHint: "A message to the reporting person. It does not change the case's status.",
  replySent: "Reply sent.",
  requestTitle: "Ask for more information",
  requestLabel: "Your question",
  requestHint: "The reporting person sees that you asked a question and are waiting for an answer.",
  requestSent: "Question sent. The reporting person's inbox now says a question waits for them.",
  feedbackTitle: "Give feedback",
  feedbackLabel: "Your feedback",
  feedbackHint:
    "What was done or is planned about the report, and why (Art. 9(1)(f)). Sending it records that feedback was given.",
  feedbackConfirm:
    "Send this as feedback? It is shown to the reporting person as feedback and records that feedback was given.",
  feedbackYes: "Yes, send the feedback",
  feedbackSent: "Feedback sent and recorded.",
  chooseOutcome: "Choose an outcome",
  outcomeMissing: "Choose the outcome before closing the case.",
  closeConfirm: "Close the case with this outcome? The reporting person sees that it is closed.",
  closeYes: "Yes, close the case",
  statusMoved: "Status moved.",
  followUpRecorded: "Follow-up recorded.",
  finalOutcomeTitle: "Final outcome",
  finalOutcomeLabel: "The final outcome",
  finalOutcomeHint:
    "How the investigation ended, for the reporting person. Sending it records that the outcome was communicated.",
  finalOutcomeConfirm:
    "Send this as the final outcome? It is shown to the reporting person and recorded as communicated.",
  finalOutcomeYes: "Yes, send the final outcome",
  finalOutcomeSent: "Final outcome sent and recorded.",
};
