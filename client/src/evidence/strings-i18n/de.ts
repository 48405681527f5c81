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
};

export default de;
