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
  voiceRecord: "Registra un messaggio vocale",
  voiceStart: "Avvia la registrazione",
  voiceStop: "Interrompi la registrazione",
  voiceRecording: "Registrazione in corso…",
  voiceDisguising: "Alterazione della voce in corso…",
  voiceFailed:
    "Non è stato possibile alterare la registrazione, quindi non può essere inviata. Registri di nuovo o scriva invece.",
  voiceNoMicrophone:
    "Non è stato possibile usare il microfono. Consenta alla pagina di usarlo o scriva invece.",
  voiceWarning:
    "La sua voce viene alterata in questo browser prima che qualsiasi cosa sia cifrata e inviata. L’alterazione cambia il suono della voce, non ciò che dice né come lo dice: ometta nomi, luoghi e dettagli che conosce solo lei.",
  voiceListen:
    "Ascolti la registrazione alterata. Viene inviata solo questa versione; l’originale non lascia mai questo dispositivo.",
  voiceDisguise: "Alterazione",
  voiceLower: "Voce più grave",
  voiceHigher: "Voce più acuta",
  voiceConsent:
    "La registrazione può essere conservata? (direttiva sul whistleblowing, art. 18, paragrafo 2)",
  voiceKeep: "Sì, conservare la registrazione con il caso",
  voiceDelete: "No, cancellarla quando avrò approvato una sua trascrizione scritta",
  voiceConsentMissing: "Scelga se la registrazione può essere conservata.",
  voiceAdd: "Aggiungi la registrazione alla segnalazione",
  voiceSend: "Cifra e invia la registrazione",
};

export default it;
