/**
 * English strings of the staff app: triage, case access, the identity section (Art. 16), legal hold, the
 * person's own security, administration, and (from their own files) the case view and the annual notice.
 * The staff app loads them with the reporter strings (`en.ts`); reporter pages never do.
 */
import { enHandler } from "./en-handler.ts";
import { enNotice } from "./en-notice.ts";

export const enStaff = {
  handler: enHandler,
  adminNotice: enNotice,
  triage: {
    filter: "Show",
    filters: {
      all: "All cases",
      open: "Open",
      overdue: "Overdue",
      due_week: "Due within 7 days",
      closed: "Closed",
      on_hold: "On legal hold",
      mine: "Assigned to me",
    } as Record<string, string>,
    sort: "Order",
    sorts: { due: "Nearest deadline first", received_desc: "Newest first" } as Record<string, string>,
    search: "Search this page",
    searchHint: "Searches the category and subject of the cases on this page, decrypted in your browser.",
    colCategory: "Category",
    colSubject: "Subject",
    noSummary: "—",
    previous: "Previous page",
    next: "Next page",
    page: (n: number) => `Page ${n}`,
    noMatch: "No case on this page matches.",
    overview: "Overview",
    overviewTitle: "Compliance overview",
    openByStep: "Open cases by next step",
    stepAcknowledge: "Acknowledgement",
    stepFeedback: "Feedback",
    stepNone: "Nothing due",
    open: "Open",
    overdueCol: "Overdue",
    onTime: "On time in the last 12 months",
    onTimeAck: "Acknowledgements on time",
    onTimeFeedback: "Feedback on time",
    chartLabel: (ack: string, feedback: string) =>
      `Share on time per month of receipt: acknowledgements ${ack}, feedback ${feedback}`,
  },
  validation: {
    field: (label: string, fix: string): string => `Check “${label}”: ${fix}`,
    unknownField: "Something in this form could not be saved. Check each field and try again.",
    invalid: "Something you entered could not be saved. Check the fields and try again.",
    profileName: "enter the organisation's name, up to 120 characters.",
    profileCountries:
      "enter at least one two-letter country code of an EU member state, such as DE or FR, separated by commas.",
    profileLanguages: "tick at least one language.",
    profileUrl: "enter a full web address that starts with https://, for example https://example.org/policy.",
    profileImpartialName: "enter the person or team who handles reports, up to 120 characters.",
    profileImpartialContact: "enter how to reach them, such as an e-mail address, up to 200 characters.",
    profileOral: "enter the telephone line for oral reports, or leave it empty.",
  },
  nav: {
    label: "Sections",
    cases: "Cases",
    security: "My security",
    admin: "Administration",
  },
  roles: {
    handler: "Case handler",
    custodian: "Identity custodian",
    admin: "Administrator",
  } as Record<string, string>,
  access: {
    title: "Who can open this case",
    you: "(you)",
    holdsIdentity: "Also holds the key to the identity section.",
    revoke: "Revoke access",
    revokeHint:
      "Revoking deletes that person's copy of the case key on the server. Anything they already read, they " +
      "may have kept.",
    revoked: (name: string): string => `Access for ${name} was revoked.`,
    grantTitle: "Give a colleague access",
    colleague: "Colleague",
    grantHint:
      "The case key is encrypted to the colleague's own key in this browser. People the reporting person " +
      "excluded are never listed.",
    notInChannel: "not in this case's channel",
    notInRoster: "not in the signed roster yet: an administrator has to sign in first",
    fingerprint: "Key fingerprint (compare it with what the colleague sees under Security)",
    noRoster:
      "Access can be given only to keys in the signed roster, and this browser has no roster it can trust " +
      "for this case right now. Ask an administrator to sign in, then reload.",
    alsoIdentity: "Also give the key to the identity section (the colleague is a custodian)",
    grant: "Give access",
    granted: (name: string): string => `${name} can now open this case.`,
    nobodyToGrant: "There is nobody else who could be given access.",
    giveUp: "Give up my access",
    formerColleague: "A former colleague",
  },
  identity: {
    reasonNeeded:
      "Present and sealed. As a custodian you can open it after recording why (Art. 16). The reason and " +
      "every opening are kept in the audit log.",
    reason: "Reason for opening the identity section",
    reasonHint:
      "At least 10 characters. Say why the investigation needs the reporting person's identity now.",
    reasonShort: "Write a reason of at least 10 characters.",
    request: "Record the reason and ask to open",
    waiting:
      "Your request is recorded and is waiting for a second custodian's approval. Come back to this case " +
      "once it is approved.",
    refused: "Your last request was refused by a second custodian. You can record a new reason.",
    approved: "Your request is approved. Opening the identity section is recorded in the audit log.",
    open: "Open the identity section",
    openedHint: "Shown only in this tab. It is forgotten when you leave the case or sign out.",
    pendingTitle: "Requests waiting for your decision",
    approve: "Approve",
    refuse: "Refuse",
    approvedOne: "Approved.",
    refusedOne: "Refused.",
  },
  disclosure: {
    title: "Record a disclosure of the identity beyond the case team",
    intro:
      "The identity may be disclosed to anyone beyond the case team only where Union or national law " +
      "requires it, for example in investigations by authorities or judicial proceedings (Art. 16(2)). " +
      "The reporting person must be told first, with the reasons in writing, unless that would jeopardise " +
      "the investigation or the proceedings (Art. 16(3)).",
    basis: "Legal basis",
    basisHint: "The law and provision that require the disclosure.",
    basisMissing: "Name the legal basis (at least 5 characters).",
    to: "Disclosed to",
    toMissing: "Say to whom the identity is disclosed.",
    jeopardises: "Telling the reporting person would jeopardise the investigation or judicial proceedings",
    message: "Message to the reporting person with the written reasons",
    messageHint: "Encrypted in this browser and put in the reporting person's inbox.",
    messageMissing:
      "Write the reasons to the reporting person, or tick that telling them would jeopardise the investigation.",
    submit: "Record the disclosure",
    recorded: "The disclosure was recorded.",
  },
  minimise: {
    title: "Remove data that is not needed (Art. 17)",
    intro:
      "Deletes a whole entry or file for good, on both sides: it is crypto-shredded. The thread keeps a signed note that something was removed and why, without its content, and the audit log records it. Use it for personal data that is not relevant, and at once for what proved untrue or outside the scope of the law (Spain: Ley 2/2023 art. 32). The report itself stays.",
    held: "Nothing can be removed while a legal hold is in place.",
    nothing: "Nothing in this case can be removed.",
    target: "What to remove",
    entryOption: (seq: number, kind: string, author: string, when: string) =>
      `Entry ${seq}: ${kind}, ${author}, ${when}`,
    fileOption: (name: string) => `File: ${name}`,
    unnamedFile: "File (its name could not be decrypted)",
    reason: "Reason",
    confirm: "I understand that this cannot be undone.",
    confirmFirst: "Tick the box to confirm first.",
    submit: "Remove for good",
    done: "Removed. Both sides see that something was removed and why; the audit log records it without content.",
  },
  hold: {
    title: "Retention and legal hold",
    deleteBy: "Deleted on",
    noDeleteBy: "Not set yet: the date follows from when the case is closed.",
    notHeld: "No legal hold. The case is deleted on the date above.",
    held: "A legal hold is in place: the case is kept past the date above until the hold is lifted.",
    justification: "Justification for a legal hold",
    justificationHint:
      "At least 10 characters, for example pending proceedings. It is recorded in the audit log.",
    justificationShort: "Write a justification of at least 10 characters.",
    place: "Place a legal hold",
    placed: "The legal hold is in place.",
    lift: "Lift the legal hold",
    lifted: "The legal hold was lifted.",
  },
  security: {
    title: "My security",
    totpRequired:
      "Your organisation requires a second factor. Set up an authenticator app before you continue.",
    continue: "Continue",
    totpTitle: "Authenticator app",
    totpOn: "On: signing in asks for a code from your authenticator app.",
    totpOff: "Off.",
    totpStart: "Set up an authenticator app",
    totpScan: "Scan this code with your authenticator app, or type the key below into it.",
    totpQr: "QR code for your authenticator app",
    totpNoQr: "The QR code could not be drawn here. Type the key below into your app.",
    totpSecret: "Key:",
    totpUri: "Show the setup address",
    totpCodeHint: "Enter the 6-digit code your app shows now, to confirm it works.",
    totpEnable: "Turn on",
    totpEnabled: "The authenticator app is on.",
    passkeyTitle: "Passkeys",
    passkeyIntro:
      "A passkey on this device or a security key can confirm your sign-in instead of a code. Your " +
      "passphrase is still needed: only it opens your keys.",
    passkeyCount: (n: number): string => (n === 1 ? "1 passkey registered." : `${n} passkeys registered.`),
    passkeyAdd: "Add a passkey",
    passkeyAdded: "The passkey was added.",
    passkeyCancelled: "The passkey was not used: the request was cancelled or timed out.",
    passkeyUnsupported: "This browser does not support passkeys.",
    passkeyNeeded: "Your passphrase is right. Now confirm with your passkey.",
    usePasskey: "Use a passkey",
    passphraseTitle: "Passphrase",
    passphraseIntro:
      "Your keys are sealed again in this browser under the new passphrase. Other sessions are signed out.",
    currentPassphrase: "Current passphrase",
    currentMissing: "Enter your current passphrase under “Confirm it’s you”.",
    confirmTitle: "Confirm it’s you",
    confirmIntro:
      "Changes to your passphrase, recovery key, second factors and reminder address need your current " +
      "passphrase and your second factor (a code from your app, or your passkey), every time.",
    confirmCode: "Enter the current code from your authenticator app under “Confirm it’s you”.",
    change: "Change passphrase",
    changed: "Your passphrase was changed. Other sessions were signed out.",
    recoveryTitle: "Recovery key",
    recoveryIntro:
      "A recovery key lets you set a new passphrase if you forget yours. Print it or write it down and " +
      "keep it somewhere safe, away from this device. Without it, a forgotten passphrase means your keys " +
      "are lost.",
    recoveryReplaces: "Making a new recovery key replaces the previous one.",
    recoveryCreate: "Make a new recovery key",
    recoveryKeyFor: (handle: string): string => `Recovery key for ${handle}`,
    recoveryPrintNote: "Keep it private: with your handle, it can replace your passphrase.",
    recoveryOnce: "This key is shown only once. Print it or write it down now.",
    recoverySaved: "I have printed or written down my recovery key",
    recoveryDone: "Done",
    recoveryStored: "Your recovery key is set.",
    notifyTitle: "Email reminders",
    notifyEmail: "Email address for reminders",
    notifyHint:
      "Reminders say only that a deadline is near; they never contain report content. Leave empty for none.",
    notifySave: "Save address",
    notifyRemove: "Remove address",
    notifySaved: "The address was saved.",
    notifyRemoved: "No reminders will be emailed.",
    notifyInvalid: "Enter a valid email address.",
    sessionsTitle: "Sessions",
    endAllHint: "Signs you out on every device and browser, this one included.",
    endAll: "Sign out everywhere",
    endedAll: "You were signed out everywhere.",
  },
  recover: {
    link: "Forgot your passphrase? Use your recovery key",
    title: "Set a new passphrase with your recovery key",
    intro:
      "Enter your handle and the recovery key you printed, then choose a new passphrase. If your " +
      "organisation uses an authenticator app, you also need a code from it.",
    key: "Recovery key",
    keyHint: "Seven groups of four characters. Upper or lower case, with or without hyphens.",
    badKey: "The handle or recovery key is not right.",
    totpNeeded: "Your recovery key is right. Now enter the code from your authenticator app.",
    newTitle: "Your new passphrase",
    submit: "Set new passphrase and sign in",
    notChanged: "Your passphrase was not changed; nothing else was kept. Try again.",
    back: "Back to sign-in",
  },
  admin: {
    title: "Administration",
    sectionsLabel: "Sections of the administration",
    sections: {
      people: "People",
      channels: "Channels",
      settings: "Settings",
      notice: "Notice",
      transparency: "Transparency",
      audit: "Audit log",
    },
    enrolTitle: "Invite a person",
    enrolIntro:
      "Make a one-time enrolment link and give it to the person through a channel you trust. It works once " +
      "and expires after a day.",
    roles: "Roles",
    rolesMissing: "Choose at least one role.",
    enrolChannels: "Channels whose reports they receive",
    enrolChannelsHint: "Only handlers receive reports. You can change this later.",
    enrolCreate: "Make enrolment link",
    enrolLinkIntro: (expires: string): string =>
      `Enrolment link, shown only now. It works once and expires on ${expires}.`,
    copyManually: "Copying is not possible here. Select the link and copy it.",
    peopleTitle: "People",
    peopleHint:
      "Removing a person deletes their keys and sessions. Someone who is the only person able to open a " +
      "case cannot be removed until another person is given access.",
    colName: "Name",
    colChannels: "Channels",
    colTotp: "Authenticator app",
    colSince: "Since",
    colActions: "Actions",
    noChannel: "None",
    totpOn: "On",
    totpOff: "Off",
    rolesSave: "Save roles",
    rolesSaved: (name: string): string => `The roles of ${name} were saved.`,
    remove: "Remove",
    removeQuestion: (name: string): string =>
      `Remove ${name}? Their keys and sessions are deleted and they can no longer sign in. This cannot be undone.`,
    removeConfirm: "Yes, remove",
    removeCancel: "Cancel",
    removed: (name: string): string => `${name} was removed.`,
    channelsTitle: "Routing channels",
    channelsIntro:
      "A reporting person can choose a channel. Only its members who are handlers can open the reports " +
      "sent to it.",
    membersSave: "Save members",
    membersSaved: (name: string): string => `The members of ${name} were saved.`,
    channelName: "New channel",
    channelNameHint: "A name the reporting person understands, for example “Finance and procurement”.",
    channelNameMissing: "Name the channel.",
    channelCreate: "Add channel",
    channelCreated: (name: string): string => `The channel ${name} was added. Choose its members below.`,
  },
  approvals: {
    title: "Waiting for a second admin",
    intro:
      "With two or more admins, a change that lets someone read reports (a role, a channel, an enrolment link) or switches off second-person approval for identity sections applies only after another admin approves it. The channel's handlers are told when it applies.",
    none: "Nothing is waiting.",
    oneAdmin:
      "You are the only admin, so your changes apply at once. Once there is a second admin, a change that lets someone read reports waits for their approval.",
    approve: "Approve",
    reject: "Reject",
    withdraw: "Withdraw",
    mine: "You asked for this; another admin must approve it.",
    requested: (who: string, when: string): string => `Asked for by ${who} on ${when}.`,
    roles: (name: string, roles: string): string => `Give ${name} the roles: ${roles}.`,
    members: (channel: string, names: string): string => `Set the members of ${channel} to: ${names}.`,
    enrolment: (roles: string): string => `Let an enrolment link be used, with the roles: ${roles}.`,
    settingsOff: "Switch off second-person approval for opening identity sections.",
    waiting: "Saved as a request: another admin must approve it before it applies.",
    approved: "Approved and applied. The channel's handlers are told.",
    rejected: "The change was rejected; nothing was applied.",
    confirmIntro: "Approving needs your passphrase (and your second factor, if you have one).",
    linkWaiting: "This link works once another admin approves it under “Waiting for a second admin”.",
  },
  notices: {
    title: "Changes to who can read reports",
    newReader: (name: string, channel: string): string =>
      `${name} can now read reports on ${channel}. If you did not expect this, tell the other admins.`,
    unknownReader: "A person who has since left",
    anyChannel: "your channel",
    dismiss: "Dismiss",
  },
  settings: {
    title: "Organisation settings",
    orgName: "Organisation name",
    orgNameFrom: "Change it in the organisation profile (Notice).",
    jurisdiction: "Jurisdiction",
    jurisdictionHint: "The national law whose deadlines and retention rules apply.",
    timeZone: "Time zone",
    timeZoneHint: "An IANA name such as Europe/Berlin. Legal dates are days in this zone.",
    retentionYears: "Years kept after closure",
    retentionUnknown: "Used where the law leaves the retention period open.",
    retentionFixed: (period: string, basis: string): string =>
      `Not used: the law fixes the period at ${period} (${basis}).`,
    retentionCap: (period: string, basis: string): string => `At most ${period} (${basis}).`,
    retentionOpen: (basis: string): string => `The law leaves the period open (${basis}).`,
    reminderAck: "Acknowledgement reminder, days before the deadline",
    reminderFeedback: "Feedback reminder, days before the deadline",
    requireTotp: "Everyone must use an authenticator app",
    requireTotpHint: "People without one are sent to set it up before they can do anything else.",
    requireApproval: "Opening an identity section needs a second custodian's approval",
    requireApprovalHint: "Without it, a custodian's recorded reason is enough.",
    save: "Save settings",
    saved: "The settings were saved.",
    unchanged: "Nothing was changed.",
    invalid: "Check the highlighted values.",
    updatedAt: (when: string): string => `Last changed ${when}.`,
  },
  audit: {
    title: "Audit log",
    hint: "Newest first, up to 500 entries. It records actions, never report content.",
    intact: (n: number): string => `The hash chain is intact (${n} entries checked).`,
    broken: (seq: number, reason: string): string =>
      `The hash chain is broken at entry ${seq}: ${reason}. The log may have been altered.`,
    checkpoint: (seq: number): string =>
      `Signed checkpoint: the log up to entry ${seq} was checked and signed by a person's browser. npm run audit:verify fails if anything at or before it changes.`,
    colSeq: "No.",
    colTime: "Time",
    colActor: "Who",
    colAction: "Action",
    colCase: "Case",
    colDetail: "Detail",
    system: "System",
  },
  backup: {
    title: "Backups",
    intro:
      "Backups are encrypted to an offline key the admins keep, never to a key on this server. Make it with 'npm run backup:keygen' on the machine that keeps it, then paste its recipient here. Backups expire after 30 days, so a deleted case leaves every backup within that time.",
    none: "No backup recipient is set: backups cannot be taken.",
    current: (fingerprint: string, when: string): string =>
      `Backups are encrypted to the key with fingerprint ${fingerprint}${when ? ` (set ${when})` : ""}. Compare it with the one printed when the key was made.`,
    recipient: "New backup recipient",
    recipientHint: "The age1pq1... line printed by 'npm run backup:keygen' (a post-quantum key).",
    save: "Set backup recipient",
    saved: "The backup recipient was set.",
    notHybrid: "Paste a post-quantum recipient: it starts with age1pq1.",
  },
  trust: {
    title: "Channel key",
    fingerprint: "Channel key fingerprint",
    hint: "Reporting people compare this with the poster and the notice. If it ever differs, stop and tell the other admins.",
    roster: (serial: number, when: string): string => `Signed roster no. ${serial}, signed ${when}.`,
    none: "No signed roster yet: an admin has to sign in once.",
    waiting: "Another admin has to sign in once to share the channel key with you.",
    mismatch: "The roster the server serves was not signed with the channel key you hold. Do not trust it.",
    colleagues: "Colleagues' signing keys",
    colleaguesHint:
      "Compare a colleague's fingerprint with what their own screen shows before you grant them a case.",
  },
  channelRules: {
    title: "Legal entity of each channel",
    intro:
      "A group with entities in several member states sets here which national law and time zone each channel's reports follow. A report takes them when it is sent and keeps them; changing a channel affects new reports only.",
    jurisdiction: "Jurisdiction",
    organisationDefault: "The organisation's (see Settings)",
    timeZone: "Time zone",
    timeZoneHint: "An IANA name such as Europe/Dublin; leave empty for the organisation's.",
    save: "Save",
    saved: (name: string): string => `Saved the legal entity of ${name}.`,
    unverified: (states: string): string =>
      `Rules not yet verified against national law (number of rules in brackets); the Directive's deadlines apply to them until a national text is checked: ${states}.`,
  },
  release: {
    title: "Client release",
    intro:
      "Publishing a release signs the list of every file this server sends to browsers (client-manifest.json) with the channel key, after your browser fetched each file and checked it. Anyone can then run npm run verify:site against this address to check that the site still sends exactly those files.",
    none: "No release has been published yet.",
    current: (when: string, files: number): string =>
      `Release in force: published ${when}, ${files} files. Manifest SHA-256:`,
    hint: "Publish after every upgrade. Before you do, compare the manifest SHA-256 with sha256sum dist/client/client-manifest.json from your own build of the released version: two builds of one version give the same files.",
    publish: "Check the served files and publish this release",
    checking: (n: number): string => `Checking ${n} served files…`,
    differs: (paths: string): string =>
      `Not published: these served files differ from the manifest: ${paths}.`,
    noKey: "Not published: this browser does not hold the channel key yet.",
    published: (digest: string): string => `Release published. Manifest SHA-256: ${digest}.`,
  },
  caseExport: {
    title: "Export for age",
    recipient: "Recipient (age X25519 key, age1…)",
    recipientHint:
      "The report and thread are decrypted here and encrypted to this key only; open the file with the age tool. The export is recorded in the audit log.",
    purpose: "Purpose of the export",
    submit: "Record and download the export",
    badRecipient: "Enter an age X25519 recipient: age1 followed by 58 characters.",
    purposeShort: "Say in a few words why the case is exported.",
    done: (hash: string): string =>
      `Export downloaded. It carries the audit log head your browser checked and signed: ${hash}.`,
    doneNoHead: "Export downloaded.",
  },
  notes: {
    title: "Internal notes",
    intro:
      "Only colleagues who hold this case can read these notes. They are encrypted in your browser to a notes key of their own: the reporting person never sees them.",
    none: "No notes yet.",
    add: "Add note",
    label: "New note",
    added: "The note was added.",
    waiting:
      "Colleagues have written notes you cannot read yet: the next one of them who opens this case shares the notes key with you.",
    by: (name: string, when: string): string => `${name}, ${when}`,
    unreadable: "This note could not be decrypted.",
    unverified:
      "This note is not signed by the colleague it names, so it is not shown. It may have been added or changed on the server.",
    assignee: "Who is on it",
    nobody: "Nobody yet",
    assign: "Save",
    assigned: (name: string): string => `${name} is on this case.`,
    unassigned: "Nobody is on this case now.",
    onIt: (name: string): string => `On it: ${name}`,
  },
  questions: {
    title: "Questions on the report form",
    intro:
      "Questions this channel's report form asks besides the usual fields. Answers are optional and encrypted with the report; handlers see them with the question as it was asked. Every save makes a new version.",
    version: (n: number): string => (n === 0 ? "No questions yet." : `Version ${n}.`),
    none: "No questions.",
    remove: "Remove",
    label: "Question",
    type: "Kind of answer",
    types: { text: "Text", single: "One choice", multiple: "Several choices", date: "A date" } as Record<
      string,
      string
    >,
    options: "Choices, one per line",
    optionsHint: "Only for questions with choices: at least two.",
    add: "Add question",
    save: "Save questions",
    saved: (channel: string, n: number): string => `The questions of ${channel} were saved as version ${n}.`,
    labelMissing: "Write the question first.",
    optionsMissing: "Give at least two choices, one per line.",
  },
};
