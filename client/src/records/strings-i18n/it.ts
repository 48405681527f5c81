/** Italiano: the records-and-meetings panel (machine draft; status in content/languages.json, terms in content/glossary/it.json). */
import type { RecordsTranslation } from "../strings.ts";

const it: RecordsTranslation = {
  title: "Verbali di ciò che ci ha detto",
  intro:
    "Quando segnala oralmente o in un incontro, la persona che gestisce la pratica redige una trascrizione o un verbale. Legga ogni versione; proponga correzioni o la approvi. La versione che approva viene contrassegnata, per lei e per chi gestisce la pratica.",
  minutes: "Verbale di un incontro",
  transcript: "Trascrizione di una segnalazione orale",
  version: "Versione {n}",
  agreedMark: "Approvata",
  agreedOn: "Ha approvato questa versione il {day}.",
  agreedOnHandler: "La persona segnalante ha approvato questa versione il {day}.",
  unconfirmed:
    "Il server afferma che questo verbale è stato approvato, ma nessuna conferma firmata della persona segnalante lo attesta. Lo consideri non approvato.",
  correctionsLabel: "Le sue correzioni",
  correctionsHint:
    "Indichi cosa è sbagliato o manca. La persona che gestisce la pratica redige una versione corretta.",
  sendCorrections: "Proponi correzioni",
  agree: "Approvo la versione {n}",
  agreeText: "Ho letto la versione {n} di questo verbale e confermo che è accurata.",
  correctionFrom: "Correzioni alla versione {n}, {day}:",
  sending: "Cifratura e invio…",
  sent: "Inviato.",
  empty: "Scriva prima qualcosa.",
  locked: "La casella è bloccata. La riapra con il codice della sua pratica.",
  meetingTitle: "Un incontro",
  meetingIntro:
    "Può chiedere di incontrare di persona chi gestisce la pratica. Deve proporle data e luogo entro il termine fissato dalla legge.",
  meetingLabel: "Quando e dove le andrebbe bene? (facoltativo)",
  meetingAsk: "Chiedi un incontro",
  meetingAsked: "Ha chiesto un incontro.",
  meetingBy: "La persona che gestisce la pratica deve proporre data e luogo entro il {day}.",
  meetingProposed: "La persona che gestisce la pratica ha proposto data e luogo; veda i messaggi.",
  meetingDefault: "Vorrei un incontro di persona.",
  handlerTitle: "Verbali e incontri",
  meetingRequested: "La persona segnalante ha chiesto un incontro il {day}.",
  meetingDue: "Proponga data e luogo entro il {day} ({basis}).",
  meetingProposedOn: "Data e luogo sono stati proposti il {day}.",
  proposeLabel: "Data e luogo dell'incontro",
  propose: "Proponi questa data e questo luogo",
  newRecord: "Redigi un verbale o una trascrizione",
  recordType: "Tipo di documento",
  transcribes: "Trascrizione della registrazione vocale",
  none: "Nessuna",
  recordText: "Testo",
  sendRecord: "Invia alla persona segnalante per la verifica",
  reviseLabel: "Versione corretta",
  revise: "Invia la versione corretta",
  recordingDeleted: "La registrazione vocale è stata cancellata dopo l'approvazione.",
};

export default it;
