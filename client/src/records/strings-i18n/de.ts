/** Deutsch: the records-and-meetings panel (machine draft; status in content/languages.json, terms in content/glossary/de.json). */
import type { RecordsTranslation } from "../strings.ts";

const de: RecordsTranslation = {
  title: "Aufzeichnungen Ihrer Angaben",
  intro:
    "Wenn Sie mündlich oder in einem Treffen melden, schreibt die Fallbearbeitung ein Transkript oder ein Protokoll. Lesen Sie jede Fassung; schlagen Sie Korrekturen vor oder stimmen Sie ihr zu. Die Fassung, der Sie zustimmen, wird gekennzeichnet, für Sie und für die Fallbearbeitung.",
  minutes: "Protokoll eines Treffens",
  transcript: "Transkript einer mündlichen Meldung",
  version: "Fassung {n}",
  agreedMark: "Zugestimmt",
  agreedOn: "Sie haben dieser Fassung am {day} zugestimmt.",
  agreedOnHandler: "Der Hinweisgeber hat dieser Fassung am {day} zugestimmt.",
  unconfirmed:
    "Laut Server wurde dieser Aufzeichnung zugestimmt, aber keine Bestätigung des Hinweisgebers belegt das. Behandeln Sie sie als nicht zugestimmt.",
  correctionsLabel: "Ihre Korrekturen",
  correctionsHint:
    "Sagen Sie, was falsch ist oder fehlt. Die Fallbearbeitung schreibt eine korrigierte Fassung.",
  sendCorrections: "Korrekturen vorschlagen",
  agree: "Ich stimme Fassung {n} zu",
  agreeText: "Ich habe Fassung {n} dieser Aufzeichnung gelesen und bestätige, dass sie zutreffend ist.",
  correctionFrom: "Korrekturen zu Fassung {n}, {day}:",
  sending: "Wird verschlüsselt und gesendet …",
  sent: "Gesendet.",
  empty: "Schreiben Sie zuerst etwas.",
  locked: "Das Postfach ist gesperrt. Öffnen Sie es erneut mit Ihrem Zugangscode.",
  meetingTitle: "Ein Treffen",
  meetingIntro:
    "Sie können um ein persönliches Treffen mit der Fallbearbeitung bitten. Sie muss Ihnen innerhalb der gesetzlichen Frist Zeit und Ort anbieten.",
  meetingLabel: "Wann und wo würde es Ihnen passen? (freiwillig)",
  meetingAsk: "Um ein Treffen bitten",
  meetingAsked: "Sie haben um ein Treffen gebeten.",
  meetingBy: "Die Fallbearbeitung muss bis zum {day} Zeit und Ort vorschlagen.",
  meetingProposed: "Die Fallbearbeitung hat Zeit und Ort vorgeschlagen; siehe Nachrichten.",
  meetingDefault: "Ich möchte mich gern persönlich treffen.",
  handlerTitle: "Aufzeichnungen und Treffen",
  meetingRequested: "Der Hinweisgeber hat am {day} um ein Treffen gebeten.",
  meetingDue: "Schlagen Sie bis zum {day} Zeit und Ort vor ({basis}).",
  meetingProposedOn: "Zeit und Ort wurden am {day} vorgeschlagen.",
  proposeLabel: "Zeit und Ort des Treffens",
  propose: "Diese Zeit und diesen Ort vorschlagen",
  newRecord: "Protokoll oder Transkript schreiben",
  recordType: "Art der Aufzeichnung",
  transcribes: "Transkript der Sprachaufnahme",
  none: "Keine",
  recordText: "Inhalt",
  sendRecord: "Dem Hinweisgeber zur Prüfung senden",
  reviseLabel: "Korrigierte Fassung",
  revise: "Korrigierte Fassung senden",
  recordingDeleted: "Die Sprachaufnahme wurde nach der Zustimmung gelöscht.",
};

export default de;
