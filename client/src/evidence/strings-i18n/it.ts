/** Italiano: the evidence panel (machine draft; status in content/languages.json). */
import type { EvidenceTranslation } from "../strings.ts";

const it: EvidenceTranslation = {
  chosen: "File da inviare con la segnalazione",
  tooLarge: "Troppo grande: un file può essere al massimo di {max}.",
  caseFull: "Insieme, i file di una segnalazione possono essere al massimo di {max}.",
  remove: "Rimuovi",
  waiting: "In attesa",
  encrypting: "Cifratura e invio",
  sent: "Inviato, cifrato",
  failed: "Non inviato:",
  filesTitle: "I suoi file",
  stay: "Tenga aperta questa pagina finché ogni file non mostra «Inviato».",
  off: "Questo server non accetta file.",
  caseFilesTitle: "File",
  noFiles: "Nessun file.",
  download: "Scarica e decifra",
  decrypting: "Decifratura",
  unreadable: "La descrizione di questo file non può essere decifrata.",
  downloadFailed: "Non è stato possibile decifrare il file; potrebbe essere stato modificato.",
  addFiles: "Aggiungi file",
  send: "Cifra e invia i file",
  removed: "In questo file sono stati trovati dati nascosti; vengono rimossi prima della cifratura:",
  noMetadata: "Nessun dato nascosto (nomi, luoghi, date) trovato in questo file.",
  sendOriginal: "Invia invece il file originale, con questi dati",
  originalWarning:
    "L'originale conserva i dati elencati sopra. Possono mostrare chi ha creato il file, dove e con quale dispositivo, e quindi chi è lei. Lo invii solo se i dati stessi sono una prova.",
  unknownFormat:
    "Questo tipo di file non può essere controllato. Viene inviato così com'è e può contenere nomi, luoghi o date che la identificano.",
  heic: "Non è stato possibile leggere questa foto HEIC per rimuoverne i dati nascosti. Viene inviata così com'è e può contenere una posizione GPS e i dati della fotocamera. Valuti invece uno screenshot o un'esportazione JPEG.",
  tooLargeToClean:
    "Questo file è troppo grande per essere controllato qui. Viene inviato così com'è e può contenere nomi, luoghi o date che la identificano.",
};

export default it;
