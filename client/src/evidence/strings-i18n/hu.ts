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
};

export default hu;
