/** Eesti: the records-and-meetings panel (machine draft; status in content/languages.json, terms in content/glossary/et.json). */
import type { RecordsTranslation } from "../strings.ts";

const et: RecordsTranslation = {
  title: "Ülestähendused sellest, mida te meile rääkisite",
  intro:
    "Kui teatate suuliselt või kohtumisel, kirjutab menetleja transkriptsiooni või protokolli. Lugege iga versiooni; tehke parandusettepanekuid või nõustuge sellega. Versioon, millega nõustute, märgitakse teie ja menetlejate jaoks.",
  minutes: "Kohtumise protokoll",
  transcript: "Suulise teate transkriptsioon",
  version: "Versioon {n}",
  agreedMark: "Kinnitatud",
  agreedOn: "Nõustusite selle versiooniga {day}.",
  agreedOnHandler: "Rikkumisest teavitaja nõustus selle versiooniga {day}.",
  unconfirmed:
    "Serveri sõnul on ülestähendus kinnitatud, kuid ükski rikkumisest teavitaja allkiri seda ei kinnita. Käsitlege seda kinnitamata ülestähendusena.",
  correctionsLabel: "Teie parandused",
  correctionsHint: "Kirjutage, mis on vale või puudu. Menetleja kirjutab parandatud versiooni.",
  sendCorrections: "Tee parandusettepanekud",
  agree: "Nõustun versiooniga {n}",
  agreeText: "Olen lugenud selle ülestähenduse versiooni {n} ja kinnitan, et see on täpne.",
  correctionFrom: "Parandused versioonile {n}, {day}:",
  sending: "Krüpteerimine ja saatmine…",
  sent: "Saadetud.",
  empty: "Kirjutage kõigepealt midagi.",
  locked: "Postkast on lukus. Avage see uuesti oma juhtumi koodiga.",
  meetingTitle: "Kohtumine",
  meetingIntro:
    "Võite paluda menetlejaga isiklikku kohtumist. Menetleja peab pakkuma aja ja koha seadusega ette nähtud tähtaja jooksul.",
  meetingLabel: "Millal ja kus teile sobiks? (vabatahtlik)",
  meetingAsk: "Palu kohtumist",
  meetingAsked: "Palusite kohtumist.",
  meetingBy: "Menetleja peab pakkuma aja ja koha hiljemalt {day}.",
  meetingProposed: "Menetleja pakkus aja ja koha; vaadake sõnumeid.",
  meetingDefault: "Sooviksin kohtuda isiklikult.",
  handlerTitle: "Ülestähendused ja kohtumised",
  meetingRequested: "Rikkumisest teavitaja palus kohtumist {day}.",
  meetingDue: "Pakkuge aeg ja koht hiljemalt {day} ({basis}).",
  meetingProposedOn: "Aeg ja koht pakuti {day}.",
  proposeLabel: "Kohtumise aeg ja koht",
  propose: "Paku see aeg ja koht",
  newRecord: "Kirjuta protokoll või transkriptsioon",
  recordType: "Ülestähenduse liik",
  transcribes: "Helisalvestise transkriptsioon",
  none: "Puudub",
  recordText: "Tekst",
  sendRecord: "Saada rikkumisest teavitajale kontrollimiseks",
  reviseLabel: "Parandatud versioon",
  revise: "Saada parandatud versioon",
  recordingDeleted: "Helisalvestis kustutati pärast nõustumist.",
};

export default et;
