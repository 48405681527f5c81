/** Latviešu: the records-and-meetings panel (machine draft; status in content/languages.json, terms in content/glossary/lv.json). */
import type { RecordsTranslation } from "../strings.ts";

const lv: RecordsTranslation = {
  title: "Pieraksti par to, ko jūs mums pastāstījāt",
  intro:
    "Ja ziņojat mutiski vai tikšanās laikā, lietas izskatītājs sagatavo atšifrējumu vai protokolu. Izlasiet katru versiju; ierosiniet labojumus vai piekrītiet tai. Versija, kurai piekrītat, tiek atzīmēta jums un lietas izskatītājiem.",
  minutes: "Tikšanās protokols",
  transcript: "Mutiska ziņojuma atšifrējums",
  version: "Versija {n}",
  agreedMark: "Apstiprināta",
  agreedOn: "Jūs piekritāt šai versijai {day}.",
  agreedOnHandler: "Trauksmes cēlējs piekrita šai versijai {day}.",
  unconfirmed:
    "Serveris apgalvo, ka šim pierakstam piekrita, taču to neapliecina neviens trauksmes cēlēja paraksts. Uzskatiet to par neapstiprinātu.",
  correctionsLabel: "Jūsu labojumi",
  correctionsHint: "Norādiet, kas ir nepareizi vai trūkst. Lietas izskatītājs sagatavo labotu versiju.",
  sendCorrections: "Ierosināt labojumus",
  agree: "Es piekrītu versijai {n}",
  agreeText: "Esmu izlasījis šī pieraksta versiju {n} un piekrītu, ka tā ir precīza.",
  correctionFrom: "Labojumi versijai {n}, {day}:",
  sending: "Šifrē un sūta…",
  sent: "Nosūtīts.",
  empty: "Vispirms kaut ko uzrakstiet.",
  locked: "Pastkaste ir bloķēta. Atveriet to vēlreiz ar savas lietas kodu.",
  meetingTitle: "Tikšanās",
  meetingIntro:
    "Varat lūgt klātienes tikšanos ar lietas izskatītāju. Viņam jāpiedāvā laiks un vieta likumā noteiktajā termiņā.",
  meetingLabel: "Kad un kur jums būtu ērti? (neobligāti)",
  meetingAsk: "Lūgt tikšanos",
  meetingAsked: "Jūs lūdzāt tikšanos.",
  meetingBy: "Lietas izskatītājam līdz {day} jāpiedāvā laiks un vieta.",
  meetingProposed: "Lietas izskatītājs piedāvāja laiku un vietu; skatiet ziņas.",
  meetingDefault: "Es vēlētos tikties klātienē.",
  handlerTitle: "Pieraksti un tikšanās",
  meetingRequested: "Trauksmes cēlējs lūdza tikšanos {day}.",
  meetingDue: "Piedāvājiet laiku un vietu līdz {day} ({basis}).",
  meetingProposedOn: "Laiks un vieta tika piedāvāti {day}.",
  proposeLabel: "Tikšanās laiks un vieta",
  propose: "Piedāvāt šo laiku un vietu",
  newRecord: "Sagatavot protokolu vai atšifrējumu",
  recordType: "Pieraksta veids",
  transcribes: "Balss ieraksta atšifrējums",
  none: "Nav",
  recordText: "Teksts",
  sendRecord: "Nosūtīt trauksmes cēlējam pārbaudei",
  reviseLabel: "Labotā versija",
  revise: "Nosūtīt laboto versiju",
  recordingDeleted: "Balss ieraksts tika dzēsts pēc piekrišanas.",
};

export default lv;
