/** Eesti: the evidence panel (machine draft; status in content/languages.json). */
import type { EvidenceTranslation } from "../strings.ts";

const et: EvidenceTranslation = {
  chosen: "Teatega saadetavad failid",
  tooLarge: "Liiga suur: fail võib olla kõige rohkem {max}.",
  caseFull: "Ühe teate failid võivad kokku olla kõige rohkem {max}.",
  remove: "Eemalda",
  waiting: "Ootel",
  encrypting: "Krüpteeritakse ja saadetakse",
  sent: "Saadetud, krüpteeritud",
  failed: "Saatmata:",
  filesTitle: "Sinu failid",
  stay: "Hoia see leht avatud, kuni iga faili juures on „Saadetud“.",
  off: "See server faile vastu ei võta.",
  caseFilesTitle: "Failid",
  noFiles: "Faile pole.",
  download: "Laadi alla ja dekrüpteeri",
  decrypting: "Dekrüpteeritakse",
  unreadable: "Selle faili kirjeldust ei saa dekrüpteerida.",
  downloadFailed: "Faili ei õnnestunud dekrüpteerida; seda võidi muuta.",
  addFiles: "Lisa faile",
  send: "Krüpteeri ja saada failid",
  removed: "Failist leiti peidetud andmeid; need eemaldatakse enne krüpteerimist:",
  noMetadata: "Failist ei leitud peidetud andmeid (nimesid, kohti, kuupäevi).",
  sendOriginal: "Saada hoopis originaalfail koos nende andmetega",
  originalWarning:
    "Originaal säilitab ülal loetletud andmed. Need võivad näidata, kes faili lõi, kus ja millisel seadmel, ning seega kes sa oled. Saada see ainult siis, kui andmed ise on tõend.",
  unknownFormat:
    "Seda tüüpi faili ei saa kontrollida. See saadetakse muutmata kujul ja võib sisaldada nimesid, kohti või kuupäevi, mis sind tuvastavad.",
  heic: "HEIC-fotosid ei saa siin veel puhastada; see saadetakse muutmata kujul ja võib sisaldada GPS-asukohta ja kaamera andmeid. Kaalu selle asemel ekraanipilti või JPEG-eksporti.",
  tooLargeToClean:
    "See fail on siin kontrollimiseks liiga suur. See saadetakse muutmata kujul ja võib sisaldada nimesid, kohti või kuupäevi, mis sind tuvastavad.",
  voiceRecord: "Salvesta häälsõnum",
  voiceStart: "Alusta salvestamist",
  voiceStop: "Lõpeta salvestamine",
  voiceRecording: "Salvestamine…",
  voiceDisguising: "Teie häält moonutatakse…",
  voiceFailed:
    "Salvestist ei õnnestunud moonutada, seega ei saa seda saata. Salvestage uuesti või kirjutage hoopis.",
  voiceNoMicrophone: "Mikrofoni ei saanud kasutada. Lubage sellel lehel seda kasutada või kirjutage hoopis.",
  voiceWarning:
    "Teie häält moonutatakse selles brauseris enne, kui midagi krüpteeritakse ja saadetakse. Moonutus muudab teie hääle kõla, mitte seda, mida ja kuidas te räägite: jätke välja nimed, kohad ja üksikasjad, mida teate ainult teie.",
  voiceListen:
    "Kuulake moonutatud salvestist. Saadetakse ainult see versioon; originaal ei lahku kunagi sellest seadmest.",
  voiceDisguise: "Moonutus",
  voiceLower: "Madalam hääl",
  voiceHigher: "Kõrgem hääl",
  voiceConsent: "Kas salvestist võib säilitada? (rikkumisest teavitajate direktiiv, artikli 18 lõige 2)",
  voiceKeep: "Jah, säilitage salvestis juhtumi juures",
  voiceDelete: "Ei, kustutage see, kui olen selle kirjaliku ärakirjaga nõustunud",
  voiceConsentMissing: "Valige, kas salvestist võib säilitada.",
  voiceAdd: "Lisa salvestis teatele",
  voiceSend: "Krüpteeri ja saada salvestis",
};

export default et;
