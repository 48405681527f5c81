/** Română: the records-and-meetings panel (machine draft; status in content/languages.json, terms in content/glossary/ro.json). */
import type { RecordsTranslation } from "../strings.ts";

const ro: RecordsTranslation = {
  title: "Consemnări ale celor spuse de dumneavoastră",
  intro:
    "Când raportați verbal sau într-o întâlnire, persoana care gestionează dosarul redactează o transcriere sau o minută. Citiți fiecare versiune; propuneți corecturi sau exprimați-vă acordul. Versiunea cu care sunteți de acord este marcată, pentru dumneavoastră și pentru cei care gestionează dosarul.",
  minutes: "Minuta unei întâlniri",
  transcript: "Transcrierea unei raportări verbale",
  version: "Versiunea {n}",
  agreedMark: "Acceptată",
  agreedOn: "V-ați exprimat acordul cu această versiune la {day}.",
  agreedOnHandler: "Avertizorul și-a exprimat acordul cu această versiune la {day}.",
  unconfirmed:
    "Serverul afirmă că această consemnare a fost acceptată, dar nicio confirmare semnată a avertizorului nu o atestă. Tratați-o ca neacceptată.",
  correctionsLabel: "Corecturile dumneavoastră",
  correctionsHint:
    "Spuneți ce este greșit sau lipsește. Persoana care gestionează dosarul redactează o versiune corectată.",
  sendCorrections: "Propuneți corecturi",
  agree: "Sunt de acord cu versiunea {n}",
  agreeText: "Am citit versiunea {n} a acestei consemnări și sunt de acord că este exactă.",
  correctionFrom: "Corecturi la versiunea {n}, {day}:",
  sending: "Se criptează și se trimite…",
  sent: "Trimis.",
  empty: "Scrieți mai întâi ceva.",
  locked: "Căsuța este blocată. Deschideți-o din nou cu codul cazului dumneavoastră.",
  meetingTitle: "O întâlnire",
  meetingIntro:
    "Puteți cere o întâlnire față în față cu persoana care gestionează dosarul. Aceasta trebuie să vă propună o oră și un loc în termenul stabilit de lege.",
  meetingLabel: "Când și unde v-ar conveni? (opțional)",
  meetingAsk: "Cereți o întâlnire",
  meetingAsked: "Ați cerut o întâlnire.",
  meetingBy: "Persoana care gestionează dosarul trebuie să propună o oră și un loc până la {day}.",
  meetingProposed: "Persoana care gestionează dosarul a propus o oră și un loc; vedeți mesajele.",
  meetingDefault: "Aș dori o întâlnire față în față.",
  handlerTitle: "Consemnări și întâlniri",
  meetingRequested: "Avertizorul a cerut o întâlnire la {day}.",
  meetingDue: "Propuneți o oră și un loc până la {day} ({basis}).",
  meetingProposedOn: "O oră și un loc au fost propuse la {day}.",
  proposeLabel: "Ora și locul întâlnirii",
  propose: "Propuneți această oră și acest loc",
  newRecord: "Redactați o minută sau o transcriere",
  recordType: "Tipul consemnării",
  transcribes: "Transcrierea înregistrării vocale",
  none: "Niciuna",
  recordText: "Conținut",
  sendRecord: "Trimiteți avertizorului spre verificare",
  reviseLabel: "Versiunea corectată",
  revise: "Trimiteți versiunea corectată",
  recordingDeleted: "Înregistrarea vocală a fost ștearsă după acord.",
};

export default ro;
