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
  voiceRecord: "Spela in ett röstmeddelande",
  voiceStart: "Starta inspelningen",
  voiceStop: "Stoppa inspelningen",
  voiceRecording: "Spelar in …",
  voiceDisguising: "Din röst förvrängs …",
  voiceFailed:
    "Inspelningen kunde inte förvrängas och kan därför inte skickas. Spela in igen eller skriv i stället.",
  voiceNoMicrophone: "Mikrofonen kunde inte användas. Låt sidan använda den eller skriv i stället.",
  voiceWarning:
    "Din röst förvrängs i den här webbläsaren innan något krypteras och skickas. Förvrängningen ändrar hur du låter, inte vad du säger eller hur du säger det: utelämna namn, platser och detaljer som bara du känner till.",
  voiceListen:
    "Lyssna på den förvrängda inspelningen. Bara den här versionen skickas; originalet lämnar aldrig den här enheten.",
  voiceDisguise: "Förvrängning",
  voiceLower: "Mörkare röst",
  voiceHigher: "Ljusare röst",
  voiceConsent: "Får inspelningen sparas? (visselblåsardirektivet, art. 18.2)",
  voiceKeep: "Ja, spara inspelningen i ärendet",
  voiceDelete: "Nej, radera den när jag har godkänt en skriftlig utskrift av den",
  voiceConsentMissing: "Välj om inspelningen får sparas.",
  voiceAdd: "Lägg till inspelningen i rapporten",
  voiceSend: "Kryptera och skicka inspelningen",
};

export default sv;
