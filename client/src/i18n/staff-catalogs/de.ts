/** Deutsch: die Fallbearbeitung (Staff-App). Maschinenentwurf, Begriffe nach content/glossary/de.json. */
import type { StaffTranslation } from "../catalog.ts";

const de: StaffTranslation = {
  handler: {
    title: "Fallbearbeitung",
    signInTitle: "Anmelden",
    handle: "Benutzerkennung",
    passphrase: "Passphrase",
    signIn: "Anmelden",
    badCredentials: "Benutzerkennung oder Passphrase ist falsch.",
    totp: "Code aus Ihrer Authenticator-App",
    totpHint: "6 Ziffern; er ändert sich alle 30 Sekunden.",
    totpNeeded: "Ihre Passphrase stimmt. Geben Sie jetzt den Code aus Ihrer Authenticator-App ein.",
    sessionEnded: "Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an.",
    keysInMemory:
      "Ihre Schlüssel bleiben nur im Speicher dieses Tabs. Neu laden oder Schließen des Tabs meldet Sie ab.",
    deriving:
      "Ihr Schlüssel wird abgeleitet … Das dauert absichtlich einige Sekunden, um das Erraten von Passphrasen zu bremsen.",
    enrolTitle: "Ihr Konto für die Fallbearbeitung einrichten",
    enrolInvited: "Sie sind eingeladen mit den Rollen:",
    enrolExpires: "Dieser Link läuft ab am",
    enrolBadLink:
      "Dieser Einladungslink ist ungültig, schon benutzt oder abgelaufen. Bitten Sie um einen neuen.",
    displayName: "Anzeigename",
    displayNameHint: "Wird Hinweisgebern angezeigt, die Personen ausschließen können, und Kollegen.",
    handleHint: "Kleinbuchstaben, Ziffern, Punkte, Binde- oder Unterstriche; 3 bis 40 Zeichen.",
    passphraseNew: "Passphrase",
    passphraseHint:
      "Mindestens 12 Zeichen. Einige unzusammenhängende Wörter sind stark und leicht zu merken. Sie kann " +
      "nicht zurückgesetzt werden: Nur sie entsperrt Ihren Schlüssel.",
    passphraseRepeat: "Passphrase wiederholen",
    passphraseMismatch: "Die beiden Passphrasen stimmen nicht überein.",
    passphraseShort: "Verwenden Sie mindestens 12 Zeichen.",
    strength: ["Zu kurz", "Schwach", "Mittel", "Gut", "Stark"],
    strengthLabel: "Stärke:",
    enrol: "Meine Schlüssel und mein Konto anlegen",
    logout: "Abmelden",
    overdue: "Überfällige Fälle:",
    casesTitle: "Fälle",
    noCases: "Keine Fälle.",
    colRef: "Az.",
    colStatus: "Stand",
    colReceived: "Eingegangen",
    colAck: "Eingangsbestätigung fällig",
    colFeedback: "Rückmeldung fällig",
    colNext: "Nächster Schritt",
    openCase: "Fall öffnen",
    badgeAck: "Eingangsbestätigung fällig",
    badgeFeedback: "Rückmeldung fällig",
    badgeMeeting: "Treffen zu vereinbaren",
    badgeInformConcerned: "Betroffene Person zu informieren",
    badgeFurtherFeedback: "Weitere Rückmeldung fällig",
    furtherFeedbackRequestedOn: "Weitere Rückmeldung verlangt am",
    play: "Abspielen",
    badgeOverdue: "Überfällig",
    badgeDeletion: (date: string, days: number): string =>
      `Wird am ${date} gelöscht (in ${days} ${days === 1 ? "Tag" : "Tagen"}), sofern keine Aufbewahrungssperre gesetzt wird`,
    acknowledgedShort: "Bestätigt",
    back: "Zurück zu den Fällen",
    caseTitle: "Fall",
    channel: "Kanal",
    received: "Eingegangen",
    acknowledgedOn: "Eingang bestätigt am",
    reportTitle: "Meldung",
    identityTitle: "Identitätsabschnitt",
    identityNone: "Keiner: Die Meldung ist anonym.",
    identitySealed: "Für Verwahrer versiegelt.",
    identityName: "Vor- und Nachname",
    identityContact: "Kontaktweg",
    identityNote: "Anmerkung",
    threadTitle: "Verlauf",
    ackTitle: "Eingang bestätigen",
    ackMessage: "Eingangsbestätigung",
    ackDefault:
      "Vielen Dank für Ihre Meldung. Wir bestätigen, dass sie bei uns eingegangen ist. Eine unparteiische " +
      "Person wird sie sorgfältig prüfen und Ihre Identität vertraulich behandeln. Wir stellen Ihnen hier " +
      "vielleicht Fragen und geben Ihnen innerhalb von drei Monaten eine Rückmeldung zu den Folgemaßnahmen. " +
      "Sie können uns hier jederzeit schreiben.",
    acknowledge: "Verschlüsseln und Eingang bestätigen",
    messageTitle: "An den Hinweisgeber schreiben",
    message: "Nachricht",
    reply: "Antwort senden",
    requestInfo: "Weitere Informationen erbitten",
    feedback: "Rückmeldung geben",
    statusTitle: "Stand ändern",
    newStatus: "Neuer Stand",
    outcome: "Ergebnis",
    moveStatus: "Ändern",
    followUpOn: "Folgemaßnahmen begonnen",
    finalOutcome: "Als abschließendes Ergebnis senden",
    outcomeCommunicatedOn: "Abschließendes Ergebnis mitgeteilt",
    followUpTitle: "Folgemaßnahmen",
    followUpStart: "Beginn der Folgemaßnahmen festhalten",
    followUpHint:
      "Halten Sie den Tag fest, an dem die Untersuchung dieser Meldung begann. Manche Gesetze löschen eine " +
      "Meldung ohne Folgemaßnahmen (Spanien: 3 Monate nach Eingang, Ley 2/2023 Art. 32), also auch dann, " +
      "wenn der Stand gleich bleibt.",
    done: "Erledigt.",
    emptyMessage: "Schreiben Sie zuerst eine Nachricht.",
    legalBasis: "Rechtsgrundlage",
    newActivity: "Neu vom Hinweisgeber",
    actions: "Aktionen",
    cancel: "Abbrechen",
    nextStep: "Nächster Schritt",
    nextAcknowledge: (day: string, overdue: boolean): string =>
      overdue
        ? `Bestätigen Sie den Eingang jetzt: Er war bis ${day} fällig.`
        : `Bestätigen Sie den Eingang bis ${day}: Teilen Sie dem Hinweisgeber mit, dass die Meldung angekommen ist.`,
    nextInformConcerned: (day: string, overdue: boolean): string =>
      overdue
        ? `Informieren Sie die betroffene Person jetzt oder halten Sie fest, warum die Information aufgeschoben wird: Frist war der ${day} (DSGVO Art. 14 Abs. 3 lit. a).`
        : `Informieren Sie die betroffene Person bis ${day} oder halten Sie fest, warum die Information aufgeschoben wird (DSGVO Art. 14 Abs. 3 lit. a).`,
    nextFeedback: (day: string, overdue: boolean): string =>
      overdue
        ? `Geben Sie jetzt Rückmeldung: Sie war bis ${day} fällig.`
        : `Ergreifen Sie Folgemaßnahmen und geben Sie bis ${day} Rückmeldung: Was wurde getan oder ist geplant, und warum.`,
    nextFurtherFeedback: (day: string, overdue: boolean): string =>
      overdue
        ? `Geben Sie jetzt die weitere Rückmeldung: Die meldende Person hat sie alle 3 Monate verlangt, sie war bis ${day} fällig.`
        : `Geben Sie bis ${day} eine weitere Rückmeldung: Die meldende Person hat sie alle 3 Monate bis zum Abschluss des Falls verlangt.`,
    nextAfterFeedback:
      "Die Rückmeldung ist gegeben. Setzen Sie die Folgemaßnahmen fort und schreiben Sie bei Bedarf; schließen Sie den Fall, wenn sie beendet sind.",
    nextFollowUp: "Ergreifen Sie Folgemaßnahmen; antworten Sie dem Hinweisgeber, wenn er schreibt.",
    nextClosed:
      "Der Fall ist abgeschlossen. Nichts ist fällig; der Verlauf bleibt bis zum Löschdatum lesbar.",
    ackHint: "Geht in das Postfach des Hinweisgebers, verschlüsselt in diesem Browser.",
    ackSent: "Eingangsbestätigung gesendet.",
    replyTitle: "Antworten",
    replyLabel: "Ihre Antwort",
    replyHint: "Eine Nachricht an den Hinweisgeber. Sie ändert den Stand des Falls nicht.",
    replySent: "Antwort gesendet.",
    requestTitle: "Weitere Informationen erbitten",
    requestLabel: "Ihre Frage",
    requestHint: "Der Hinweisgeber sieht, dass Sie eine Frage gestellt haben und auf Antwort warten.",
    requestSent: "Frage gesendet. Das Postfach des Hinweisgebers zeigt jetzt, dass eine Frage wartet.",
    feedbackTitle: "Rückmeldung geben",
    feedbackLabel: "Ihre Rückmeldung",
    feedbackHint:
      "Was zu der Meldung getan wurde oder geplant ist, und warum (Art. 9 Abs. 1 Buchst. f). Das Senden hält fest, dass Rückmeldung gegeben wurde.",
    feedbackConfirm:
      "Dies als Rückmeldung senden? Der Hinweisgeber sieht sie als Rückmeldung, und es wird festgehalten, dass Rückmeldung gegeben wurde.",
    feedbackYes: "Ja, Rückmeldung senden",
    feedbackSent: "Rückmeldung gesendet und festgehalten.",
    chooseOutcome: "Ergebnis wählen",
    outcomeMissing: "Wählen Sie das Ergebnis, bevor Sie den Fall schließen.",
    closeConfirm: "Den Fall mit diesem Ergebnis schließen? Der Hinweisgeber sieht, dass er geschlossen ist.",
    closeYes: "Ja, Fall schließen",
    statusMoved: "Stand geändert.",
    followUpRecorded: "Folgemaßnahmen festgehalten.",
    finalOutcomeTitle: "Abschließendes Ergebnis",
    finalOutcomeLabel: "Das abschließende Ergebnis",
    finalOutcomeHint:
      "Wie die Untersuchung ausging, für den Hinweisgeber. Das Senden hält fest, dass das Ergebnis mitgeteilt wurde.",
    finalOutcomeConfirm:
      "Dies als abschließendes Ergebnis senden? Der Hinweisgeber sieht es, und es wird als mitgeteilt festgehalten.",
    finalOutcomeYes: "Ja, abschließendes Ergebnis senden",
    finalOutcomeSent: "Abschließendes Ergebnis gesendet und festgehalten.",
  },
  adminNotice: {
    noticeTitle: "Jährlicher Hinweis an die Beschäftigten",
    noticeIntro:
      "Beschäftigte müssen mindestens alle 12 Monate erfahren, wie sie Meldungen abgeben und wie sie geschützt sind (Richtlinie Art. 9 Abs. 1 Buchst. g; GPAI-Verhaltenskodex, Maßnahme 8.3). Der Hinweis entsteht aus diesem Profil; genehmigen Sie eine Fassung, geben Sie sie heraus und halten Sie jede Herausgabe als Nachweis fest.",
    stateNever: "Nie herausgegeben",
    stateOk: "Aktuell",
    stateReminder: "Bald fällig",
    stateOverdue: "Überfällig",
    lastIssued: "Zuletzt herausgegeben",
    dueOn: "Nächste Herausgabe fällig bis",
    remindFrom: "Erinnerungen ab",
    profileTitle: "Profil der Organisation",
    name: "Name der Organisation",
    countries: "Länder mit Beschäftigten (EU-Kürzel, durch Komma getrennt, z. B. DE, FR, NL)",
    languages: "Sprachen des Hinweises",
    draftLanguage: "Maschinenentwurf",
    draftWarning: (langs: string): string =>
      `Maschinenentwurf: Der Hinweis und die Seiten für Hinweisgeber in ${langs} wurden nicht von einer sprachkundigen Person geprüft. ` +
      "Lassen Sie sie prüfen, bevor Sie einen Hinweis in diesen Sprachen veröffentlichen (siehe content/languages.json).",
    channelUrl: "Adresse dieses Meldekanals (https)",
    policyUrl: "Wo Ihre Richtlinie zum Hinweisgeberschutz veröffentlicht ist (https)",
    impartialName: "Wer Meldungen bearbeitet (unparteiische Person oder Stelle)",
    impartialContact: "Deren Kontaktweg",
    oralChannel: "Telefon- oder Sprachnachrichtenleitung für mündliche Meldungen (optional)",
    saveProfile: "Profil speichern",
    profileSaved: "Profil gespeichert.",
    versionsTitle: "Fassungen",
    newVersion: "Profil als neue Fassung festschreiben",
    approve: "Genehmigen",
    approvedBy: (who: string, when: string) => `Genehmigt von ${who} am ${when}`,
    notApproved: "Noch nicht genehmigt",
    preview: "Vorschau",
    previewLinks: "Veröffentlichten Hinweis öffnen:",
    pageLink: "Webseite",
    posterLink: "A4-Aushang",
    snippetLink: "Baustein für das Intranet",
    textLink: "Klartext für E-Mails",
    issueTitle: "Herausgabe festhalten",
    issuedOn: "Herausgegeben am",
    version: "Fassung",
    channel: "Wie er herausgegeben wurde (z. B. E-Mail an alle, Intranet)",
    audience: "Zahl der erreichten Beschäftigten",
    record: "Herausgabe festhalten",
    recorded: "Herausgabe festgehalten.",
    logTitle: "Herausgabeprotokoll",
    logEmpty: "Noch keine Herausgabe festgehalten.",
    transparencyTitle: "Transparenzbericht",
    transparencyIntro:
      "Veröffentlichen Sie, wie der Meldekanal in einem abgelaufenen Zeitraum arbeitete. Zahlen unter 5 erscheinen als „weniger als 5“, und andere Zellen werden zurückgehalten, wo sich eine kleine Zahl aus den Summen errechnen ließe. Nichts ist öffentlich, bevor Sie veröffentlichen.",
    from: "Von",
    to: "Bis",
    previewFigures: "Vorschau der öffentlichen Seite",
    publish: "Veröffentlichen",
    publishQuestion: (from: string, to: string): string =>
      `Die Zahlen von ${from} bis ${to} veröffentlichen? Jeder kann sie unter /transparency lesen, und ein veröffentlichter Zeitraum lässt sich nicht mehr ändern.`,
    publishYes: "Ja, veröffentlichen",
    publishNo: "Abbrechen",
    published: "Veröffentlicht.",
    publicLink: "Öffentlicher Bericht",
  },
  triage: {
    filter: "Anzeigen",
    filters: {
      all: "Alle Fälle",
      open: "Offen",
      overdue: "Überfällig",
      due_week: "Fällig in 7 Tagen",
      closed: "Abgeschlossen",
      on_hold: "Mit Aufbewahrungssperre",
      mine: "Mir zugewiesen",
    },
    sort: "Reihenfolge",
    sorts: { due: "Nächste Frist zuerst", received_desc: "Neueste zuerst" },
    search: "Diese Seite durchsuchen",
    searchHint:
      "Durchsucht Kategorie und Betreff der Fälle auf dieser Seite, in Ihrem Browser entschlüsselt.",
    colCategory: "Kategorie",
    colSubject: "Betreff",
    noSummary: "—",
    previous: "Vorherige Seite",
    next: "Nächste Seite",
    page: (n: number) => `Seite ${n}`,
    noMatch: "Kein Fall auf dieser Seite passt.",
    overview: "Übersicht",
    overviewTitle: "Übersicht der Fristen",
    openByStep: "Offene Fälle nach nächstem Schritt",
    stepAcknowledge: "Eingangsbestätigung",
    stepFeedback: "Rückmeldung",
    stepNone: "Nichts fällig",
    open: "Offen",
    overdueCol: "Überfällig",
    onTime: "Fristgerecht in den letzten 12 Monaten",
    onTimeAck: "Eingangsbestätigungen fristgerecht",
    onTimeFeedback: "Rückmeldungen fristgerecht",
    chartLabel: (ack: string, feedback: string) =>
      `Anteil fristgerecht je Eingangsmonat: Eingangsbestätigungen ${ack}, Rückmeldungen ${feedback}`,
  },
  validation: {
    field: (label: string, fix: string): string => `Prüfen Sie „${label}“: ${fix}`,
    unknownField:
      "Etwas in diesem Formular konnte nicht gespeichert werden. Prüfen Sie jedes Feld und versuchen Sie es erneut.",
    invalid:
      "Etwas von Ihren Angaben konnte nicht gespeichert werden. Prüfen Sie die Felder und versuchen Sie es erneut.",
    profileName: "geben Sie den Namen der Organisation ein, bis zu 120 Zeichen.",
    profileCountries:
      "geben Sie mindestens ein zweistelliges Länderkürzel eines EU-Mitgliedstaats ein, etwa DE oder FR, durch Kommas getrennt.",
    profileLanguages: "kreuzen Sie mindestens eine Sprache an.",
    profileUrl:
      "geben Sie eine vollständige Webadresse ein, die mit https:// beginnt, zum Beispiel https://example.org/policy.",
    profileImpartialName:
      "geben Sie die Person oder Stelle an, die Meldungen bearbeitet, bis zu 120 Zeichen.",
    profileImpartialContact:
      "geben Sie an, wie sie erreichbar ist, etwa eine E-Mail-Adresse, bis zu 200 Zeichen.",
    profileOral: "geben Sie die Telefonleitung für mündliche Meldungen ein oder lassen Sie das Feld leer.",
  },
  nav: {
    label: "Bereiche",
    cases: "Fälle",
    security: "Meine Sicherheit",
    admin: "Verwaltung",
  },
  roles: {
    handler: "Fallbearbeiter",
    custodian: "Identitätsverwahrer",
    admin: "Administrator",
  },
  access: {
    title: "Wer diesen Fall öffnen kann",
    you: "(Sie)",
    holdsIdentity: "Hat auch den Schlüssel zum Identitätsabschnitt.",
    revoke: "Zugriff entziehen",
    revokeHint:
      "Das Entziehen löscht die Kopie des Fallschlüssels dieser Person auf dem Server. Was sie schon gelesen " +
      "hat, kann sie behalten haben.",
    revoked: (name: string): string => `Der Zugriff für ${name} wurde entzogen.`,
    grantTitle: "Einer Kollegin oder einem Kollegen Zugriff geben",
    colleague: "Kollegin oder Kollege",
    grantHint:
      "Der Fallschlüssel wird in diesem Browser für den eigenen Schlüssel der Kollegin oder des Kollegen " +
      "verschlüsselt. Vom Hinweisgeber ausgeschlossene Personen erscheinen nie in der Liste.",
    notInChannel: "nicht im Kanal dieses Falls",
    notInRoster:
      "nicht in der signierten Liste: eine Administratorin oder ein Administrator muss sich zuerst anmelden",
    fingerprint:
      "Schlüssel-Fingerabdruck (mit dem vergleichen, was die Kollegin oder der Kollege unter Sicherheit sieht)",
    noRoster:
      "Zugriff kann nur an Schlüssel aus der signierten Liste gegeben werden, und dieser Browser hat für diesen Fall gerade keine Liste, der er vertrauen kann. Bitten Sie eine Administratorin oder einen Administrator, sich anzumelden, und laden Sie dann neu.",
    alsoIdentity: "Auch den Schlüssel zum Identitätsabschnitt geben (die Person ist Verwahrer)",
    grant: "Zugriff geben",
    granted: (name: string): string => `${name} kann diesen Fall jetzt öffnen.`,
    nobodyToGrant: "Es gibt niemanden sonst, dem Zugriff gegeben werden könnte.",
    giveUp: "Meinen Zugriff aufgeben",
    formerColleague: "Eine ehemalige Kollegin oder ein ehemaliger Kollege",
  },
  identity: {
    reasonNeeded:
      "Vorhanden und versiegelt. Als Verwahrer können Sie ihn öffnen, nachdem Sie den Grund festgehalten " +
      "haben (Art. 16). Der Grund und jedes Öffnen stehen im Prüfprotokoll.",
    reason: "Grund für das Öffnen des Identitätsabschnitts",
    reasonHint:
      "Mindestens 10 Zeichen. Sagen Sie, warum die Untersuchung die Identität des Hinweisgebers jetzt braucht.",
    reasonShort: "Schreiben Sie einen Grund von mindestens 10 Zeichen.",
    request: "Grund festhalten und Öffnen beantragen",
    waiting:
      "Ihr Antrag ist festgehalten und wartet auf die Zustimmung eines zweiten Verwahrers. Kommen Sie zu " +
      "diesem Fall zurück, sobald er genehmigt ist.",
    refused:
      "Ihr letzter Antrag wurde von einem zweiten Verwahrer abgelehnt. Sie können einen neuen Grund festhalten.",
    approved:
      "Ihr Antrag ist genehmigt. Das Öffnen des Identitätsabschnitts wird im Prüfprotokoll festgehalten.",
    open: "Identitätsabschnitt öffnen",
    openedHint: "Nur in diesem Tab sichtbar. Vergessen, wenn Sie den Fall verlassen oder sich abmelden.",
    pendingTitle: "Anträge, die auf Ihre Entscheidung warten",
    approve: "Genehmigen",
    refuse: "Ablehnen",
    approvedOne: "Genehmigt.",
    refusedOne: "Abgelehnt.",
  },
  disclosure: {
    title: "Offenlegung der Identität über das Fallteam hinaus festhalten",
    intro:
      "Die Identität darf Personen außerhalb des Fallteams nur offengelegt werden, wo Unions- oder nationales " +
      "Recht es verlangt, etwa bei Ermittlungen von Behörden oder in Gerichtsverfahren (Art. 16 Abs. 2). " +
      "Der Hinweisgeber muss vorher unterrichtet werden, mit schriftlicher Begründung, es sei denn, dies " +
      "würde die Ermittlungen oder das Verfahren gefährden (Art. 16 Abs. 3).",
    basis: "Rechtsgrundlage",
    basisHint: "Gesetz und Vorschrift, die die Offenlegung verlangen.",
    basisMissing: "Nennen Sie die Rechtsgrundlage (mindestens 5 Zeichen).",
    to: "Offengelegt gegenüber",
    toMissing: "Sagen Sie, wem die Identität offengelegt wird.",
    jeopardises:
      "Die Unterrichtung des Hinweisgebers würde die Ermittlungen oder das Gerichtsverfahren gefährden",
    message: "Nachricht an den Hinweisgeber mit der schriftlichen Begründung",
    messageHint: "In diesem Browser verschlüsselt und in das Postfach des Hinweisgebers gelegt.",
    messageMissing:
      "Schreiben Sie dem Hinweisgeber die Gründe, oder kreuzen Sie an, dass seine Unterrichtung die Ermittlungen gefährden würde.",
    submit: "Offenlegung festhalten",
    recorded: "Die Offenlegung wurde festgehalten.",
  },
  minimise: {
    title: "Nicht benötigte Daten entfernen (Art. 17)",
    intro:
      "Löscht einen ganzen Eintrag oder eine Datei endgültig, auf beiden Seiten: Der Schlüssel wird vernichtet. Der Verlauf behält einen signierten Vermerk, dass etwas entfernt wurde und warum, ohne Inhalt, und das Prüfprotokoll hält es fest. Für personenbezogene Daten ohne Belang, und sofort für Angaben, die sich als unwahr oder außerhalb des Anwendungsbereichs erwiesen haben (Spanien: Ley 2/2023 Art. 32). Die Meldung selbst bleibt.",
    held: "Solange eine Aufbewahrungssperre besteht, kann nichts entfernt werden.",
    nothing: "In diesem Fall kann nichts entfernt werden.",
    target: "Was entfernt wird",
    entryOption: (seq: number, kind: string, author: string, when: string) =>
      `Eintrag ${seq}: ${kind}, ${author}, ${when}`,
    fileOption: (name: string) => `Datei: ${name}`,
    unnamedFile: "Datei (ihr Name ließ sich nicht entschlüsseln)",
    reason: "Grund",
    confirm: "Mir ist bewusst, dass dies nicht rückgängig zu machen ist.",
    confirmFirst: "Bestätigen Sie zuerst mit dem Kästchen.",
    submit: "Endgültig entfernen",
    done: "Entfernt. Beide Seiten sehen, dass etwas entfernt wurde und warum; das Prüfprotokoll hält es ohne Inhalt fest.",
  },
  hold: {
    title: "Aufbewahrung und Aufbewahrungssperre",
    deleteBy: "Gelöscht am",
    noDeleteBy: "Noch nicht festgelegt: Das Datum ergibt sich aus dem Abschluss des Falls.",
    notHeld: "Keine Aufbewahrungssperre. Der Fall wird am obigen Datum gelöscht.",
    held: "Eine Aufbewahrungssperre besteht: Der Fall bleibt über das obige Datum hinaus, bis sie aufgehoben wird.",
    justification: "Begründung der Aufbewahrungssperre",
    justificationHint:
      "Mindestens 10 Zeichen, zum Beispiel ein laufendes Verfahren. Sie wird im Prüfprotokoll festgehalten.",
    justificationShort: "Schreiben Sie eine Begründung von mindestens 10 Zeichen.",
    place: "Aufbewahrungssperre setzen",
    placed: "Die Aufbewahrungssperre ist gesetzt.",
    lift: "Aufbewahrungssperre aufheben",
    lifted: "Die Aufbewahrungssperre wurde aufgehoben.",
  },
  security: {
    title: "Meine Sicherheit",
    totpRequired:
      "Ihre Organisation verlangt einen zweiten Faktor. Richten Sie eine Authenticator-App ein, bevor Sie fortfahren.",
    continue: "Weiter",
    totpTitle: "Authenticator-App",
    totpOn: "An: Beim Anmelden wird ein Code aus Ihrer Authenticator-App verlangt.",
    totpOff: "Aus.",
    totpStart: "Authenticator-App einrichten",
    totpScan: "Scannen Sie diesen Code mit Ihrer Authenticator-App oder tippen Sie den Schlüssel unten ein.",
    totpQr: "QR-Code für Ihre Authenticator-App",
    totpNoQr: "Der QR-Code ließ sich hier nicht zeichnen. Tippen Sie den Schlüssel unten in Ihre App.",
    totpSecret: "Schlüssel:",
    totpUri: "Einrichtungsadresse zeigen",
    totpCodeHint:
      "Geben Sie den 6-stelligen Code ein, den Ihre App gerade zeigt, um zu bestätigen, dass sie funktioniert.",
    totpEnable: "Einschalten",
    totpEnabled: "Die Authenticator-App ist eingeschaltet.",
    passkeyTitle: "Passkeys",
    passkeyIntro:
      "Ein Passkey auf diesem Gerät oder ein Sicherheitsschlüssel kann Ihre Anmeldung statt eines Codes " +
      "bestätigen. Ihre Passphrase bleibt nötig: Nur sie öffnet Ihre Schlüssel.",
    passkeyCount: (n: number): string => (n === 1 ? "1 Passkey registriert." : `${n} Passkeys registriert.`),
    passkeyAdd: "Passkey hinzufügen",
    passkeyAdded: "Der Passkey wurde hinzugefügt.",
    passkeyCancelled: "Der Passkey wurde nicht benutzt: Die Anfrage wurde abgebrochen oder lief ab.",
    passkeyUnsupported: "Dieser Browser unterstützt keine Passkeys.",
    passkeyNeeded: "Ihre Passphrase stimmt. Bestätigen Sie jetzt mit Ihrem Passkey.",
    usePasskey: "Passkey verwenden",
    passphraseTitle: "Passphrase",
    passphraseIntro:
      "Ihre Schlüssel werden in diesem Browser unter der neuen Passphrase neu versiegelt. Andere Sitzungen werden abgemeldet.",
    currentPassphrase: "Aktuelle Passphrase",
    currentMissing: "Geben Sie Ihre aktuelle Passphrase unter „Bestätigen Sie, dass Sie es sind“ ein.",
    confirmTitle: "Bestätigen Sie, dass Sie es sind",
    confirmIntro:
      "Änderungen an Passphrase, Wiederherstellungsschlüssel, zweiten Faktoren und Erinnerungsadresse " +
      "verlangen jedes Mal Ihre aktuelle Passphrase und Ihren zweiten Faktor (einen Code aus Ihrer App oder Ihren Passkey).",
    confirmCode:
      "Geben Sie den aktuellen Code aus Ihrer Authenticator-App unter „Bestätigen Sie, dass Sie es sind“ ein.",
    change: "Passphrase ändern",
    changed: "Ihre Passphrase wurde geändert. Andere Sitzungen wurden abgemeldet.",
    recoveryTitle: "Wiederherstellungsschlüssel",
    recoveryIntro:
      "Mit einem Wiederherstellungsschlüssel können Sie eine neue Passphrase setzen, wenn Sie Ihre vergessen. " +
      "Drucken Sie ihn aus oder schreiben Sie ihn auf und bewahren Sie ihn sicher auf, getrennt von diesem " +
      "Gerät. Ohne ihn bedeutet eine vergessene Passphrase, dass Ihre Schlüssel verloren sind.",
    recoveryReplaces: "Ein neuer Wiederherstellungsschlüssel ersetzt den bisherigen.",
    recoveryCreate: "Neuen Wiederherstellungsschlüssel erzeugen",
    recoveryKeyFor: (handle: string): string => `Wiederherstellungsschlüssel für ${handle}`,
    recoveryPrintNote: "Halten Sie ihn geheim: Mit Ihrer Benutzerkennung kann er Ihre Passphrase ersetzen.",
    recoveryOnce:
      "Dieser Schlüssel wird nur einmal gezeigt. Drucken Sie ihn jetzt aus oder schreiben Sie ihn auf.",
    recoverySaved: "Ich habe meinen Wiederherstellungsschlüssel ausgedruckt oder aufgeschrieben",
    recoveryDone: "Fertig",
    recoveryStored: "Ihr Wiederherstellungsschlüssel ist gesetzt.",
    notifyTitle: "Erinnerungen per E-Mail",
    notifyEmail: "E-Mail-Adresse für Erinnerungen",
    notifyHint:
      "Erinnerungen sagen nur, dass eine Frist naht; sie enthalten nie Inhalte von Meldungen. Leer lassen für keine.",
    notifySave: "Adresse speichern",
    notifyRemove: "Adresse entfernen",
    notifySaved: "Die Adresse wurde gespeichert.",
    notifyRemoved: "Es werden keine Erinnerungen gemailt.",
    notifyInvalid: "Geben Sie eine gültige E-Mail-Adresse ein.",
    sessionsTitle: "Sitzungen",
    endAllHint: "Meldet Sie auf allen Geräten und Browsern ab, auch auf diesem.",
    endAll: "Überall abmelden",
    endedAll: "Sie wurden überall abgemeldet.",
  },
  recover: {
    link: "Passphrase vergessen? Wiederherstellungsschlüssel verwenden",
    title: "Neue Passphrase mit Ihrem Wiederherstellungsschlüssel setzen",
    intro:
      "Geben Sie Ihre Benutzerkennung und den ausgedruckten Wiederherstellungsschlüssel ein und wählen Sie " +
      "eine neue Passphrase. Nutzt Ihre Organisation eine Authenticator-App, brauchen Sie auch einen Code daraus.",
    key: "Wiederherstellungsschlüssel",
    keyHint: "Sieben Gruppen zu vier Zeichen. Groß oder klein, mit oder ohne Bindestriche.",
    badKey: "Benutzerkennung oder Wiederherstellungsschlüssel stimmt nicht.",
    totpNeeded:
      "Ihr Wiederherstellungsschlüssel stimmt. Geben Sie jetzt den Code aus Ihrer Authenticator-App ein.",
    newTitle: "Ihre neue Passphrase",
    submit: "Neue Passphrase setzen und anmelden",
    notChanged:
      "Ihre Passphrase wurde nicht geändert; nichts anderes wurde gespeichert. Versuchen Sie es erneut.",
    back: "Zurück zur Anmeldung",
  },
  admin: {
    title: "Verwaltung",
    sectionsLabel: "Bereiche der Verwaltung",
    sections: {
      people: "Personen",
      channels: "Kanäle",
      settings: "Einstellungen",
      notice: "Hinweis",
      transparency: "Transparenz",
      audit: "Prüfprotokoll",
    },
    enrolTitle: "Eine Person einladen",
    enrolIntro:
      "Erzeugen Sie einen einmaligen Einladungslink und geben Sie ihn der Person über einen Weg, dem Sie " +
      "vertrauen. Er funktioniert einmal und läuft nach einem Tag ab.",
    roles: "Rollen",
    rolesMissing: "Wählen Sie mindestens eine Rolle.",
    enrolChannels: "Kanäle, deren Meldungen sie erhält",
    enrolChannelsHint: "Nur Fallbearbeiter erhalten Meldungen. Sie können das später ändern.",
    enrolCreate: "Einladungslink erzeugen",
    enrolLinkIntro: (expires: string): string =>
      `Einladungslink, nur jetzt sichtbar. Er funktioniert einmal und läuft am ${expires} ab.`,
    copyManually: "Kopieren ist hier nicht möglich. Markieren Sie den Link und kopieren Sie ihn.",
    peopleTitle: "Personen",
    peopleHint:
      "Das Entfernen einer Person löscht ihre Schlüssel und Sitzungen. Wer als Einzige oder Einziger einen " +
      "Fall öffnen kann, lässt sich erst entfernen, wenn eine andere Person Zugriff erhält.",
    colName: "Vor- und Nachname",
    colChannels: "Kanäle",
    colTotp: "Authenticator-App",
    colSince: "Seit",
    colActions: "Aktionen",
    noChannel: "Keiner",
    totpOn: "An",
    totpOff: "Aus",
    rolesSave: "Rollen speichern",
    rolesSaved: (name: string): string => `Die Rollen von ${name} wurden gespeichert.`,
    remove: "Entfernen",
    removeQuestion: (name: string): string =>
      `${name} entfernen? Schlüssel und Sitzungen werden gelöscht, und die Person kann sich nicht mehr anmelden. Das lässt sich nicht rückgängig machen.`,
    removeConfirm: "Ja, entfernen",
    removeCancel: "Abbrechen",
    removed: (name: string): string => `${name} wurde entfernt.`,
    channelsTitle: "Meldekanäle",
    channelsIntro:
      "Ein Hinweisgeber kann einen Kanal wählen. Nur dessen Mitglieder, die Fallbearbeiter sind, können die " +
      "dorthin gesandten Meldungen öffnen.",
    membersSave: "Mitglieder speichern",
    membersSaved: (name: string): string => `Die Mitglieder von ${name} wurden gespeichert.`,
    channelName: "Neuer Kanal",
    channelNameHint: "Ein Name, den Hinweisgeber verstehen, zum Beispiel „Finanzen und Einkauf“.",
    channelNameMissing: "Benennen Sie den Kanal.",
    channelCreate: "Kanal hinzufügen",
    channelCreated: (name: string): string =>
      `Der Kanal ${name} wurde hinzugefügt. Wählen Sie unten seine Mitglieder.`,
  },
  approvals: {
    title: "Wartet auf eine zweite Administratorin oder einen zweiten Administrator",
    intro:
      "Bei zwei oder mehr Administrierenden gilt eine Änderung, durch die jemand Meldungen lesen kann (eine Rolle, ein Kanal, ein Einladungslink), oder die die Freigabe durch eine zweite Person für Identitätsabschnitte abschaltet, erst, wenn eine weitere administrierende Person sie freigibt. Die Bearbeitenden des Kanals werden informiert, sobald sie gilt.",
    none: "Es wartet nichts.",
    oneAdmin:
      "Sie sind die einzige administrierende Person, daher gelten Ihre Änderungen sofort. Sobald es eine zweite gibt, wartet eine Änderung, durch die jemand Meldungen lesen kann, auf deren Freigabe.",
    approve: "Freigeben",
    reject: "Ablehnen",
    withdraw: "Zurückziehen",
    mine: "Sie haben dies beantragt; eine andere administrierende Person muss es freigeben.",
    requested: (who: string, when: string): string => `Beantragt von ${who} am ${when}.`,
    roles: (name: string, roles: string): string => `${name} die Rollen geben: ${roles}.`,
    members: (channel: string, names: string): string => `Die Mitglieder von ${channel} festlegen: ${names}.`,
    enrolment: (roles: string): string => `Einen Einladungslink nutzbar machen, mit den Rollen: ${roles}.`,
    settingsOff: "Die Freigabe durch eine zweite Person für das Öffnen von Identitätsabschnitten abschalten.",
    waiting: "Als Antrag gespeichert: Eine andere administrierende Person muss ihn freigeben, bevor er gilt.",
    approved: "Freigegeben und angewendet. Die Bearbeitenden des Kanals werden informiert.",
    rejected: "Die Änderung wurde abgelehnt; nichts wurde angewendet.",
    confirmIntro:
      "Zum Freigeben brauchen Sie Ihre Passphrase (und Ihren zweiten Faktor, falls Sie einen haben).",
    linkWaiting:
      "Dieser Link funktioniert, sobald eine andere administrierende Person ihn unter „Wartet auf eine zweite Administratorin oder einen zweiten Administrator“ freigibt.",
  },
  notices: {
    title: "Änderungen daran, wer Meldungen lesen kann",
    newReader: (name: string, channel: string): string =>
      `${name} kann jetzt Meldungen in ${channel} lesen. Wenn Sie das nicht erwartet haben, sagen Sie es den anderen Administrierenden.`,
    unknownReader: "Eine Person, die inzwischen ausgeschieden ist",
    anyChannel: "Ihrem Kanal",
    dismiss: "Ausblenden",
  },
  settings: {
    title: "Einstellungen der Organisation",
    orgName: "Name der Organisation",
    orgNameFrom: "Ändern Sie ihn im Organisationsprofil (Hinweis).",
    jurisdiction: "Rechtsordnung",
    jurisdictionHint: "Das nationale Recht, dessen Fristen und Aufbewahrungsregeln gelten.",
    timeZone: "Zeitzone",
    timeZoneHint: "Ein IANA-Name wie Europe/Berlin. Rechtliche Daten sind Tage in dieser Zone.",
    retentionYears: "Aufbewahrungsjahre nach Abschluss",
    retentionUnknown: "Gilt, wo das Gesetz die Aufbewahrungsdauer offenlässt.",
    retentionFixed: (period: string, basis: string): string =>
      `Nicht verwendet: Das Gesetz legt die Dauer auf ${period} fest (${basis}).`,
    retentionCap: (period: string, basis: string): string => `Höchstens ${period} (${basis}).`,
    retentionOpen: (basis: string): string => `Das Gesetz lässt die Dauer offen (${basis}).`,
    reminderAck: "Erinnerung an die Eingangsbestätigung, Tage vor der Frist",
    reminderFeedback: "Erinnerung an die Rückmeldung, Tage vor der Frist",
    requireTotp: "Alle müssen eine Authenticator-App verwenden",
    requireTotpHint: "Wer keine hat, wird zur Einrichtung geschickt, bevor etwas anderes möglich ist.",
    requireApproval: "Das Öffnen eines Identitätsabschnitts braucht die Zustimmung eines zweiten Verwahrers",
    requireApprovalHint: "Ohne diese Einstellung genügt der festgehaltene Grund eines Verwahrers.",
    save: "Einstellungen speichern",
    saved: "Die Einstellungen wurden gespeichert.",
    unchanged: "Nichts wurde geändert.",
    invalid: "Prüfen Sie die markierten Werte.",
    updatedAt: (when: string): string => `Zuletzt geändert ${when}.`,
  },
  audit: {
    title: "Prüfprotokoll",
    hint: "Neueste zuerst, bis zu 500 Einträge. Es hält Handlungen fest, nie Inhalte von Meldungen.",
    intact: (n: number): string => `Die Hash-Kette ist intakt (${n} Einträge geprüft).`,
    broken: (seq: number, reason: string): string =>
      `Die Hash-Kette ist bei Eintrag ${seq} unterbrochen: ${reason}. Das Protokoll wurde möglicherweise verändert.`,
    checkpoint: (seq: number): string =>
      `Signierter Prüfpunkt: Das Protokoll bis Eintrag ${seq} wurde im Browser einer Person geprüft und signiert. npm run audit:verify schlägt fehl, wenn sich bis dorthin etwas ändert.`,
    colSeq: "Nr.",
    colTime: "Zeit",
    colActor: "Wer",
    colAction: "Handlung",
    colCase: "Fall",
    colDetail: "Einzelheiten",
    system: "System",
  },
  backup: {
    title: "Sicherungen",
    intro:
      "Sicherungen werden für einen Offline-Schlüssel verschlüsselt, den die Administratoren verwahren, nie für einen Schlüssel auf diesem Server. Erzeugen Sie ihn mit 'npm run backup:keygen' auf dem Rechner, der ihn verwahrt, und fügen Sie hier seinen Empfänger ein. Sicherungen verfallen nach 30 Tagen, so verschwindet ein gelöschter Fall in dieser Zeit aus jeder Sicherung.",
    none: "Kein Sicherungsempfänger gesetzt: Es können keine Sicherungen erstellt werden.",
    current: (fingerprint: string, when: string): string =>
      `Sicherungen werden für den Schlüssel mit dem Fingerabdruck ${fingerprint} verschlüsselt${when ? ` (gesetzt ${when})` : ""}. Vergleichen Sie ihn mit dem, der beim Erzeugen des Schlüssels ausgegeben wurde.`,
    recipient: "Neuer Sicherungsempfänger",
    recipientHint: "Die Zeile age1pq1..., die 'npm run backup:keygen' ausgibt (ein Post-Quanten-Schlüssel).",
    save: "Sicherungsempfänger setzen",
    saved: "Der Sicherungsempfänger wurde gesetzt.",
    notHybrid: "Fügen Sie einen Post-Quanten-Empfänger ein: Er beginnt mit age1pq1.",
  },
  trust: {
    title: "Kanalschlüssel",
    fingerprint: "Fingerabdruck des Kanalschlüssels",
    hint: "Hinweisgeber vergleichen ihn mit dem Aushang und dem Hinweis. Weicht er je ab, halten Sie inne und informieren Sie die anderen Administratoren.",
    roster: (serial: number, when: string): string => `Signierte Liste Nr. ${serial}, signiert ${when}.`,
    none: "Noch keine signierte Liste: Ein Administrator muss sich einmal anmelden.",
    waiting:
      "Ein anderer Administrator muss sich einmal anmelden, um den Kanalschlüssel mit Ihnen zu teilen.",
    mismatch:
      "Die Liste, die der Server ausliefert, wurde nicht mit Ihrem Kanalschlüssel signiert. Vertrauen Sie ihr nicht.",
    colleagues: "Signaturschlüssel der Kollegen",
    colleaguesHint:
      "Vergleichen Sie den Fingerabdruck einer Kollegin oder eines Kollegen mit dem, was deren eigener Bildschirm zeigt, bevor Sie Zugriff auf einen Fall geben.",
  },
  channelRules: {
    title: "Rechtsträger jedes Kanals",
    intro:
      "Eine Gruppe mit Gesellschaften in mehreren Mitgliedstaaten legt hier fest, welchem nationalen Recht und welcher Zeitzone die Meldungen jedes Kanals folgen. Eine Meldung übernimmt beides beim Absenden und behält es; eine Änderung am Kanal gilt nur für neue Meldungen.",
    jurisdiction: "Rechtsordnung",
    organisationDefault: "Die der Organisation (siehe Einstellungen)",
    timeZone: "Zeitzone",
    timeZoneHint: "Ein IANA-Name wie Europe/Dublin; leer lassen für die der Organisation.",
    save: "Speichern",
    saved: (name: string): string => `Rechtsträger von ${name} gespeichert.`,
    unverified: (states: string): string =>
      `Noch nicht am nationalen Recht geprüfte Regeln (Anzahl in Klammern); bis ein nationaler Text geprüft ist, gelten dort die Fristen der Richtlinie: ${states}.`,
  },
  concerned: {
    unverified:
      "Nicht verifiziert: Dieser Eintrag ist nicht von der genannten Kollegin oder dem genannten Kollegen signiert, daher wird sein Inhalt nicht angezeigt. Er wurde möglicherweise auf dem Server hinzugefügt oder geändert.",
    title: "Betroffene Personen",
    intro:
      "Personen, die die Meldung als verantwortlich oder beteiligt nennt (Art. 22). Wer sie sind, wird in Ihrem Browser mit dem Notizschlüssel verschlüsselt: Nur Kolleginnen und Kollegen mit Zugang zu diesem Fall lesen es, nie die meldende Person. Ihre Identität ist geschützt wie die der meldenden Person.",
    none: "Keine betroffene Person erfasst.",
    waiting:
      "Betroffene Personen sind erfasst, aber Sie können sie erst lesen, wenn Ihnen jemand den Notizschlüssel weitergibt.",
    name: "Vor- und Nachname",
    role: "Rolle in der Sache",
    add: "Betroffene Person hinzufügen",
    added: "Die betroffene Person wurde erfasst.",
    unreadable: "Dieser Eintrag konnte nicht entschlüsselt werden.",
    notInformed: "Noch nicht informiert (DSGVO Art. 14).",
    informBy: "Zu informieren bis (DSGVO Art. 14(3))",
    informedOn: "Informiert am",
    deferredOn: "Information aufgeschoben am",
    reason: "Grund:",
    heardOn: "Angehört am",
    day: "Tag",
    recordInformed: "Als informiert erfassen",
    recordHeard: "Als angehört erfassen",
    deferReason: "Warum die Information jetzt die Untersuchung ernsthaft beeinträchtigen würde",
    defer: "Information aufschieben",
    saved: "Gespeichert.",
    disclosureTitle: "Identität dieser Person außerhalb des Teams offenlegen",
    disclosureBasis: "Rechtsgrundlage",
    disclosureTo: "Offengelegt gegenüber",
    askDisclosure: "Offenlegung beantragen",
    approvalNote: "Eine zweite Person muss zustimmen, bevor offengelegt wird.",
    states: { pending: "Wartet auf Zustimmung", approved: "Genehmigt", refused: "Abgelehnt" },
    approve: "Genehmigen",
    refuse: "Ablehnen",
    recordMade: "Offenlegung erfassen",
    disclosedOn: "Offengelegt am",
  },
  notes: {
    title: "Interne Notizen",
    intro:
      "Nur Kolleginnen und Kollegen, die diesen Fall haben, können diese Notizen lesen. Sie werden in Ihrem Browser mit einem eigenen Notizschlüssel verschlüsselt: Die meldende Person sieht sie nie.",
    none: "Noch keine Notizen.",
    add: "Notiz hinzufügen",
    label: "Neue Notiz",
    added: "Die Notiz wurde hinzugefügt.",
    waiting:
      "Kolleginnen oder Kollegen haben Notizen geschrieben, die Sie noch nicht lesen können: Wer von ihnen diesen Fall als Nächstes öffnet, teilt den Notizschlüssel mit Ihnen.",
    by: (name: string, when: string): string => `${name}, ${when}`,
    unreadable: "Diese Notiz konnte nicht entschlüsselt werden.",
    unverified:
      "Diese Notiz ist nicht von der genannten Kollegin oder dem genannten Kollegen signiert und wird daher nicht angezeigt. Sie wurde möglicherweise auf dem Server hinzugefügt oder geändert.",
    assignee: "Wer kümmert sich darum",
    nobody: "Noch niemand",
    assign: "Speichern",
    assigned: (name: string): string => `${name} kümmert sich um diesen Fall.`,
    unassigned: "Um diesen Fall kümmert sich jetzt niemand.",
    onIt: (name: string): string => `Zuständig: ${name}`,
  },
  questions: {
    title: "Fragen im Meldeformular",
    intro:
      "Fragen, die das Meldeformular dieses Kanals zusätzlich zu den üblichen Feldern stellt. Antworten sind freiwillig und werden mit der Meldung verschlüsselt; die Bearbeitenden sehen sie mit der Frage, wie sie gestellt wurde. Jedes Speichern erzeugt eine neue Version.",
    version: (n: number): string => (n === 0 ? "Noch keine Fragen." : `Version ${n}.`),
    none: "Keine Fragen.",
    remove: "Entfernen",
    label: "Frage",
    type: "Art der Antwort",
    types: {
      text: "Freitext",
      single: "Eine Auswahl",
      multiple: "Mehrere Auswahlen",
      date: "Ein Datum",
    },
    options: "Auswahlmöglichkeiten, eine pro Zeile",
    optionsHint: "Nur für Fragen mit Auswahl: mindestens zwei.",
    add: "Frage hinzufügen",
    save: "Fragen speichern",
    saved: (channel: string, n: number): string =>
      `Die Fragen von ${channel} wurden als Version ${n} gespeichert.`,
    labelMissing: "Schreiben Sie zuerst die Frage.",
    optionsMissing: "Geben Sie mindestens zwei Auswahlmöglichkeiten an, eine pro Zeile.",
  },
  release: {
    title: "Client-Release",
    intro:
      "Eine Veröffentlichung signiert mit dem Kanalschlüssel die Liste aller Dateien, die dieser Server an Browser sendet (client-manifest.json), nachdem Ihr Browser jede Datei abgerufen und geprüft hat. Danach kann jede Person npm run verify:site gegen diese Adresse ausführen und prüfen, ob die Website noch genau diese Dateien sendet.",
    none: "Es wurde noch kein Release veröffentlicht.",
    current: (when: string, files: number): string =>
      `Geltendes Release: veröffentlicht ${when}, ${files} Dateien. SHA-256 des Manifests:`,
    hint: "Veröffentlichen Sie nach jedem Upgrade. Vergleichen Sie vorher die SHA-256 des Manifests mit sha256sum dist/client/client-manifest.json aus Ihrem eigenen Build der veröffentlichten Version: zwei Builds derselben Version ergeben dieselben Dateien.",
    publish: "Ausgelieferte Dateien prüfen und dieses Release veröffentlichen",
    checking: (n: number): string => `${n} ausgelieferte Dateien werden geprüft…`,
    differs: (paths: string): string =>
      `Nicht veröffentlicht: Diese ausgelieferten Dateien weichen vom Manifest ab: ${paths}.`,
    noKey: "Nicht veröffentlicht: Dieser Browser hat den Kanalschlüssel noch nicht.",
    published: (digest: string): string => `Release veröffentlicht. SHA-256 des Manifests: ${digest}.`,
  },
  caseExport: {
    title: "Export für age",
    recipient: "Empfänger (age-X25519-Schlüssel, age1…)",
    recipientHint:
      "Meldung und Verlauf werden hier entschlüsselt und nur für diesen Schlüssel verschlüsselt; öffnen Sie die Datei mit dem Programm age. Der Export wird im Prüfprotokoll festgehalten.",
    purpose: "Zweck des Exports",
    submit: "Export festhalten und herunterladen",
    badRecipient: "Geben Sie einen age-X25519-Empfänger ein: age1 gefolgt von 58 Zeichen.",
    purposeShort: "Sagen Sie in wenigen Worten, warum der Fall exportiert wird.",
    done: (hash: string): string =>
      `Export heruntergeladen. Er enthält den Kopf des Prüfprotokolls, den Ihr Browser geprüft und signiert hat: ${hash}.`,
    doneNoHead: "Export heruntergeladen.",
  },
};

export default de;
