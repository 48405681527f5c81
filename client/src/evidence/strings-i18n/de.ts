/** Deutsch: the evidence panel (machine draft; status in content/languages.json). */
import type { EvidenceTranslation } from "../strings.ts";

const de: EvidenceTranslation = {
  chosen: "Dateien, die mit der Meldung gesendet werden",
  tooLarge: "Zu groß: Eine Datei darf höchstens {max} haben.",
  caseFull: "Die Dateien einer Meldung dürfen zusammen höchstens {max} haben.",
  remove: "Entfernen",
  waiting: "Wartet",
  encrypting: "Wird verschlüsselt und gesendet",
  sent: "Gesendet, verschlüsselt",
  failed: "Nicht gesendet:",
  filesTitle: "Ihre Dateien",
  stay: "Lassen Sie diese Seite offen, bis bei jeder Datei „Gesendet“ steht.",
  off: "Dieser Server nimmt keine Dateien an.",
  caseFilesTitle: "Dateien",
  noFiles: "Keine Dateien.",
  download: "Herunterladen und entschlüsseln",
  decrypting: "Wird entschlüsselt",
  unreadable: "Die Beschreibung dieser Datei lässt sich nicht entschlüsseln.",
  downloadFailed: "Die Datei ließ sich nicht entschlüsseln; sie wurde möglicherweise verändert.",
  addFiles: "Dateien hinzufügen",
  send: "Dateien verschlüsseln und senden",
  removed:
    "In dieser Datei wurden versteckte Daten gefunden; sie werden entfernt, bevor die Datei verschlüsselt wird:",
  noMetadata: "In dieser Datei wurden keine versteckten Daten (Namen, Orte, Daten) gefunden.",
  sendOriginal: "Stattdessen die Originaldatei mit diesen Daten senden",
  originalWarning:
    "Das Original behält die oben genannten Daten. Sie können zeigen, wer die Datei erstellt hat, wo und auf welchem Gerät, und damit, wer Sie sind. Senden Sie es nur, wenn die Daten selbst ein Beweismittel sind.",
  unknownFormat:
    "Diese Dateiart lässt sich nicht auf versteckte Daten prüfen. Sie wird unverändert gesendet und kann Namen, Orte oder Daten enthalten, die Sie erkennbar machen.",
  heic: "Dieses HEIC-Foto ließ sich nicht lesen, um versteckte Daten zu entfernen. Es wird unverändert gesendet und kann eine GPS-Position und Angaben zur Kamera enthalten. Erwägen Sie stattdessen einen Bildschirmfoto- oder JPEG-Export.",
  tooLargeToClean:
    "Diese Datei ist zu groß, um sie hier auf versteckte Daten zu prüfen. Sie wird unverändert gesendet und kann Namen, Orte oder Daten enthalten, die Sie erkennbar machen.",
  voiceRecord: "Sprachnachricht aufnehmen",
  voiceStart: "Aufnahme starten",
  voiceStop: "Aufnahme beenden",
  voiceRecording: "Aufnahme läuft …",
  voiceDisguising: "Ihre Stimme wird verfremdet …",
  voiceFailed:
    "Die Aufnahme ließ sich nicht verfremden und kann darum nicht gesendet werden. Nehmen Sie erneut auf oder schreiben Sie stattdessen.",
  voiceNoMicrophone:
    "Das Mikrofon ließ sich nicht verwenden. Erlauben Sie dieser Seite den Zugriff oder schreiben Sie stattdessen.",
  voiceWarning:
    "Ihre Stimme wird in diesem Browser verfremdet, bevor irgendetwas verschlüsselt und gesendet wird. Die Verfremdung ändert, wie Sie klingen, nicht was Sie sagen oder wie Sie es sagen: Nennen Sie keine Namen, Orte oder Einzelheiten, die nur Sie kennen.",
  voiceListen:
    "Hören Sie sich die verfremdete Aufnahme an. Nur diese Fassung wird gesendet; das Original verlässt dieses Gerät nie.",
  voiceDisguise: "Verfremdung",
  voiceLower: "Tiefere Stimme",
  voiceHigher: "Höhere Stimme",
  voiceConsent: "Darf die Aufnahme aufbewahrt werden? (Hinweisgeberrichtlinie, Art. 18 Abs. 2)",
  voiceKeep: "Ja, die Aufnahme beim Fall aufbewahren",
  voiceDelete: "Nein, löschen, sobald ich einer schriftlichen Abschrift zugestimmt habe",
  voiceConsentMissing: "Wählen Sie, ob die Aufnahme aufbewahrt werden darf.",
  voiceAdd: "Aufnahme zur Meldung hinzufügen",
  voiceSend: "Aufnahme verschlüsseln und senden",
};

export default de;
