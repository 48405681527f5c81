/** Lietuvių: the records-and-meetings panel (machine draft; status in content/languages.json, terms in content/glossary/lt.json). */
import type { RecordsTranslation } from "../strings.ts";

const lt: RecordsTranslation = {
  title: "Jūsų pasakyto įrašai",
  intro:
    "Kai pranešate žodžiu ar susitikimo metu, bylą nagrinėjantis asmuo parengia stenogramą arba protokolą. Perskaitykite kiekvieną versiją; pasiūlykite pataisymų arba jai pritarkite. Versija, kuriai pritariate, pažymima jums ir bylą nagrinėjantiems asmenims.",
  minutes: "Susitikimo protokolas",
  transcript: "Žodinio pranešimo stenograma",
  version: "{n} versija",
  agreedMark: "Pritarta",
  agreedOn: "Šiai versijai pritarėte {day}.",
  agreedOnHandler: "Pranešėjas šiai versijai pritarė {day}.",
  unconfirmed:
    "Serveris teigia, kad šiam įrašui pritarta, bet to nepatvirtina joks pranešėjo parašas. Laikykite jį nepatvirtintu.",
  correctionsLabel: "Jūsų pataisymai",
  correctionsHint:
    "Nurodykite, kas neteisinga ar ko trūksta. Bylą nagrinėjantis asmuo parengs pataisytą versiją.",
  sendCorrections: "Pasiūlyti pataisymų",
  agree: "Pritariu {n} versijai",
  agreeText: "Perskaičiau šio įrašo {n} versiją ir patvirtinu, kad ji tiksli.",
  correctionFrom: "{n} versijos pataisymai, {day}:",
  sending: "Šifruojama ir siunčiama…",
  sent: "Išsiųsta.",
  empty: "Pirmiausia ką nors parašykite.",
  locked: "Pašto dėžutė užrakinta. Atidarykite ją iš naujo savo bylos kodu.",
  meetingTitle: "Susitikimas",
  meetingIntro:
    "Galite paprašyti asmeniškai susitikti su bylą nagrinėjančiu asmeniu. Jis turi pasiūlyti laiką ir vietą per įstatymo nustatytą terminą.",
  meetingLabel: "Kada ir kur jums būtų patogu? (neprivaloma)",
  meetingAsk: "Paprašyti susitikimo",
  meetingAsked: "Paprašėte susitikimo.",
  meetingBy: "Bylą nagrinėjantis asmuo turi pasiūlyti laiką ir vietą iki {day}.",
  meetingProposed: "Bylą nagrinėjantis asmuo pasiūlė laiką ir vietą; žr. žinutes.",
  meetingDefault: "Norėčiau susitikti asmeniškai.",
  handlerTitle: "Įrašai ir susitikimai",
  meetingRequested: "Pranešėjas paprašė susitikimo {day}.",
  meetingDue: "Pasiūlykite laiką ir vietą iki {day} ({basis}).",
  meetingProposedOn: "Laikas ir vieta pasiūlyti {day}.",
  proposeLabel: "Susitikimo laikas ir vieta",
  propose: "Pasiūlyti šį laiką ir vietą",
  newRecord: "Parengti protokolą arba stenogramą",
  recordType: "Įrašo rūšis",
  transcribes: "Balso įrašo stenograma",
  none: "Nėra",
  recordText: "Tekstas",
  sendRecord: "Siųsti pranešėjui patikrinti",
  reviseLabel: "Pataisyta versija",
  revise: "Siųsti pataisytą versiją",
  recordingDeleted: "Balso įrašas ištrintas po pritarimo.",
};

export default lt;
