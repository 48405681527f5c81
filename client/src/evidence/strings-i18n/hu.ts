/** Magyar: the evidence panel (machine draft; status in content/languages.json). */
import type { EvidenceTranslation } from "../strings.ts";

const hu: EvidenceTranslation = {
  chosen: "A bejelentéssel küldött fájlok",
  tooLarge: "Túl nagy: egy fájl legfeljebb {max} lehet.",
  caseFull: "Egy bejelentés fájljai együtt legfeljebb {max} méretűek lehetnek.",
  remove: "Eltávolítás",
  waiting: "Várakozik",
  encrypting: "Titkosítás és küldés",
  sent: "Elküldve, titkosítva",
  failed: "Nincs elküldve:",
  filesTitle: "Az Ön fájljai",
  stay: "Tartsa nyitva ezt az oldalt, amíg minden fájlnál az „Elküldve” felirat nem látszik.",
  off: "Ez a szerver nem fogad fájlokat.",
  caseFilesTitle: "Fájlok",
  noFiles: "Nincsenek fájlok.",
  download: "Letöltés és visszafejtés",
  decrypting: "Visszafejtés",
  unreadable: "A fájl leírása nem fejthető vissza.",
  downloadFailed: "A fájlt nem sikerült visszafejteni; lehet, hogy módosították.",
  addFiles: "Fájlok hozzáadása",
  send: "Fájlok titkosítása és küldése",
  removed: "Rejtett adatokat találtunk a fájlban; ezeket a titkosítás előtt eltávolítjuk:",
  noMetadata: "A fájlban nem találtunk rejtett adatokat (neveket, helyeket, dátumokat).",
  sendOriginal: "Inkább az eredeti fájl küldése, ezekkel az adatokkal",
  originalWarning:
    "Az eredeti megőrzi a fent felsorolt adatokat. Ezek megmutathatják, ki készítette a fájlt, hol és milyen eszközön, és így azt is, hogy ki Ön. Csak akkor küldje el, ha maguk az adatok bizonyítékok.",
  unknownFormat:
    "Ez a fájltípus nem ellenőrizhető. Változatlanul kerül elküldésre, és tartalmazhat olyan neveket, helyeket vagy dátumokat, amelyek alapján azonosítható.",
  heic: "A HEIC fotók itt még nem tisztíthatók meg; ez változatlanul kerül elküldésre, és tartalmazhat GPS-pozíciót és a fényképezőgép adatait. Fontolja meg inkább egy képernyőkép vagy JPEG-export küldését.",
  tooLargeToClean:
    "Ez a fájl túl nagy ahhoz, hogy itt ellenőrizzük. Változatlanul kerül elküldésre, és tartalmazhat olyan neveket, helyeket vagy dátumokat, amelyek alapján azonosítható.",
  voiceRecord: "Hangüzenet felvétele",
  voiceStart: "Felvétel indítása",
  voiceStop: "Felvétel leállítása",
  voiceRecording: "Felvétel folyamatban…",
  voiceDisguising: "A hangja elváltoztatás alatt…",
  voiceFailed:
    "A felvételt nem sikerült elváltoztatni, ezért nem küldhető el. Vegye fel újra, vagy írjon inkább.",
  voiceNoMicrophone: "A mikrofon nem használható. Engedélyezze az oldalnak a használatát, vagy írjon inkább.",
  voiceWarning:
    "A hangját ebben a böngészőben változtatjuk el, mielőtt bármit titkosítanánk és elküldenénk. Az elváltoztatás a hangzását módosítja, nem azt, amit mond, vagy ahogyan mondja: hagyja ki a neveket, helyeket és olyan részleteket, amelyeket csak Ön ismer.",
  voiceListen:
    "Hallgassa meg az elváltoztatott felvételt. Csak ez a változat kerül elküldésre; az eredeti sosem hagyja el ezt az eszközt.",
  voiceDisguise: "Elváltoztatás",
  voiceLower: "Mélyebb hang",
  voiceHigher: "Magasabb hang",
  voiceConsent: "Megőrizhető a felvétel? (bejelentővédelmi irányelv, 18. cikk (2) bekezdés)",
  voiceKeep: "Igen, a felvétel maradjon az üggyel",
  voiceDelete: "Nem, törölni kell, amint jóváhagytam az írásos átiratát",
  voiceConsentMissing: "Válassza ki, megőrizhető-e a felvétel.",
  voiceAdd: "Felvétel hozzáadása a bejelentéshez",
  voiceSend: "Felvétel titkosítása és küldése",
};

export default hu;
