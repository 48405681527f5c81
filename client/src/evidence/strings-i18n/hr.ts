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
};

export default hr;
