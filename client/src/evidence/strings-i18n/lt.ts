/** Lietuvių: the evidence panel (machine draft; status in content/languages.json). */
import type { EvidenceTranslation } from "../strings.ts";

const lt: EvidenceTranslation = {
  chosen: "Failai, siunčiami su pranešimu",
  tooLarge: "Per didelis: failas gali būti ne didesnis kaip {max}.",
  caseFull: "Vieno pranešimo failai kartu gali būti ne didesni kaip {max}.",
  remove: "Pašalinti",
  waiting: "Laukia",
  encrypting: "Šifruojama ir siunčiama",
  sent: "Išsiųsta, užšifruota",
  failed: "Neišsiųsta:",
  filesTitle: "Jūsų failai",
  stay: "Neuždarykite šio puslapio, kol prie kiekvieno failo bus parašyta „Išsiųsta“.",
  off: "Šis serveris failų nepriima.",
  caseFilesTitle: "Failai",
  noFiles: "Failų nėra.",
  download: "Atsisiųsti ir iššifruoti",
  decrypting: "Iššifruojama",
  unreadable: "Šio failo aprašymo iššifruoti negalima.",
  downloadFailed: "Failo iššifruoti nepavyko; jis galėjo būti pakeistas.",
  addFiles: "Pridėti failų",
  send: "Užšifruoti ir išsiųsti failus",
  removed: "Šiame faile rasta paslėptų duomenų; jie pašalinami prieš šifruojant failą:",
  noMetadata: "Šiame faile paslėptų duomenų (vardų, vietų, datų) nerasta.",
  sendOriginal: "Vietoj to siųsti originalų failą su šiais duomenimis",
  originalWarning:
    "Originale lieka pirmiau išvardyti duomenys. Jie gali parodyti, kas failą sukūrė, kur ir kokiu įrenginiu, taigi ir kas jūs esate. Siųskite jį tik tada, jei patys duomenys yra įrodymas.",
  unknownFormat:
    "Šio tipo failo patikrinti negalima. Jis siunčiamas nepakeistas ir gali turėti vardų, vietų ar datų, pagal kurias galima jus nustatyti.",
  heic: "HEIC nuotraukų čia dar negalima išvalyti; ši siunčiama nepakeista ir gali turėti GPS vietą bei fotoaparato duomenis. Geriau padarykite ekrano kopiją arba eksportuokite į JPEG.",
  tooLargeToClean:
    "Šis failas per didelis, kad jį būtų galima čia patikrinti. Jis siunčiamas nepakeistas ir gali turėti vardų, vietų ar datų, pagal kurias galima jus nustatyti.",
};

export default lt;
