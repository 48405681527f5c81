/** Čeština: the evidence panel (machine draft; status in content/languages.json). */
import type { EvidenceTranslation } from "../strings.ts";

const cs: EvidenceTranslation = {
  chosen: "Soubory odeslané s oznámením",
  tooLarge: "Příliš velký: soubor může mít nejvýše {max}.",
  caseFull: "Soubory jednoho oznámení mohou mít dohromady nejvýše {max}.",
  remove: "Odebrat",
  waiting: "Čeká",
  encrypting: "Šifruje se a odesílá",
  sent: "Odesláno, zašifrováno",
  failed: "Neodesláno:",
  filesTitle: "Vaše soubory",
  stay: "Nechte tuto stránku otevřenou, dokud u každého souboru nebude „Odesláno“.",
  off: "Tento server soubory nepřijímá.",
  caseFilesTitle: "Soubory",
  noFiles: "Žádné soubory.",
  download: "Stáhnout a dešifrovat",
  decrypting: "Dešifruje se",
  unreadable: "Popis tohoto souboru nelze dešifrovat.",
  downloadFailed: "Soubor se nepodařilo dešifrovat; mohl být změněn.",
  addFiles: "Přidat soubory",
  send: "Zašifrovat a odeslat soubory",
  removed: "V tomto souboru byla nalezena skrytá data; před zašifrováním se odstraní:",
  noMetadata: "V tomto souboru nebyla nalezena žádná skrytá data (jména, místa, data).",
  sendOriginal: "Místo toho odeslat původní soubor s těmito daty",
  originalWarning:
    "Původní soubor si ponechá výše uvedená data. Mohou ukázat, kdo soubor vytvořil, kde a na jakém zařízení, a tedy kdo jste. Odešlete jej jen tehdy, jsou-li samotná data důkazem.",
  unknownFormat:
    "Tento druh souboru nelze zkontrolovat. Odešle se beze změny a může obsahovat jména, místa nebo data, podle nichž vás lze poznat.",
  heic: "Fotografie HEIC zde zatím nelze vyčistit; tato se odešle beze změny a může obsahovat polohu GPS a údaje o fotoaparátu. Zvažte raději snímek obrazovky nebo export do JPEG.",
  tooLargeToClean:
    "Tento soubor je příliš velký na kontrolu zde. Odešle se beze změny a může obsahovat jména, místa nebo data, podle nichž vás lze poznat.",
  voiceRecord: "Nahrát hlasovou zprávu",
  voiceStart: "Spustit nahrávání",
  voiceStop: "Zastavit nahrávání",
  voiceRecording: "Nahrává se…",
  voiceDisguising: "Váš hlas se maskuje…",
  voiceFailed:
    "Nahrávku se nepodařilo zamaskovat, a proto ji nelze odeslat. Nahrajte ji znovu, nebo napište zprávu.",
  voiceNoMicrophone: "Mikrofon nelze použít. Povolte této stránce jeho použití, nebo napište zprávu.",
  voiceWarning:
    "Váš hlas se maskuje v tomto prohlížeči dříve, než se cokoli zašifruje a odešle. Maskování mění, jak zníte, ne co říkáte a jak to říkáte: vynechte jména, místa a podrobnosti, které znáte jen vy.",
  voiceListen:
    "Poslechněte si zamaskovanou nahrávku. Odešle se jen tato verze; originál nikdy neopustí toto zařízení.",
  voiceDisguise: "Maskování",
  voiceLower: "Hlubší hlas",
  voiceHigher: "Vyšší hlas",
  voiceConsent: "Smí být nahrávka uchována? (směrnice o oznamovatelích, čl. 18 odst. 2)",
  voiceKeep: "Ano, uchovat nahrávku u případu",
  voiceDelete: "Ne, smazat ji, jakmile odsouhlasím její písemný přepis",
  voiceConsentMissing: "Zvolte, zda smí být nahrávka uchována.",
  voiceAdd: "Přidat nahrávku k oznámení",
  voiceSend: "Zašifrovat a odeslat nahrávku",
};

export default cs;
