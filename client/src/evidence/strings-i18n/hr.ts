/** Hrvatski: the evidence panel (machine draft; status in content/languages.json). */
import type { EvidenceTranslation } from "../strings.ts";

const hr: EvidenceTranslation = {
  chosen: "Datoteke koje se šalju s prijavom",
  tooLarge: "Prevelika: datoteka smije imati najviše {max}.",
  caseFull: "Datoteke jedne prijave zajedno smiju imati najviše {max}.",
  remove: "Ukloni",
  waiting: "Čeka",
  encrypting: "Šifriranje i slanje",
  sent: "Poslano, šifrirano",
  failed: "Nije poslano:",
  filesTitle: "Vaše datoteke",
  stay: "Ostavite ovu stranicu otvorenom dok uz svaku datoteku ne piše „Poslano”.",
  off: "Ovaj poslužitelj ne prima datoteke.",
  caseFilesTitle: "Datoteke",
  noFiles: "Nema datoteka.",
  download: "Preuzmi i dešifriraj",
  decrypting: "Dešifriranje",
  unreadable: "Opis ove datoteke ne može se dešifrirati.",
  downloadFailed: "Datoteku nije bilo moguće dešifrirati; možda je izmijenjena.",
  addFiles: "Dodaj datoteke",
  send: "Šifriraj i pošalji datoteke",
  removed: "U ovoj su datoteci pronađeni skriveni podaci; uklanjaju se prije šifriranja:",
  noMetadata: "U ovoj datoteci nisu pronađeni skriveni podaci (imena, mjesta, datumi).",
  sendOriginal: "Umjesto toga pošalji izvornu datoteku s tim podacima",
  originalWarning:
    "Izvornik zadržava gore navedene podatke. Mogu pokazati tko je izradio datoteku, gdje i na kojem uređaju, a time i tko ste vi. Pošaljite ga samo ako su sami podaci dokaz.",
  unknownFormat:
    "Ovu vrstu datoteke nije moguće provjeriti. Šalje se nepromijenjena i može sadržavati imena, mjesta ili datume koji vas otkrivaju.",
  heic: "HEIC fotografije ovdje se još ne mogu očistiti; ova se šalje nepromijenjena i može sadržavati GPS položaj i podatke o fotoaparatu. Razmislite o snimci zaslona ili izvozu u JPEG.",
  tooLargeToClean:
    "Ova je datoteka prevelika da bi se ovdje provjerila. Šalje se nepromijenjena i može sadržavati imena, mjesta ili datume koji vas otkrivaju.",
  voiceRecord: "Snimite glasovnu poruku",
  voiceStart: "Započni snimanje",
  voiceStop: "Zaustavi snimanje",
  voiceRecording: "Snimanje…",
  voiceDisguising: "Vaš se glas prikriva…",
  voiceFailed:
    "Snimku nije bilo moguće prikriti pa se ne može poslati. Snimite ponovno ili radije napišite poruku.",
  voiceNoMicrophone:
    "Mikrofon se nije mogao upotrijebiti. Dopustite ovoj stranici da ga upotrebljava ili radije napišite poruku.",
  voiceWarning:
    "Vaš se glas prikriva u ovom pregledniku prije nego što se išta šifrira i pošalje. Prikrivanje mijenja kako zvučite, a ne ono što govorite ni kako to govorite: izostavite imena, mjesta i pojedinosti koje znate samo vi.",
  voiceListen:
    "Poslušajte prikrivenu snimku. Šalje se samo ova inačica; izvornik nikad ne napušta ovaj uređaj.",
  voiceDisguise: "Prikrivanje",
  voiceLower: "Dublji glas",
  voiceHigher: "Viši glas",
  voiceConsent: "Smije li se snimka čuvati? (Direktiva o zviždačima, članak 18. stavak 2.)",
  voiceKeep: "Da, čuvajte snimku uz predmet",
  voiceDelete: "Ne, izbrišite je kada odobrim njezin pisani prijepis",
  voiceConsentMissing: "Odaberite smije li se snimka čuvati.",
  voiceAdd: "Dodaj snimku prijavi",
  voiceSend: "Šifriraj i pošalji snimku",
};

export default hr;
