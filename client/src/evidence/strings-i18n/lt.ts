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
  voiceRecord: "Įrašyti balso žinutę",
  voiceStart: "Pradėti įrašymą",
  voiceStop: "Sustabdyti įrašymą",
  voiceRecording: "Įrašoma…",
  voiceDisguising: "Jūsų balsas maskuojamas…",
  voiceFailed:
    "Įrašo nepavyko užmaskuoti, todėl jo negalima išsiųsti. Įrašykite iš naujo arba verčiau parašykite.",
  voiceNoMicrophone:
    "Mikrofono naudoti nepavyko. Leiskite šiam puslapiui jį naudoti arba verčiau parašykite.",
  voiceWarning:
    "Jūsų balsas maskuojamas šioje naršyklėje prieš ką nors užšifruojant ir išsiunčiant. Maskavimas keičia, kaip skamba jūsų balsas, bet ne tai, ką ir kaip sakote: nesakykite vardų, vietų ir detalių, kurias žinote tik jūs.",
  voiceListen:
    "Paklausykite užmaskuoto įrašo. Siunčiama tik ši versija; originalas niekada nepalieka šio įrenginio.",
  voiceDisguise: "Maskavimas",
  voiceLower: "Žemesnis balsas",
  voiceHigher: "Aukštesnis balsas",
  voiceConsent: "Ar įrašą galima saugoti? (Pranešėjų apsaugos direktyva, 18 straipsnio 2 dalis)",
  voiceKeep: "Taip, saugoti įrašą su byla",
  voiceDelete: "Ne, ištrinti jį, kai pritarsiu jo rašytiniam nuorašui",
  voiceConsentMissing: "Pasirinkite, ar įrašą galima saugoti.",
  voiceAdd: "Pridėti įrašą prie pranešimo",
  voiceSend: "Užšifruoti ir išsiųsti įrašą",
};

export default lt;
