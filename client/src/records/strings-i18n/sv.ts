/** Svenska: the records-and-meetings panel (machine draft; status in content/languages.json, terms in content/glossary/sv.json). */
import type { RecordsTranslation } from "../strings.ts";

const sv: RecordsTranslation = {
  title: "Dokumentation av det du berättade",
  intro:
    "När du rapporterar muntligt eller vid ett möte skriver en handläggare en utskrift eller ett protokoll. Läs varje version; föreslå rättelser eller godkänn den. Den version du godkänner markeras, för dig och för handläggarna.",
  minutes: "Protokoll från ett möte",
  transcript: "Utskrift av en muntlig rapport",
  version: "Version {n}",
  agreedMark: "Godkänd",
  agreedOn: "Du godkände den här versionen den {day}.",
  agreedOnHandler: "Den rapporterande personen godkände den här versionen den {day}.",
  unconfirmed:
    "Servern säger att dokumentationen godkändes, men inget godkännande från den rapporterande personen bekräftar det. Behandla den som inte godkänd.",
  correctionsLabel: "Dina rättelser",
  correctionsHint: "Skriv vad som är fel eller saknas. Handläggaren skriver en rättad version.",
  sendCorrections: "Föreslå rättelser",
  agree: "Jag godkänner version {n}",
  agreeText: "Jag har läst version {n} av dokumentationen och intygar att den är korrekt.",
  correctionFrom: "Rättelser till version {n}, {day}:",
  sending: "Krypterar och skickar…",
  sent: "Skickat.",
  empty: "Skriv något först.",
  locked: "Inkorgen är låst. Öppna den igen med din ärendekod.",
  meetingTitle: "Ett möte",
  meetingIntro:
    "Du kan be att få träffa en handläggare personligen. Handläggaren måste erbjuda tid och plats inom den tid som lagen anger.",
  meetingLabel: "När och var skulle det passa dig? (valfritt)",
  meetingAsk: "Be om ett möte",
  meetingAsked: "Du har bett om ett möte.",
  meetingBy: "En handläggare måste föreslå tid och plats senast den {day}.",
  meetingProposed: "En handläggare har föreslagit tid och plats; se meddelandena.",
  meetingDefault: "Jag vill gärna träffas personligen.",
  handlerTitle: "Dokumentation och möten",
  meetingRequested: "Den rapporterande personen bad om ett möte den {day}.",
  meetingDue: "Föreslå tid och plats senast den {day} ({basis}).",
  meetingProposedOn: "Tid och plats föreslogs den {day}.",
  proposeLabel: "Tid och plats för mötet",
  propose: "Föreslå denna tid och plats",
  newRecord: "Skriv protokoll eller utskrift",
  recordType: "Typ av dokumentation",
  transcribes: "Utskrift av röstinspelningen",
  none: "Ingen",
  recordText: "Innehåll",
  sendRecord: "Skicka till den rapporterande personen för granskning",
  reviseLabel: "Rättad version",
  revise: "Skicka den rättade versionen",
  recordingDeleted: "Röstinspelningen raderades efter godkännandet.",
};

export default sv;
