/** Română: the evidence panel (machine draft; status in content/languages.json). */
import type { EvidenceTranslation } from "../strings.ts";

const ro: EvidenceTranslation = {
  chosen: "Fișiere trimise cu raportarea",
  tooLarge: "Prea mare: un fișier poate avea cel mult {max}.",
  caseFull: "Împreună, fișierele unei raportări pot avea cel mult {max}.",
  remove: "Eliminați",
  waiting: "În așteptare",
  encrypting: "Se criptează și se trimite",
  sent: "Trimis, criptat",
  failed: "Netrimis:",
  filesTitle: "Fișierele dumneavoastră",
  stay: "Lăsați această pagină deschisă până când fiecare fișier arată „Trimis”.",
  off: "Acest server nu primește fișiere.",
  caseFilesTitle: "Fișiere",
  noFiles: "Niciun fișier.",
  download: "Descărcați și decriptați",
  decrypting: "Se decriptează",
  unreadable: "Descrierea acestui fișier nu poate fi decriptată.",
  downloadFailed: "Fișierul nu a putut fi decriptat; este posibil să fi fost modificat.",
  addFiles: "Adăugați fișiere",
  send: "Criptați și trimiteți fișierele",
  removed: "S-au găsit date ascunse în acest fișier; sunt eliminate înainte de criptare:",
  noMetadata: "Nu s-au găsit date ascunse (nume, locuri, date calendaristice) în acest fișier.",
  sendOriginal: "Trimiteți în schimb fișierul original, cu aceste date",
  originalWarning:
    "Originalul păstrează datele de mai sus. Ele pot arăta cine a creat fișierul, unde și pe ce dispozitiv, deci cine sunteți. Trimiteți-l doar dacă datele însele sunt o probă.",
  unknownFormat:
    "Acest tip de fișier nu poate fi verificat. Este trimis ca atare și poate conține nume, locuri sau date care vă identifică.",
  heic: "Fotografiile HEIC nu pot fi încă curățate aici; aceasta este trimisă ca atare și poate conține o poziție GPS și detaliile camerei. Luați în calcul o captură de ecran sau un export JPEG.",
  tooLargeToClean:
    "Acest fișier este prea mare pentru a fi verificat aici. Este trimis ca atare și poate conține nume, locuri sau date care vă identifică.",
  voiceRecord: "Înregistrați un mesaj vocal",
  voiceStart: "Începeți înregistrarea",
  voiceStop: "Opriți înregistrarea",
  voiceRecording: "Se înregistrează…",
  voiceDisguising: "Vocea dvs. este deghizată…",
  voiceFailed:
    "Înregistrarea nu a putut fi deghizată, deci nu poate fi trimisă. Înregistrați din nou sau scrieți în schimb.",
  voiceNoMicrophone:
    "Microfonul nu a putut fi folosit. Permiteți acestei pagini să îl folosească sau scrieți în schimb.",
  voiceWarning:
    "Vocea dvs. este deghizată în acest browser înainte ca ceva să fie criptat și trimis. Deghizarea schimbă felul în care sunați, nu ce spuneți sau cum spuneți: omiteți nume, locuri și detalii pe care doar dvs. le cunoașteți.",
  voiceListen:
    "Ascultați înregistrarea deghizată. Se trimite doar această versiune; originalul nu părăsește niciodată acest dispozitiv.",
  voiceDisguise: "Deghizare",
  voiceLower: "Voce mai joasă",
  voiceHigher: "Voce mai înaltă",
  voiceConsent: "Poate fi păstrată înregistrarea? (Directiva privind avertizorii, art. 18 alin. (2))",
  voiceKeep: "Da, păstrați înregistrarea la caz",
  voiceDelete: "Nu, ștergeți-o după ce aprob transcrierea ei scrisă",
  voiceConsentMissing: "Alegeți dacă înregistrarea poate fi păstrată.",
  voiceAdd: "Adăugați înregistrarea la raportare",
  voiceSend: "Criptați și trimiteți înregistrarea",
};

export default ro;
