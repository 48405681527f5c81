/** Dansk: the evidence panel (machine draft; status in content/languages.json). */
import type { EvidenceTranslation } from "../strings.ts";

const da: EvidenceTranslation = {
  chosen: "Filer, der sendes med indberetningen",
  tooLarge: "For stor: en fil må højst fylde {max}.",
  caseFull: "Filerne i én indberetning må tilsammen højst fylde {max}.",
  remove: "Fjern",
  waiting: "Venter",
  encrypting: "Krypteres og sendes",
  sent: "Sendt, krypteret",
  failed: "Ikke sendt:",
  filesTitle: "Dine filer",
  stay: "Hold siden åben, indtil hver fil viser »Sendt«.",
  off: "Denne server modtager ikke filer.",
  caseFilesTitle: "Filer",
  noFiles: "Ingen filer.",
  download: "Hent og dekryptér",
  decrypting: "Dekrypterer",
  unreadable: "Filens beskrivelse kan ikke dekrypteres.",
  downloadFailed: "Filen kunne ikke dekrypteres; den kan være ændret.",
  addFiles: "Tilføj filer",
  send: "Kryptér og send filerne",
  removed: "Der blev fundet skjulte oplysninger i filen; de fjernes, før filen krypteres:",
  noMetadata: "Der blev ikke fundet skjulte oplysninger (navne, steder, datoer) i filen.",
  sendOriginal: "Send i stedet den originale fil med disse oplysninger",
  originalWarning:
    "Originalen beholder oplysningerne ovenfor. De kan vise, hvem der lavede filen, hvor og på hvilken enhed, og dermed hvem du er. Send den kun, hvis oplysningerne selv er bevis.",
  unknownFormat:
    "Denne filtype kan ikke kontrolleres. Den sendes uændret og kan indeholde navne, steder eller datoer, der identificerer dig.",
  heic: "HEIC-fotos kan endnu ikke renses her; dette sendes uændret og kan indeholde en GPS-position og kameraets oplysninger. Overvej et skærmbillede eller en JPEG-eksport.",
  tooLargeToClean:
    "Filen er for stor til at blive kontrolleret her. Den sendes uændret og kan indeholde navne, steder eller datoer, der identificerer dig.",
  voiceRecord: "Optag en talebesked",
  voiceStart: "Start optagelse",
  voiceStop: "Stop optagelse",
  voiceRecording: "Optager …",
  voiceDisguising: "Din stemme forklædes …",
  voiceFailed: "Optagelsen kunne ikke forklædes, så den kan ikke sendes. Optag igen, eller skriv i stedet.",
  voiceNoMicrophone: "Mikrofonen kunne ikke bruges. Giv siden lov til at bruge den, eller skriv i stedet.",
  voiceWarning:
    "Din stemme forklædes i denne browser, før noget krypteres og sendes. En forklædning ændrer, hvordan du lyder, ikke hvad du siger, eller hvordan du siger det: udelad navne, steder og detaljer, som kun du kender.",
  voiceListen:
    "Lyt til den forklædte optagelse. Kun denne udgave sendes; originalen forlader aldrig denne enhed.",
  voiceDisguise: "Forklædning",
  voiceLower: "Dybere stemme",
  voiceHigher: "Lysere stemme",
  voiceConsent: "Må optagelsen gemmes? (whistleblowerdirektivet, art. 18, stk. 2)",
  voiceKeep: "Ja, gem optagelsen i sagen",
  voiceDelete: "Nej, slet den, når jeg har godkendt en skriftlig udskrift af den",
  voiceConsentMissing: "Vælg, om optagelsen må gemmes.",
  voiceAdd: "Føj optagelsen til indberetningen",
  voiceSend: "Kryptér og send optagelsen",
};

export default da;
