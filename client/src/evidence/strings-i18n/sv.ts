/** Svenska: the evidence panel (machine draft; status in content/languages.json). */
import type { EvidenceTranslation } from "../strings.ts";

const sv: EvidenceTranslation = {
  chosen: "Filer som skickas med rapporten",
  tooLarge: "För stor: en fil får vara högst {max}.",
  caseFull: "Tillsammans får filerna i en rapport vara högst {max}.",
  remove: "Ta bort",
  waiting: "Väntar",
  encrypting: "Krypteras och skickas",
  sent: "Skickad, krypterad",
  failed: "Inte skickad:",
  filesTitle: "Dina filer",
  stay: "Håll sidan öppen tills varje fil visar ”Skickad”.",
  off: "Den här servern tar inte emot filer.",
  caseFilesTitle: "Filer",
  noFiles: "Inga filer.",
  download: "Ladda ned och dekryptera",
  decrypting: "Dekrypterar",
  unreadable: "Filens beskrivning kan inte dekrypteras.",
  downloadFailed: "Filen kunde inte dekrypteras; den kan ha ändrats.",
  addFiles: "Lägg till filer",
  send: "Kryptera och skicka filerna",
  removed: "Dolda uppgifter hittades i filen; de tas bort innan filen krypteras:",
  noMetadata: "Inga dolda uppgifter (namn, platser, datum) hittades i filen.",
  sendOriginal: "Skicka i stället originalfilen, med dessa uppgifter",
  originalWarning:
    "Originalet behåller uppgifterna ovan. De kan visa vem som skapade filen, var och på vilken enhet, och därmed vem du är. Skicka det bara om uppgifterna i sig är bevis.",
  unknownFormat:
    "Den här filtypen kan inte kontrolleras. Den skickas som den är och kan innehålla namn, platser eller datum som identifierar dig.",
  heic: "HEIC-foton kan ännu inte rensas här; det här skickas som det är och kan innehålla en GPS-position och kamerans uppgifter. Överväg en skärmbild eller en JPEG-export.",
  tooLargeToClean:
    "Filen är för stor för att kontrolleras här. Den skickas som den är och kan innehålla namn, platser eller datum som identifierar dig.",
};

export default sv;
