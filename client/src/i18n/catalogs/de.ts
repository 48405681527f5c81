/** Deutsch: Meldeformular, Zugangscode-Seite und Postfach. Status: content/languages.json. */
import type { ReporterTranslation } from "../catalog.ts";

const de: ReporterTranslation = {
  lang: "de",
  locale: "de-DE",
  links: {
    aiOfficeTool: "https://digital-strategy.ec.europa.eu/de/policies/ai-act-whistleblower-tool",
  },
  common: {
    skip: "Zum Hauptinhalt springen",
    home: "Startseite",
    notice: "Informationen für Beschäftigte (Hinweis)",
    noscript:
      "Das Meldeformular und das Fall-Postfach brauchen JavaScript: Ihre Angaben werden auf diesem Gerät " +
      "verschlüsselt, bevor sie gesendet werden, und dafür ist JavaScript nötig. Diese Seite können Sie auch " +
      "ohne lesen.",
    noscriptAllow:
      "So erlauben Sie JavaScript nur für diese Website: Im Tor Browser genügt die Stufe „Sicherer“ " +
      "(Schild-Symbol, Einstellungen); bei „Am sichersten“ fügen Sie die NoScript-Schaltfläche zur " +
      "Symbolleiste hinzu und wählen für diese Website „Vorübergehend vertrauen“. In anderen Browsern öffnen " +
      "Sie die Website-Einstellungen neben der Adressleiste und erlauben JavaScript für diese Website.",
    noscriptElsewhere: "Sie können sich auch an diese Behörden und EU-Stellen wenden (einfache Links):",
    language: "Sprache",
    leave: "Schnell verlassen",
    leaveHint: "Ersetzt diese Seite durch eine leere und löscht, was Sie eingegeben haben.",
    notLegalAdvice: "Dies ist eine allgemeine Information, keine Rechtsberatung.",
    loading: "Wird geladen …",
    required: "(Pflichtfeld)",
    optional: "(freiwillig)",
  },
  landing: {
    title: "Sicher Missstände melden",
    intro:
      "Dies ist ein vertraulicher Kanal für Meldungen über Verstöße gegen das Recht, von denen Sie durch Ihre " +
      "Arbeit erfahren haben: zum Beispiel Betrug, Korruption, Gefahren für Sicherheit oder Gesundheit, " +
      "Umweltschäden, Verstöße gegen den Datenschutz oder Risiken durch KI-Systeme. Sie können anonym bleiben.",
    makeReport: "Meldung abgeben",
    makeReportHint: "Dauert etwa 10 Minuten. Kein Konto, keine E-Mail-Adresse, kein Name nötig.",
    openInbox: "Ihr Fall-Postfach öffnen",
    openInboxHint: "Schon gemeldet? Mit Ihrem Zugangscode lesen Sie Antworten und beantworten Rückfragen.",
    howTitle: "So funktioniert es",
    how1: "Ihre Meldung wird in Ihrem Browser verschlüsselt, bevor sie gesendet wird. Der Server speichert nur Text, den er nicht lesen kann; nur die benannten Fallbearbeitenden können ihn öffnen.",
    how2: "Wir speichern weder Ihre IP-Adresse noch etwas über Ihr Gerät. Noch sicherer ist ein Gerät und Netz, das Ihr Arbeitgeber nicht kontrolliert.",
    how3: "Nach dem Senden erhalten Sie einen Zugangscode. Er ist der einzige Schlüssel zu Ihrem Fall-Postfach, in dem Sie Antworten lesen und antworten können. Niemand kann ihn für Sie wiederherstellen.",
    how4: "Sie erhalten innerhalb von 7 Tagen eine Eingangsbestätigung und innerhalb von 3 Monaten eine Rückmeldung zu den ergriffenen Folgemaßnahmen.",
    externalTitle: "Sie können auch außerhalb der Organisation melden",
    external:
      "Sie können sich jederzeit direkt an eine zuständige Behörde wenden oder an ein Organ, eine " +
      "Einrichtung oder eine sonstige Stelle der EU, zum Beispiel an das Hinweisgeber-Tool des EU-Büros für " +
      "Künstliche Intelligenz zur KI-Verordnung. Sie müssen nie zuerst hier melden.",
    externalNotice: "Der Hinweis nennt die Behörden und wie Sie sie erreichen",
    aiOfficeLink:
      "Zum Hinweisgeber-Tool des Büros für Künstliche Intelligenz (Website der Europäischen Kommission)",
    handlerTitle: "Für Fallbearbeitende",
    handlerLink: "Anmelden, um Fälle zu bearbeiten",
  },
  report: {
    categoryNotSureHint:
      "Sie wissen nicht, welches Thema passt? Wählen Sie „Sonstiges / nicht sicher“ oben in der Liste: Die Fallbearbeitenden ordnen es zu.",
    notSureButton: "Ich bin nicht sicher: „Sonstiges / nicht sicher“ wählen",
    groupNotSure: "Sonstiges / nicht sicher",
    groupEuLaw: "Verstöße gegen EU-Recht",
    groupAiRisks: "KI-Sicherheit und Grundrechte",
    groupNational: "Verstöße gegen nationales Recht",
    draftWarning:
      "Ihre Meldung wurde noch nicht gesendet. Wenn Sie diese Seite verlassen, geht das Geschriebene verloren.",
    elsewhereSummary: "Andere Stellen, an die Sie sich wenden können",
    receiptFor: "Meldung an",
    inboxFailed:
      "Das Postfach konnte hier nicht geöffnet werden. Ihr Zugangscode steht weiter oben; öffnen Sie damit die Postfach-Seite.",
    title: "Meldung abgeben",
    intro:
      "Schildern Sie mit Ihren eigenen Worten, was passiert ist. Nur die ersten beiden Fragen sind Pflicht. " +
      "Alles, was Sie schreiben, wird in diesem Browser verschlüsselt, bevor es gesendet wird.",
    channel: "Wohin soll Ihre Meldung gehen?",
    category: "Worum geht es?",
    categoryPlaceholder: "Thema wählen",
    what: "Was ist passiert?",
    whatHint:
      "Beschreiben Sie die Tatsachen, die Sie kennen. Sagen Sie, was Sie selbst gesehen und was Sie von anderen gehört haben.",
    whenWhere: "Wann und wo ist es passiert?",
    whenWhereHint: "Daten, Orte, Systeme oder Projekte, soweit Sie sie kennen.",
    who: "Wer ist beteiligt?",
    whoHint: "Namen oder Funktionen der betroffenen Personen oder Teams, falls bekannt.",
    relationship: "Ihre Beziehung zur Organisation",
    relationshipHint: "Freiwillig. Wenn Sie es leer lassen, bleiben Sie leichter anonym.",
    filesLabel: "Dateien",
    recordVoice: "Sprachnachricht aufnehmen",
    filesHint:
      "Dokumente, Bildschirmfotos, Protokolle. Jede Datei wird in diesem Browser verschlüsselt, bevor sie nach der Meldung gesendet wird.",
    relationshipNone: "Leer lassen",
    aboutTitle: "Über Sie (freiwillig)",
    identityLegend: "Ihre Identität (freiwillig)",
    identityWarning:
      "Lassen Sie diesen Abschnitt leer, um anonym zu bleiben. Wenn Sie ihn ausfüllen, wird er mit einem " +
      "eigenen Schlüssel verschlüsselt, den nur die Vertrauenspersonen (die zum Schutz der Identität " +
      "hinweisgebender Personen bestimmten Personen) öffnen können. Andere Fallbearbeitende sehen nur, dass es ihn gibt.",
    identityNoCustodians:
      "Derzeit hat niemand die Rolle der Vertrauensperson, daher könnte Ihre Identität nicht gesondert " +
      "geschützt werden. Bitte lassen Sie diesen Abschnitt leer.",
    identityName: "Ihr Name",
    identityContact: "Wie wir Sie erreichen",
    identityContactHint: "Eine private E-Mail-Adresse oder Telefonnummer, keine dienstliche.",
    identityNote: "Sonstiges zur Kontaktaufnahme",
    detailsWarning:
      "Auch Einzelheiten in Ihren Antworten können verraten, wer Sie sind. Schreiben Sie, was zum " +
      "Verständnis nötig ist, und lassen Sie weg, was nicht nötig ist.",
    coiLegend: "Personen, die diese Meldung nicht sehen dürfen (freiwillig)",
    coiHint:
      "Kreuzen Sie an, wer an dem Gemeldeten beteiligt ist oder einen Interessenkonflikt haben könnte. " +
      "Ihre Meldung wird nicht für diese Personen verschlüsselt: Sie können sie nicht öffnen, und niemand " +
      "kann ihnen später Zugang geben.",
    beforeTitle: "Bevor Sie senden",
    beforeAnonymity:
      "Anonymität: Ihre Meldung wird in diesem Browser verschlüsselt. Wir sehen sie nie lesbar und speichern " +
      "Ihre IP-Adresse nicht. Nur die Fallbearbeitenden können sie lesen.",
    beforeToken:
      "Ihr Zugangscode: Nach dem Senden erhalten Sie einen Code, der nur einmal angezeigt wird. Er ist der " +
      "einzige Weg in Ihr Fall-Postfach. Bewahren Sie ihn sicher und vertraulich auf; niemand kann ihn für " +
      "Sie wiederherstellen.",
    beforeNext:
      "Wie es weitergeht: Sie erhalten innerhalb von 7 Tagen eine Eingangsbestätigung und innerhalb von 3 " +
      "Monaten eine Rückmeldung. Schauen Sie in Ihr Postfach: Wir haben keinen anderen Weg, Sie zu " +
      "erreichen, außer Sie nennen uns einen. Die genauen Daten sehen Sie nach dem Senden.",
    beforeExternal:
      "Sie können sich jederzeit an eine zuständige Behörde oder an ein Organ, eine Einrichtung oder eine " +
      "sonstige Stelle der EU wenden, auch an das Hinweisgeber-Tool des EU-Büros für Künstliche Intelligenz, " +
      "statt hier oder zusätzlich. Sie müssen nie zuerst hier melden.",
    submit: "Meldung verschlüsseln und senden",
    loadingConfig: "Formular wird geladen …",
    configFailed:
      "Das Formular konnte nicht geladen werden. Prüfen Sie Ihre Verbindung und laden Sie die Seite neu.",
    encrypting: "Ihre Meldung wird in diesem Browser verschlüsselt …",
    sending: "Die verschlüsselte Meldung wird gesendet …",
    missingCategory: "Wählen Sie, worum es in Ihrer Meldung geht.",
    missingWhat: "Beschreiben Sie, was passiert ist.",
    failedClosed:
      "Die Verschlüsselung ist fehlgeschlagen, daher wurde nichts gesendet. Laden Sie die Seite neu und versuchen Sie es erneut.",
    sendFailed: "Ihre Meldung wurde nicht gesendet:",
    noHandlers: "Auf diesem Kanal kann noch niemand Meldungen empfangen, daher wurde nichts gesendet.",
    allExcluded:
      "Sie haben alle ausgeschlossen, die Ihre Meldung lesen könnten. Lassen Sie mindestens eine Person ohne Häkchen.",
    sentTitle: "Ihre Meldung wurde gesendet",
    spellToken: "Zugangscode Zeichen für Zeichen lesen",
    tokenGroup: (n: number): string => `Gruppe ${n}`,
    tokenTitle: "Ihr Zugangscode",
    tokenOnce:
      "Dieser Zugangscode wird nur einmal angezeigt. Speichern Sie ihn jetzt. Wer ihn hat, kann Ihren Fall lesen; halten Sie ihn geheim.",
    copy: "Kopieren",
    copied: "Kopiert.",
    copyFailed:
      "Kopieren ist hier nicht möglich. Markieren und kopieren Sie den Zugangscode oder schreiben Sie ihn ab.",
    download: "Als Textdatei herunterladen",
    print: "Drucken",
    inboxAt: "Ihr Fall-Postfach:",
    tokenFileIntro:
      "Zugangscode zu Ihrer Meldung. Halten Sie ihn geheim: Wer ihn hat, kann Ihren Fall lesen.",
    datesTitle: "Wie es weitergeht",
    receivedOn: "Eingegangen am",
    ackBy: "Eingangsbestätigung bis",
    feedbackBy: "Rückmeldung bis",
    disclosureFrom: "Offenlegung kann geschützt sein ab",
    disclosureShort:
      "Nur wichtig, wenn keine geeigneten Maßnahmen ergriffen werden; Ihr Postfach erklärt, was das bedeutet. Allgemeine Information, keine Rechtsberatung.",
    datesHint:
      "Öffnen Sie Ihr Postfach mit dem Zugangscode, um die Eingangsbestätigung, Antworten und die Rückmeldung zu sehen.",
    saved: "Ich habe meinen Zugangscode sicher gespeichert",
    continue: "Weiter zum Postfach",
    leaveWarning:
      "Sie haben nicht bestätigt, dass Sie Ihren Zugangscode gespeichert haben. Er kann nicht noch einmal angezeigt werden.",
  },
  inbox: {
    furtherFeedbackTitle: "Weitere Rückmeldung",
    furtherFeedbackHint:
      "Nach irischem Recht können Sie alle 3 Monate eine weitere Rückmeldung verlangen, bis Ihr Fall abgeschlossen ist. Ihre Bitte wird den Nachrichten hinzugefügt, in diesem Browser signiert.",
    furtherFeedbackAsk: "Alle 3 Monate eine weitere Rückmeldung verlangen",
    furtherFeedbackText:
      "Ich bitte um eine weitere Rückmeldung alle 3 Monate, bis mein Fall abgeschlossen ist.",
    furtherFeedbackAsked: "Sie haben eine weitere Rückmeldung verlangt am",
    furtherFeedbackBy: "Weitere Rückmeldung fällig bis",
    furtherFeedbackExplain:
      "3 Monate nach der letzten Rückmeldung, weil Sie darum gebeten haben. Das wiederholt sich, bis der Fall abgeschlossen ist.",
    notSetAck: "Kein Datum: Die Frist für die Eingangsbestätigung gilt nur, bis Ihre Meldung bestätigt ist.",
    notSetFeedback:
      "Noch kein Datum: Es wird festgelegt, sobald sich die gesetzliche Frist für die Rückmeldung berechnen lässt.",
    notSetDisclosure:
      "Kein Datum, weil die Rückmeldung zum Ergebnis fristgerecht kam oder weil das Recht dieses Kanals keines vorsieht. Der Schutz nach Art. 15 Abs. 1 Buchst. b, der kein Warten verlangt, bleibt unberührt.",
    datesMore: "Bei jedem Datum steht die Regel, aus der es folgt.",
    todo: {
      "answer-question": "Wir haben Ihnen eine Frage gestellt. Bitte beantworten Sie sie unten.",
      "read-reply":
        "Wir haben Ihnen geschrieben. Lesen Sie die Nachricht unten; Sie können antworten, wenn Sie möchten.",
      "read-feedback":
        "Wir haben Ihnen eine Rückmeldung zu den Maßnahmen gegeben. Lesen Sie sie unten; Sie können uns weiterhin schreiben.",
      closed: "Ihr Fall ist abgeschlossen. Sie können hier weiterhin alles lesen.",
      "wait-ack":
        "Im Moment ist nichts zu tun. Ihre Meldung ist eingegangen; wir bestätigen den Eingang hier.",
      "wait-follow-up":
        "Im Moment ist nichts zu tun. Wir gehen der Sache nach; schauen Sie hier nach Antworten und Rückmeldung.",
    },
    title: "Ihr Fall-Postfach",
    intro:
      "Geben Sie den Zugangscode ein, den Sie bei Ihrer Meldung erhalten haben. Er wird in diesem Browser " +
      "geprüft und in Schlüssel umgewandelt; der Code selbst wird nie gesendet.",
    token: "Zugangscode",
    tokenHint: "Fünf Gruppen aus fünf Zeichen. Groß- oder Kleinbuchstaben, mit oder ohne Bindestriche.",
    open: "Postfach öffnen",
    badToken: "Prüfen Sie den Zugangscode: Ein Zeichen scheint falsch zu sein.",
    notFound: "Zu diesem Zugangscode gibt es keinen Fall. Prüfen Sie ihn und versuchen Sie es erneut.",
    opening: "Ihr Postfach wird geöffnet …",
    lock: "Sperren",
    lockHint: "Sperren Sie, wenn Sie fertig sind: Dann wird alles von dieser Seite gelöscht.",
    status: "Stand",
    outcome: "Ergebnis",
    datesTitle: "Ihre Fristen",
    receivedOn: "Eingegangen",
    receivedExplain: "Der Tag, an dem Ihre Meldung eingegangen ist.",
    acknowledgedOn: "Eingang bestätigt am",
    ackBy: "Eingangsbestätigung fällig bis",
    ackExplain: "Bis zu diesem Datum muss die Organisation den Eingang Ihrer Meldung bestätigen.",
    ackDone: "An diesem Datum hat die Organisation den Eingang Ihrer Meldung bestätigt.",
    feedbackBy: "Rückmeldung fällig bis",
    feedbackExplain:
      "Bis zu diesem Datum sollen Sie erfahren, was zu Ihrer Meldung getan wurde oder geplant ist, und warum.",
    disclosureFrom: "Offenlegung kann geschützt sein ab",
    disclosureExplain:
      "Ab diesem Datum kann es geschützt sein, die Informationen öffentlich zu machen, wenn zu Ihrer Meldung " +
      "keine geeigneten Maßnahmen ergriffen wurden (Art. 15 Abs. 1 Buchst. a der Richtlinie). Das gilt nur, " +
      "wenn Sie auch an eine zuständige Behörde gemeldet haben und auch diese in ihrer Frist keine geeigneten " +
      "Maßnahmen ergriffen hat, oder wenn Sie direkt an die Behörde gemeldet haben. Ohne zu warten kann eine " +
      "Offenlegung auch geschützt sein, wenn eine unmittelbare oder offenkundige Gefährdung des öffentlichen " +
      "Interesses besteht oder wenn bei einer Meldung an die Behörde Repressalien oder das Verschwinden von " +
      "Beweismitteln drohen (Art. 15 Abs. 1 Buchst. b). Lassen Sie sich beraten, bevor Sie an die " +
      "Öffentlichkeit gehen, zum Beispiel von einer im Hinweis genannten Beratungsstelle.",
    basis: "Rechtsgrundlage:",
    noDate: "Nicht festgelegt",
    threadTitle: "Nachrichten",
    threadEmpty: "Noch keine Nachrichten.",
    replyLabel: "Antwort schreiben",
    replyHint:
      "Wird in diesem Browser verschlüsselt, bevor sie gesendet wird. Nur die Fallbearbeitenden können sie lesen.",
    send: "Verschlüsseln und senden",
    sending: "Wird gesendet …",
    sent: "Gesendet.",
    emptyReply: "Schreiben Sie zuerst eine Nachricht.",
    locked: "Gesperrt. Geben Sie Ihren Zugangscode ein, um das Postfach wieder zu öffnen.",
  },
  fields: {
    category: "Kategorie",
    whatHappened: "Was passiert ist",
    whenWhere: "Wann und wo",
    whoInvolved: "Wer beteiligt ist",
    relationship: "Beziehung zur Organisation",
    attachments: "Anhänge",
    none: "(keine Angabe)",
  },
  status: {
    received: "Eingegangen",
    acknowledged: "Eingang bestätigt",
    in_follow_up: "Folgemaßnahmen laufen",
    feedback_given: "Rückmeldung gegeben",
    closed: "Abgeschlossen",
  },
  outcome: {
    substantiated: "Begründet",
    unsubstantiated: "Unbegründet",
    referred: "An eine Behörde weitergeleitet",
    no_action: "Keine Maßnahme nötig",
    withdrawn: "Zurückgezogen",
  },
  kind: {
    further_feedback_request: "Bitte um weitere Rückmeldung",
    final_outcome: "Endgültiges Ergebnis",
    report: "Meldung",
    message: "Nachricht",
    acknowledgement: "Eingangsbestätigung",
    request_info: "Bitte um weitere Informationen",
    feedback: "Rückmeldung",
    disclosure_notice: "Mitteilung: Ihre Identität wird offengelegt",
    minimisation: "Daten entfernt (Art. 17)",
  },
  minimised: {
    entry:
      "Hier wurde ein Eintrag nach Art. 17 der Richtlinie entfernt: Personenbezogene Daten, die nicht benötigt werden, werden gelöscht.",
    attachment:
      "Eine Datei wurde nach Art. 17 der Richtlinie entfernt: Personenbezogene Daten, die nicht benötigt werden, werden gelöscht.",
    reason: "Grund",
    reasons: {
      not_relevant: "für die Meldung nicht von Belang",
      untrue: "als unwahr erwiesen",
      out_of_scope: "außerhalb des Anwendungsbereichs der Hinweisgeberregeln",
    },
  },
  author: {
    reporter: "Hinweisgeber",
    handler: "Fallbearbeitung",
    you: "Sie",
  },
  errors: {
    network: "Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.",
    server: "Auf dem Server ist etwas schiefgegangen. Versuchen Sie es später erneut.",
    rejected:
      "Der Server hat diese Anfrage nicht angenommen. Laden Sie die Seite neu und versuchen Sie es erneut.",
    undecryptable: "Dieser Eintrag konnte nicht entschlüsselt werden.",
    unsupported: "Dieser Eintrag hat ein Format, das diese Seite nicht kennt.",
    unverified:
      "Dieser Eintrag konnte nicht geprüft werden und wird deshalb nicht angezeigt. Er wurde möglicherweise auf dem Server hinzugefügt, geändert, entfernt oder umsortiert.",
    unwrapFailed: "Der Fallschlüssel konnte mit Ihrem Schlüssel nicht geöffnet werden.",
    recipientMismatch:
      "Der Fallschlüssel des Servers passt nicht zu dem geöffneten Fall, daher wurde nichts gesendet. Melden Sie das einer Administratorin oder einem Administrator.",
    badRecipient:
      "Ein Empfängerschlüssel des Servers ist nicht von der erwarteten Art, daher wurde nichts gesendet.",
    weakKdf:
      "Der Server hat unsichere Schlüsseleinstellungen angeboten, daher wurde die Passphrase nicht verwendet.",
    rateLimited: "Zu viele Versuche. Warten Sie ein paar Minuten und versuchen Sie es erneut.",
    notSent:
      "Dies konnte in diesem Browser nicht vorbereitet werden, daher wurde nichts gesendet. Versuchen Sie es erneut.",
  },
  dates: {
    daysLeft: (n: number): string => (n === 1 ? "noch 1 Tag" : `noch ${n} Tage`),
    daysOver: (n: number): string => (n === 1 ? "1 Tag überfällig" : `${n} Tage überfällig`),
    today: "heute fällig",
  },
  receipt: {
    download: "Signierte Eingangsbestätigung herunterladen",
    hint: "Die Meldestelle signiert diese Bestätigung: Sie zeigt, dass und wann Sie gemeldet haben. Bewahren Sie sie mit Ihrem Code auf. Jede Person kann sie prüfen, auch offline, auf der Seite /verify-receipt.html.",
  },
  roster: {
    unverified:
      "Dieser Kanal kann gerade nicht überprüft werden, daher verschlüsselt und sendet diese Seite nichts. Ihre Meldung bleibt bei Ihnen: Nichts hat dieses Gerät verlassen.",
    unverifiedWhy: {
      "no-roster": "Der Kanal hat noch keine signierte Liste der Personen, die Meldungen lesen.",
      "bad-pin":
        "Der Link, den Sie geöffnet haben, enthält einen Fingerabdruck des Kanalschlüssels, der nicht richtig geschrieben ist.",
      "pin-mismatch":
        "Der Kanalschlüssel passt nicht zum Fingerabdruck in dem Link, den Sie geöffnet haben (vom Aushang oder Hinweis). Möglicherweise versucht jemand, Meldungen zu lesen, die nicht für ihn bestimmt sind.",
      expired: "Die signierte Liste der Personen, die Meldungen lesen, ist veraltet.",
      invalid:
        "Die Liste der Personen, die Meldungen lesen, ist nicht gültig mit dem Kanalschlüssel signiert.",
    },
    unverifiedExternal: "Sie können sich stattdessen an eine externe Meldestelle wenden:",
    fingerprintPinned: (f: string): string => `Überprüft: Der Kanalschlüssel passt zu Ihrem Link (${f}).`,
    fingerprintCompare: (f: string): string =>
      `Fingerabdruck des Kanalschlüssels: ${f}. Vergleichen Sie ihn vor dem Schreiben mit dem auf dem Aushang oder im Hinweis.`,
  },
};

export default de;
