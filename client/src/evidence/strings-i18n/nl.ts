/** Nederlands: the evidence panel (machine draft; status in content/languages.json). */
import type { EvidenceTranslation } from "../strings.ts";

const nl: EvidenceTranslation = {
  chosen: "Bestanden die met de melding worden verzonden",
  tooLarge: "Te groot: een bestand mag hoogstens {max} zijn.",
  caseFull: "Samen mogen de bestanden van één melding hoogstens {max} zijn.",
  remove: "Verwijderen",
  waiting: "Wacht",
  encrypting: "Versleutelen en verzenden",
  sent: "Verzonden, versleuteld",
  failed: "Niet verzonden:",
  filesTitle: "Uw bestanden",
  stay: "Houd deze pagina open tot bij elk bestand „Verzonden” staat.",
  off: "Deze server neemt geen bestanden aan.",
  caseFilesTitle: "Bestanden",
  noFiles: "Geen bestanden.",
  download: "Downloaden en ontsleutelen",
  decrypting: "Ontsleutelen",
  unreadable: "De beschrijving van dit bestand kan niet worden ontsleuteld.",
  downloadFailed: "Het bestand kon niet worden ontsleuteld; het is mogelijk gewijzigd.",
  addFiles: "Bestanden toevoegen",
  send: "Bestanden versleutelen en verzenden",
  removed:
    "Verborgen gegevens gevonden in dit bestand; ze worden verwijderd voordat het bestand wordt versleuteld:",
  noMetadata: "Geen verborgen gegevens (namen, plaatsen, datums) gevonden in dit bestand.",
  sendOriginal: "In plaats daarvan het originele bestand verzenden, met deze gegevens",
  originalWarning:
    "Het origineel behoudt de gegevens hierboven. Ze kunnen tonen wie het bestand maakte, waar en op welk apparaat, en dus wie u bent. Verzend het alleen als de gegevens zelf bewijs zijn.",
  unknownFormat:
    "Dit soort bestand kan niet op verborgen gegevens worden gecontroleerd. Het wordt ongewijzigd verzonden en kan namen, plaatsen of datums bevatten die u herkenbaar maken.",
  heic: "Deze HEIC-foto kon niet worden gelezen om verborgen gegevens te verwijderen. Hij wordt ongewijzigd verzonden en kan een gps-positie en cameragegevens bevatten. Overweeg een schermafbeelding of een JPEG-export.",
  tooLargeToClean:
    "Dit bestand is te groot om hier op verborgen gegevens te controleren. Het wordt ongewijzigd verzonden en kan namen, plaatsen of datums bevatten die u herkenbaar maken.",
  voiceRecord: "Een spraakbericht opnemen",
  voiceStart: "Opname starten",
  voiceStop: "Opname stoppen",
  voiceRecording: "Bezig met opnemen…",
  voiceDisguising: "Uw stem wordt vervormd…",
  voiceFailed:
    "De opname kon niet worden vervormd en kan dus niet worden verzonden. Neem opnieuw op of schrijf in plaats daarvan.",
  voiceNoMicrophone:
    "De microfoon kon niet worden gebruikt. Sta deze pagina toe hem te gebruiken of schrijf in plaats daarvan.",
  voiceWarning:
    "Uw stem wordt in deze browser vervormd voordat er iets wordt versleuteld en verzonden. Vervorming verandert hoe u klinkt, niet wat u zegt of hoe u het zegt: laat namen, plaatsen en details weg die alleen u kent.",
  voiceListen:
    "Luister naar de vervormde opname. Alleen deze versie wordt verzonden; het origineel verlaat dit apparaat nooit.",
  voiceDisguise: "Vervorming",
  voiceLower: "Lagere stem",
  voiceHigher: "Hogere stem",
  voiceConsent: "Mag de opname worden bewaard? (klokkenluidersrichtlijn, art. 18, lid 2)",
  voiceKeep: "Ja, bewaar de opname bij de zaak",
  voiceDelete: "Nee, wis haar zodra ik met een schriftelijke uitwerking ervan heb ingestemd",
  voiceConsentMissing: "Kies of de opname mag worden bewaard.",
  voiceAdd: "Opname aan de melding toevoegen",
  voiceSend: "Opname versleutelen en verzenden",
};

export default nl;
