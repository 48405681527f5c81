/**
 * English UI strings of the reporting person's pages (form, token page, inbox) and of what the staff app
 * shares with them (fields, statuses, errors, dates). Static page text is put into the HTML at build time
 * (`{{key.path}}` placeholders, see vite.config.ts); scripts read the same object at run time. The staff
 * app's own strings are in `en-staff.ts`, which reporter pages never load: keep them out of this file.
 */
export const en = {
  lang: "en",
  locale: "en-GB",
  links: {
    // The AI Office's information page for its AI Act whistleblower tool (LAW.md 8); it names the portal.
    aiOfficeTool: "https://digital-strategy.ec.europa.eu/en/policies/ai-act-whistleblower-tool",
  },
  common: {
    skip: "Skip to main content",
    home: "Home",
    notice: "Information for workers (notice)",
    noscript:
      "The report form and the case inbox need JavaScript: your words are encrypted on this device before " +
      "they are sent, and that needs JavaScript. You can read this page without it. If your browser blocks " +
      "JavaScript (for example Tor Browser at the Safest level), allow it for this site, or use another way " +
      "to report described in the notice.",
    noscriptAllow:
      "To allow JavaScript for this site only: in Tor Browser, the Safer level is enough (shield icon, " +
      "Settings); at Safest, add the NoScript button to the toolbar and choose Temporarily trust for this " +
      "site. In other browsers, open the site settings next to the address bar and allow JavaScript for " +
      "this site.",
    noscriptElsewhere: "You can also report to these authorities and EU bodies (plain links):",
    language: "Language",
    leave: "Leave quickly",
    leaveHint: "Replaces this page with an empty one and clears what you typed.",
    notLegalAdvice: "This is general information, not legal advice.",
    loading: "Loading…",
    required: "(required)",
    optional: "(optional)",
  },
  landing: {
    title: "Speak up safely",
    intro:
      "This is a confidential channel for reporting breaches of law that you learned about through your " +
      "work: for example fraud, corruption, safety or health risks, environmental harm, data protection " +
      "breaches, or risks from AI systems. You can stay anonymous.",
    makeReport: "Make a report",
    makeReportHint: "Takes about 10 minutes. No account, no email address, no name needed.",
    openInbox: "Open your case inbox",
    openInboxHint: "Already reported? Use your case token to read replies and answer questions.",
    howTitle: "How it works",
    how1: "Your report is encrypted in your browser before it is sent. The server stores only text it cannot read; only the designated case handlers can open it.",
    how2: "We do not store your IP address or anything about your device. For extra safety, use a device and network your employer does not control.",
    how3: "After sending you get a case token. It is the only key to your case inbox, where you read replies and can answer. Nobody can recover it for you.",
    how4: "You get an acknowledgement within 7 days and feedback on what was done within 3 months.",
    externalTitle: "You can also report outside the organisation",
    external:
      "You may always report directly to a competent authority, or to an EU institution, body, office or " +
      "agency, for example the EU AI Office's AI Act whistleblower tool. In most countries you never have to " +
      "report here first; the notice says where national law sets conditions (Italy, Portugal).",
    externalNotice: "The notice lists the authorities and how to reach them",
    aiOfficeLink: "About the AI Office's whistleblower tool (European Commission website)",
    handlerTitle: "For case handlers",
    handlerLink: "Sign in to handle cases",
  },
  report: {
    title: "Make a report",
    intro:
      "Tell us what happened in your own words. Only the first two questions are required. Everything you " +
      "write is encrypted in this browser before it is sent.",
    channel: "Where should your report go?",
    category: "What is it about?",
    categoryPlaceholder: "Choose a topic",
    categoryNotSureHint:
      'Not sure which topic fits? Choose "Other / not sure" at the top of the list: the case handlers will sort it out.',
    notSureButton: 'I am not sure: choose "Other / not sure"',
    groupNotSure: "Something else / not sure",
    groupEuLaw: "Breaches of EU law",
    groupAiRisks: "AI safety and fundamental rights",
    groupNational: "Breaches of national law",
    draftWarning: "Your report has not been sent. If you leave this page, what you wrote is lost.",
    elsewhereSummary: "Other places you can report to",
    receiptFor: "Report to",
    inboxFailed:
      "The inbox could not be opened here. Your case token is still shown above; open the inbox page with it.",
    what: "What happened?",
    whatHint: "Describe the facts you know. Say what you saw yourself and what you heard from others.",
    whenWhere: "When and where did it happen?",
    whenWhereHint: "Dates, places, systems or projects, as far as you know them.",
    who: "Who is involved?",
    whoHint: "Names or roles of the people or teams concerned, if you know them.",
    relationship: "Your relationship to the organisation",
    relationshipHint: "Optional. Leaving it empty can help you stay anonymous.",
    filesLabel: "Files",
    recordVoice: "Record a voice message",
    filesHint:
      "Documents, screenshots, logs. Each file is encrypted in this browser before it is sent, after the report.",
    relationshipNone: "Leave empty",
    aboutTitle: "About you (optional)",
    identityLegend: "Your identity (optional)",
    identityWarning:
      "Leave this section empty to stay anonymous. If you fill it in, it is encrypted with a separate key " +
      "that only the custodians (the people designated to protect reporters' identities) can open. Other " +
      "case handlers see only that it exists.",
    identityNoCustodians:
      "Nobody holds the custodian role right now, so your identity could not be protected separately. " +
      "Please leave this section empty.",
    identityName: "Your name",
    identityContact: "How to contact you",
    identityContactHint: "A private email address or phone number, not a work one.",
    identityNote: "Anything else about contacting you",
    detailsWarning:
      "Details in your answers can also reveal who you are. Write what is needed to understand the " +
      "problem and leave out what is not.",
    coiLegend: "People who must not see this report (optional)",
    coiHint:
      "Tick anyone below who is involved in what you report or could have a conflict of interest. Your " +
      "report is not encrypted to them, so they cannot open it, and nobody can give them access later.",
    beforeTitle: "Before you send",
    beforeAnonymity:
      "Anonymity: your report is encrypted in this browser. We never see it in readable form and we do not " +
      "store your IP address. Only the case handlers can read it.",
    beforeToken:
      "Your case token: after sending, you get a code shown only once. It is the only way into your case " +
      "inbox. Keep it safe and private; nobody can recover it for you.",
    beforeNext:
      "What happens next: you get an acknowledgement within 7 days and feedback within 3 months. Check your " +
      "inbox: we have no other way to reach you unless you tell us one. The exact dates are shown after you " +
      "send.",
    beforeExternal:
      "You can always report to a competent authority or to an EU institution, body, office or agency, " +
      "including the EU AI Office's AI Act whistleblower tool, instead of or as well as here. You never have " +
      "to report here first.",
    submit: "Encrypt and send report",
    loadingConfig: "Loading the form…",
    configFailed: "The form could not be loaded. Check your connection and reload the page.",
    encrypting: "Encrypting your report in this browser…",
    sending: "Sending the encrypted report…",
    missingCategory: "Choose what your report is about.",
    missingWhat: "Describe what happened.",
    failedClosed: "Encryption failed, so nothing was sent. Reload the page and try again.",
    sendFailed: "Your report was not sent:",
    noHandlers: "Nobody can receive reports on this channel yet, so nothing was sent.",
    allExcluded: "You excluded everyone who could read your report. Leave at least one person unticked.",
    sentTitle: "Your report was sent",
    spellToken: "Read the case token character by character",
    tokenGroup: (n: number): string => `Group ${n}`,
    tokenTitle: "Your case token",
    tokenOnce:
      "This token is shown only once. Save it now. Anyone who has it can read your case, so keep it private.",
    copy: "Copy",
    copied: "Copied.",
    copyFailed: "Copying is not possible here. Select the case token and copy it, or write it down.",
    download: "Download as a text file",
    print: "Print",
    inboxAt: "Your case inbox:",
    tokenFileIntro: "Case token for your report. Keep it private: anyone with it can read your case.",
    datesTitle: "What happens next",
    receivedOn: "Received on",
    ackBy: "Acknowledgement by",
    feedbackBy: "Feedback by",
    disclosureFrom: "Public disclosure may be protected from",
    disclosureShort:
      "Only relevant if no appropriate action is taken; your inbox explains what it means. General information, not legal advice.",
    datesHint: "Open your case inbox with the case token to see the acknowledgement, replies and feedback.",
    saved: "I have saved my case token somewhere safe",
    continue: "Continue to the inbox",
    leaveWarning: "You have not confirmed that you saved your case token. It cannot be shown again.",
  },
  inbox: {
    title: "Your case inbox",
    intro:
      "Enter the case token you received when you made your report. It is checked and turned into keys in " +
      "this browser; the token itself is never sent.",
    token: "Case token",
    tokenHint: "Five groups of five characters. Upper or lower case, with or without hyphens.",
    open: "Open inbox",
    badToken: "Check the case token: a character looks wrong.",
    notFound: "No case matches this token. Check it and try again.",
    opening: "Opening your inbox…",
    lock: "Lock",
    lockHint: "Lock when you are done: it clears everything from this page.",
    status: "Status",
    outcome: "Outcome",
    datesTitle: "Your dates",
    receivedOn: "Received",
    receivedExplain: "The day your report arrived.",
    acknowledgedOn: "Acknowledged on",
    ackBy: "Acknowledgement due by",
    ackExplain: "By this date the organisation must confirm that it received your report.",
    ackDone: "The organisation confirmed receipt of your report on this date.",
    feedbackBy: "Feedback due by",
    feedbackExplain:
      "By this date you should be told what has been done or is planned about your report, and why.",
    disclosureFrom: "Public disclosure may be protected from",
    disclosureExplain:
      "From this date, if no appropriate action has been taken on your report, making the information " +
      "public can be protected (Art. 15(1)(a) of the Directive). Under the Directive this applies only if " +
      "you have also reported to a competent authority and it too took no appropriate action in its own time " +
      "limit, or if you reported to the authority directly. Some national laws differ: in Ireland an internal " +
      "report alone can be enough (Protected Disclosures Act 2014 s.10(c)(i)); the legal basis shown with the " +
      "date names the rule for your report. Without waiting, public disclosure can also be protected " +
      "when there is an imminent or manifest danger to the public interest, or when reporting to the " +
      "authority risks retaliation or evidence being hidden (Art. 15(1)(b)). Get advice before you go " +
      "public, for example from a support body listed in the notice.",
    basis: "Legal basis:",
    noDate: "Not set",
    notSetAck: "No date applies: the acknowledgement date only exists until your report is acknowledged.",
    notSetFeedback: "No date applies yet: it is set once the law's time limit for feedback can be counted.",
    notSetDisclosure:
      "No date is set because feedback on the outcome came within the time limit, or because this channel's " +
      "law sets none. Art. 15(1)(b) protection, which needs no waiting, is not affected.",
    datesMore: "Each date shows the rule it comes from.",
    todo: {
      "answer-question": "We asked you a question. Please answer it below.",
      "read-reply": "We wrote to you. Read the message below; you can answer if you want.",
      "read-feedback": "We gave you feedback on what was done. Read it below; you can still write to us.",
      closed: "Your case is closed. You can still read everything here.",
      "wait-ack": "Nothing to do now. Your report arrived; we will confirm receipt here.",
      "wait-follow-up": "Nothing to do now. We are following up; come back here for replies and feedback.",
    } as Record<string, string>,
    threadTitle: "Messages",
    threadEmpty: "No messages yet.",
    replyLabel: "Write a reply",
    replyHint: "Encrypted in this browser before it is sent. Only the case handlers can read it.",
    send: "Encrypt and send",
    sending: "Sending…",
    sent: "Sent.",
    emptyReply: "Write a message first.",
    locked: "Locked. Enter your case token to open the inbox again.",
    furtherFeedbackTitle: "Further feedback",
    furtherFeedbackHint:
      "Under Irish law you can ask for further feedback every 3 months until your case is closed. Your " +
      "request is added to the messages, signed in this browser.",
    furtherFeedbackAsk: "Ask for further feedback every 3 months",
    furtherFeedbackText: "I ask for further feedback every 3 months until my case is closed.",
    furtherFeedbackAsked: "You asked for further feedback on",
    furtherFeedbackBy: "Further feedback due by",
    furtherFeedbackExplain:
      "3 months after the last feedback, because you asked for it. This repeats until the case is closed.",
  },
  fields: {
    category: "Category",
    whatHappened: "What happened",
    whenWhere: "When and where",
    whoInvolved: "Who is involved",
    relationship: "Relationship to the organisation",
    attachments: "Attachments",
    none: "(not given)",
  },
  status: {
    received: "Received",
    acknowledged: "Acknowledged",
    in_follow_up: "In follow-up",
    feedback_given: "Feedback given",
    closed: "Closed",
  } as Record<string, string>,
  outcome: {
    substantiated: "Substantiated",
    unsubstantiated: "Unsubstantiated",
    referred: "Referred to an authority",
    no_action: "No action needed",
    withdrawn: "Withdrawn",
  } as Record<string, string>,
  kind: {
    report: "Report",
    message: "Message",
    acknowledgement: "Acknowledgement",
    request_info: "Request for more information",
    feedback: "Feedback",
    final_outcome: "Final outcome",
    disclosure_notice: "Notice: your identity is being disclosed",
    minimisation: "Data removed (Art. 17)",
    further_feedback_request: "Request for further feedback",
  } as Record<string, string>,
  /** Parts of a case a handler removed under Directive Art. 17 (and Spain's Ley 2/2023 art. 32). */
  minimised: {
    entry:
      "An entry was removed here under Art. 17 of the Directive: personal data that is not needed is deleted.",
    attachment:
      "A file was removed under Art. 17 of the Directive: personal data that is not needed is deleted.",
    reason: "Reason",
    reasons: {
      not_relevant: "not relevant to the report",
      untrue: "found to be untrue",
      out_of_scope: "outside the scope of the whistleblowing rules",
    },
  },
  author: {
    reporter: "Reporting person",
    handler: "Case handler",
    you: "You",
  },
  errors: {
    network: "The server could not be reached. Check your connection and try again.",
    server: "Something went wrong on the server. Try again later.",
    rejected: "The server did not accept this request. Reload the page and try again.",
    undecryptable: "This entry could not be decrypted.",
    unsupported: "This entry uses a format this page does not know.",
    unverified:
      "This entry could not be verified, so it is not shown. It may have been added, changed, removed or reordered on the server.",
    unwrapFailed: "The case key could not be opened with your key.",
    recipientMismatch:
      "The server's case key does not match the case you opened, so nothing was sent. Report this to an administrator.",
    badRecipient: "A recipient key from the server is not of the expected kind, so nothing was sent.",
    weakKdf: "The server offered unsafe key settings, so the passphrase was not used.",
    rateLimited: "Too many attempts. Wait a few minutes and try again.",
    notSent: "This could not be prepared in this browser, so nothing was sent. Try again.",
  },
  dates: {
    daysLeft: (n: number): string => (n === 1 ? "1 day left" : `${n} days left`),
    daysOver: (n: number): string => (n === 1 ? "1 day overdue" : `${n} days overdue`),
    today: "due today",
  },
  receipt: {
    download: "Download the signed receipt",
    hint: "The channel signs this receipt: it shows that you reported, and when. Keep it with your case token. Anyone can check it, even offline, on the page /verify-receipt.html.",
  },
  roster: {
    // The report page when it cannot verify the channel (issue 10), and its fingerprint line.
    unverified:
      "This channel cannot be verified right now, so this page will not encrypt or send anything. " +
      "Your report is safe with you: nothing has left this device.",
    unverifiedWhy: {
      "no-roster": "The channel has no signed list of the people who read reports yet.",
      "bad-pin": "The link you opened carries a channel key fingerprint that is not written correctly.",
      "pin-mismatch":
        "The channel key does not match the fingerprint in the link you opened (from the poster or notice). " +
        "Someone may be trying to read reports they should not.",
      expired: "The signed list of the people who read reports is out of date.",
      invalid: "The list of the people who read reports is not validly signed by the channel key.",
    },
    unverifiedExternal: "You can report to an external authority instead:",
    fingerprintPinned: (f: string): string => `Verified: the channel key matches your link (${f}).`,
    fingerprintCompare: (f: string): string =>
      `Channel key fingerprint: ${f}. Compare it with the one on the poster or notice before you write.`,
  },
};
