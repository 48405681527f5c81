/** Magyar: the records-and-meetings panel (machine draft; status in content/languages.json, terms in content/glossary/hu.json). */
import type { RecordsTranslation } from "../strings.ts";

const hu: RecordsTranslation = {
  title: "Feljegyzések az Ön által elmondottakról",
  intro:
    "Ha szóban vagy személyes találkozón tesz bejelentést, az ügyintéző átiratot vagy jegyzőkönyvet készít. Olvassa el az összes változatot; javasoljon javításokat, vagy fogadja el. Az Ön által elfogadott változatot megjelöljük Önnek és az ügyintézőknek.",
  minutes: "Találkozó jegyzőkönyve",
  transcript: "Szóbeli bejelentés átirata",
  version: "{n}. változat",
  agreedMark: "Elfogadva",
  agreedOn: "Ezt a változatot {day} napján fogadta el.",
  agreedOnHandler: "A bejelentő személy ezt a változatot {day} napján fogadta el.",
  unconfirmed:
    "A szerver szerint ezt a feljegyzést elfogadták, de ezt a bejelentő személy semmilyen aláírása nem igazolja. Kezelje el nem fogadottként.",
  correctionsLabel: "Az Ön javításai",
  correctionsHint: "Írja le, mi hibás vagy mi hiányzik. Az ügyintéző javított változatot készít.",
  sendCorrections: "Javítások javasolása",
  agree: "Elfogadom a(z) {n}. változatot",
  agreeText: "Elolvastam e feljegyzés {n}. változatát, és elfogadom, hogy pontos.",
  correctionFrom: "A(z) {n}. változat javításai, {day}:",
  sending: "Titkosítás és küldés…",
  sent: "Elküldve.",
  empty: "Előbb írjon valamit.",
  locked: "A postafiók zárolva van. Nyissa meg újra az ügye kódjával.",
  meetingTitle: "Személyes találkozó",
  meetingIntro:
    "Kérheti, hogy személyesen találkozzon egy ügyintézővel. Az ügyintézőnek a jogszabályban előírt határidőn belül időpontot és helyszínt kell felajánlania.",
  meetingLabel: "Mikor és hol lenne Önnek megfelelő? (nem kötelező)",
  meetingAsk: "Találkozó kérése",
  meetingAsked: "Ön találkozót kért.",
  meetingBy: "Az ügyintézőnek {day} napjáig időpontot és helyszínt kell javasolnia.",
  meetingProposed: "Az ügyintéző időpontot és helyszínt javasolt; lásd az üzeneteket.",
  meetingDefault: "Szeretnék személyesen találkozni.",
  handlerTitle: "Feljegyzések és találkozók",
  meetingRequested: "A bejelentő személy {day} napján találkozót kért.",
  meetingDue: "Javasoljon időpontot és helyszínt {day} napjáig ({basis}).",
  meetingProposedOn: "Időpontot és helyszínt javasoltak {day} napján.",
  proposeLabel: "A találkozó időpontja és helyszíne",
  propose: "Ezen időpont és helyszín javasolása",
  newRecord: "Jegyzőkönyv vagy átirat készítése",
  recordType: "A feljegyzés fajtája",
  transcribes: "A hangfelvétel átirata",
  none: "Nincs",
  recordText: "Szöveg",
  sendRecord: "Küldés a bejelentő személynek ellenőrzésre",
  reviseLabel: "Javított változat",
  revise: "A javított változat küldése",
  recordingDeleted: "A hangfelvételt az elfogadás után töröltük.",
};

export default hu;
