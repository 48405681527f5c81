/** Nederlands: the records-and-meetings panel (machine draft; status in content/languages.json, terms in content/glossary/nl.json). */
import type { RecordsTranslation } from "../strings.ts";

const nl: RecordsTranslation = {
  title: "Verslagen van wat u ons vertelde",
  intro:
    "Als u mondeling of in een gesprek meldt, schrijft een behandelaar een transcriptie of een verslag. Lees elke versie; stel correcties voor of stem ermee in. De versie waarmee u instemt, wordt gemarkeerd, voor u en voor de behandelaars.",
  minutes: "Verslag van een gesprek",
  transcript: "Transcriptie van een mondelinge melding",
  version: "Versie {n}",
  agreedMark: "Ingestemd",
  agreedOn: "U hebt op {day} met deze versie ingestemd.",
  agreedOnHandler: "De melder heeft op {day} met deze versie ingestemd.",
  unconfirmed:
    "Volgens de server is met dit verslag ingestemd, maar geen ondertekening door de melder bevestigt dat. Behandel het als niet ingestemd.",
  correctionsLabel: "Uw correcties",
  correctionsHint: "Zeg wat er niet klopt of ontbreekt. De behandelaar schrijft een gecorrigeerde versie.",
  sendCorrections: "Correcties voorstellen",
  agree: "Ik stem in met versie {n}",
  agreeText: "Ik heb versie {n} van dit verslag gelezen en verklaar dat het juist is.",
  correctionFrom: "Correcties op versie {n}, {day}:",
  sending: "Versleutelen en verzenden…",
  sent: "Verzonden.",
  empty: "Schrijf eerst iets.",
  locked: "Het postvak is vergrendeld. Open het opnieuw met de code van uw zaak.",
  meetingTitle: "Een gesprek",
  meetingIntro:
    "U kunt vragen om een behandelaar persoonlijk te ontmoeten. Die moet binnen de wettelijke termijn een tijd en plaats aanbieden.",
  meetingLabel: "Wanneer en waar zou het u schikken? (optioneel)",
  meetingAsk: "Om een gesprek vragen",
  meetingAsked: "U hebt om een gesprek gevraagd.",
  meetingBy: "Een behandelaar moet uiterlijk op {day} een tijd en plaats voorstellen.",
  meetingProposed: "Een behandelaar heeft een tijd en plaats voorgesteld; zie de berichten.",
  meetingDefault: "Ik wil graag een persoonlijk gesprek.",
  handlerTitle: "Verslagen en gesprekken",
  meetingRequested: "De melder heeft op {day} om een gesprek gevraagd.",
  meetingDue: "Stel uiterlijk op {day} een tijd en plaats voor ({basis}).",
  meetingProposedOn: "Op {day} zijn een tijd en plaats voorgesteld.",
  proposeLabel: "Tijd en plaats van het gesprek",
  propose: "Deze tijd en plaats voorstellen",
  newRecord: "Een verslag of transcriptie schrijven",
  recordType: "Soort verslag",
  transcribes: "Transcriptie van de spraakopname",
  none: "Geen",
  recordText: "Tekst",
  sendRecord: "Ter controle naar de melder sturen",
  reviseLabel: "Gecorrigeerde versie",
  revise: "De gecorrigeerde versie verzenden",
  recordingDeleted: "De spraakopname is na de instemming verwijderd.",
};

export default nl;
