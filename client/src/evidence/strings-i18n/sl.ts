/** Slovenščina: the evidence panel (machine draft; status in content/languages.json). */
import type { EvidenceTranslation } from "../strings.ts";

const sl: EvidenceTranslation = {
  chosen: "Datoteke, poslane s prijavo",
  tooLarge: "Prevelika: datoteka je lahko največ {max}.",
  caseFull: "Datoteke ene prijave so lahko skupaj največ {max}.",
  remove: "Odstrani",
  waiting: "Čaka",
  encrypting: "Šifriranje in pošiljanje",
  sent: "Poslano, šifrirano",
  failed: "Ni poslano:",
  filesTitle: "Vaše datoteke",
  stay: "To stran pustite odprto, dokler pri vsaki datoteki ne piše »Poslano«.",
  off: "Ta strežnik ne sprejema datotek.",
  caseFilesTitle: "Datoteke",
  noFiles: "Ni datotek.",
  download: "Prenesi in dešifriraj",
  decrypting: "Dešifriranje",
  unreadable: "Opisa te datoteke ni mogoče dešifrirati.",
  downloadFailed: "Datoteke ni bilo mogoče dešifrirati; morda je bila spremenjena.",
  addFiles: "Dodaj datoteke",
  send: "Šifriraj in pošlji datoteke",
  removed: "V tej datoteki so bili najdeni skriti podatki; pred šifriranjem se odstranijo:",
  noMetadata: "V tej datoteki ni bilo najdenih skritih podatkov (imen, krajev, datumov).",
  sendOriginal: "Namesto tega pošlji izvirno datoteko s temi podatki",
  originalWarning:
    "Izvirnik ohrani zgoraj navedene podatke. Pokažejo lahko, kdo je ustvaril datoteko, kje in na kateri napravi, in s tem, kdo ste. Pošljite ga le, če so podatki sami dokaz.",
  unknownFormat:
    "Te vrste datoteke ni mogoče preveriti. Poslana bo nespremenjena in lahko vsebuje imena, kraje ali datume, ki vas razkrijejo.",
  heic: "Fotografij HEIC tu še ni mogoče očistiti; ta bo poslana nespremenjena in lahko vsebuje položaj GPS in podatke o fotoaparatu. Raje razmislite o posnetku zaslona ali izvozu v JPEG.",
  tooLargeToClean:
    "Ta datoteka je prevelika, da bi jo tu preverili. Poslana bo nespremenjena in lahko vsebuje imena, kraje ali datume, ki vas razkrijejo.",
  voiceRecord: "Posnemite glasovno sporočilo",
  voiceStart: "Začni snemanje",
  voiceStop: "Ustavi snemanje",
  voiceRecording: "Snemanje …",
  voiceDisguising: "Vaš glas se prikriva …",
  voiceFailed:
    "Posnetka ni bilo mogoče prikriti, zato ga ni mogoče poslati. Posnemite znova ali raje napišite sporočilo.",
  voiceNoMicrophone:
    "Mikrofona ni bilo mogoče uporabiti. Dovolite tej strani, da ga uporablja, ali raje napišite sporočilo.",
  voiceWarning:
    "Vaš glas se prikrije v tem brskalniku, preden se karkoli šifrira in pošlje. Prikrivanje spremeni, kako zvenite, ne pa tega, kaj poveste ali kako: izpustite imena, kraje in podrobnosti, ki jih poznate samo vi.",
  voiceListen:
    "Poslušajte prikriti posnetek. Pošlje se samo ta različica; izvirnik nikoli ne zapusti te naprave.",
  voiceDisguise: "Prikrivanje",
  voiceLower: "Nižji glas",
  voiceHigher: "Višji glas",
  voiceConsent: "Ali se posnetek sme hraniti? (direktiva o žvižgačih, člen 18(2))",
  voiceKeep: "Da, posnetek hranite pri zadevi",
  voiceDelete: "Ne, izbrišite ga, ko potrdim njegov pisni prepis",
  voiceConsentMissing: "Izberite, ali se posnetek sme hraniti.",
  voiceAdd: "Dodaj posnetek prijavi",
  voiceSend: "Šifriraj in pošlji posnetek",
};

export default sl;
