/** Slovenčina: the evidence panel (machine draft; status in content/languages.json). */
import type { EvidenceTranslation } from "../strings.ts";

const sk: EvidenceTranslation = {
  chosen: "Súbory odoslané s oznámením",
  tooLarge: "Príliš veľký: súbor môže mať najviac {max}.",
  caseFull: "Súbory jedného oznámenia môžu mať spolu najviac {max}.",
  remove: "Odobrať",
  waiting: "Čaká",
  encrypting: "Šifruje sa a odosiela",
  sent: "Odoslané, zašifrované",
  failed: "Neodoslané:",
  filesTitle: "Vaše súbory",
  stay: "Nechajte túto stránku otvorenú, kým pri každom súbore nebude „Odoslané“.",
  off: "Tento server súbory neprijíma.",
  caseFilesTitle: "Súbory",
  noFiles: "Žiadne súbory.",
  download: "Stiahnuť a dešifrovať",
  decrypting: "Dešifruje sa",
  unreadable: "Opis tohto súboru nemožno dešifrovať.",
  downloadFailed: "Súbor sa nepodarilo dešifrovať; mohol byť zmenený.",
  addFiles: "Pridať súbory",
  send: "Zašifrovať a odoslať súbory",
  removed: "V tomto súbore sa našli skryté údaje; pred zašifrovaním sa odstránia:",
  noMetadata: "V tomto súbore sa nenašli žiadne skryté údaje (mená, miesta, dátumy).",
  sendOriginal: "Namiesto toho odoslať pôvodný súbor s týmito údajmi",
  originalWarning:
    "Pôvodný súbor si ponechá vyššie uvedené údaje. Môžu ukázať, kto súbor vytvoril, kde a na akom zariadení, a teda kto ste. Odošlite ho, len ak sú samotné údaje dôkazom.",
  unknownFormat:
    "Tento druh súboru nemožno skontrolovať. Odošle sa bez zmeny a môže obsahovať mená, miesta alebo dátumy, podľa ktorých vás možno identifikovať.",
  heic: "Fotografie HEIC tu zatiaľ nemožno vyčistiť; táto sa odošle bez zmeny a môže obsahovať polohu GPS a údaje o fotoaparáte. Zvážte radšej snímku obrazovky alebo export do JPEG.",
  tooLargeToClean:
    "Tento súbor je príliš veľký na kontrolu tu. Odošle sa bez zmeny a môže obsahovať mená, miesta alebo dátumy, podľa ktorých vás možno identifikovať.",
  voiceRecord: "Nahrať hlasovú správu",
  voiceStart: "Spustiť nahrávanie",
  voiceStop: "Zastaviť nahrávanie",
  voiceRecording: "Nahráva sa…",
  voiceDisguising: "Váš hlas sa maskuje…",
  voiceFailed:
    "Nahrávku sa nepodarilo zamaskovať, a preto ju nemožno odoslať. Nahrajte ju znova alebo napíšte správu.",
  voiceNoMicrophone: "Mikrofón sa nedal použiť. Povoľte tejto stránke jeho použitie alebo napíšte správu.",
  voiceWarning:
    "Váš hlas sa maskuje v tomto prehliadači skôr, ako sa čokoľvek zašifruje a odošle. Maskovanie mení, ako znie váš hlas, nie čo hovoríte ani ako to hovoríte: vynechajte mená, miesta a podrobnosti, ktoré poznáte len vy.",
  voiceListen:
    "Vypočujte si zamaskovanú nahrávku. Odošle sa len táto verzia; originál nikdy neopustí toto zariadenie.",
  voiceDisguise: "Maskovanie",
  voiceLower: "Hlbší hlas",
  voiceHigher: "Vyšší hlas",
  voiceConsent: "Môže sa nahrávka uchovať? (smernica o oznamovateľoch, čl. 18 ods. 2)",
  voiceKeep: "Áno, uchovajte nahrávku pri prípade",
  voiceDelete: "Nie, vymažte ju, keď odsúhlasím jej písomný prepis",
  voiceConsentMissing: "Zvoľte, či sa nahrávka môže uchovať.",
  voiceAdd: "Pridať nahrávku k oznámeniu",
  voiceSend: "Zašifrovať a odoslať nahrávku",
};

export default sk;
