/** Dansk: the records-and-meetings panel (machine draft; status in content/languages.json, terms in content/glossary/da.json). */
import type { RecordsTranslation } from "../strings.ts";

const da: RecordsTranslation = {
  title: "Optegnelser over det, du fortalte os",
  intro:
    "Når du indberetter mundtligt eller på et møde, skriver en sagsbehandler en udskrift eller et referat. Læs hver version; foreslå rettelser, eller godkend den. Den version, du godkender, markeres, for dig og for sagsbehandlerne.",
  minutes: "Referat af et møde",
  transcript: "Udskrift af en mundtlig indberetning",
  version: "Version {n}",
  agreedMark: "Godkendt",
  agreedOn: "Du godkendte denne version den {day}.",
  agreedOnHandler: "Indberetteren godkendte denne version den {day}.",
  unconfirmed:
    "Serveren siger, at optegnelsen er godkendt, men ingen godkendelse fra indberetteren bekræfter det. Betragt den som ikke godkendt.",
  correctionsLabel: "Dine rettelser",
  correctionsHint: "Skriv, hvad der er forkert eller mangler. Sagsbehandleren skriver en rettet version.",
  sendCorrections: "Foreslå rettelser",
  agree: "Jeg godkender version {n}",
  agreeText: "Jeg har læst version {n} af denne optegnelse og bekræfter, at den er korrekt.",
  correctionFrom: "Rettelser til version {n}, {day}:",
  sending: "Krypterer og sender…",
  sent: "Sendt.",
  empty: "Skriv noget først.",
  locked: "Indbakken er låst. Åbn den igen med din sagskode.",
  meetingTitle: "Et møde",
  meetingIntro:
    "Du kan bede om at mødes personligt med en sagsbehandler. Sagsbehandleren skal tilbyde tid og sted inden for lovens frist.",
  meetingLabel: "Hvornår og hvor vil det passe dig? (valgfrit)",
  meetingAsk: "Bed om et møde",
  meetingAsked: "Du har bedt om et møde.",
  meetingBy: "En sagsbehandler skal foreslå tid og sted senest den {day}.",
  meetingProposed: "En sagsbehandler har foreslået tid og sted; se beskederne.",
  meetingDefault: "Jeg vil gerne mødes personligt.",
  handlerTitle: "Optegnelser og møder",
  meetingRequested: "Indberetteren bad om et møde den {day}.",
  meetingDue: "Foreslå tid og sted senest den {day} ({basis}).",
  meetingProposedOn: "Tid og sted blev foreslået den {day}.",
  proposeLabel: "Tid og sted for mødet",
  propose: "Foreslå denne tid og dette sted",
  newRecord: "Skriv et referat eller en udskrift",
  recordType: "Type af optegnelse",
  transcribes: "Udskrift af stemmeoptagelsen",
  none: "Ingen",
  recordText: "Indhold",
  sendRecord: "Send til indberetteren til gennemsyn",
  reviseLabel: "Rettet version",
  revise: "Send den rettede version",
  recordingDeleted: "Stemmeoptagelsen blev slettet efter godkendelsen.",
};

export default da;
