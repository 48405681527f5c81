/** Hrvatski: the records-and-meetings panel (machine draft; status in content/languages.json, terms in content/glossary/hr.json). */
import type { RecordsTranslation } from "../strings.ts";

const hr: RecordsTranslation = {
  title: "Zapisi onoga što ste nam rekli",
  intro:
    "Kada prijavu podnosite usmeno ili na sastanku, osoba koja postupa po predmetu sastavlja prijepis ili zapisnik. Pročitajte svaku verziju; predložite ispravke ili je odobrite. Verzija koju odobrite označava se za vas i za osobe koje postupaju po predmetu.",
  minutes: "Zapisnik sa sastanka",
  transcript: "Prijepis usmene prijave",
  version: "Verzija {n}",
  agreedMark: "Odobreno",
  agreedOn: "Ovu ste verziju odobrili {day}.",
  agreedOnHandler: "Prijavitelj nepravilnosti odobrio je ovu verziju {day}.",
  unconfirmed:
    "Poslužitelj tvrdi da je ovaj zapis odobren, ali to ne potvrđuje nikakav potpis prijavitelja nepravilnosti. Smatrajte ga neodobrenim.",
  correctionsLabel: "Vaši ispravci",
  correctionsHint:
    "Navedite što je pogrešno ili nedostaje. Osoba koja postupa po predmetu sastavlja ispravljenu verziju.",
  sendCorrections: "Predloži ispravke",
  agree: "Odobravam verziju {n}",
  agreeText: "Pročitao/la sam verziju {n} ovog zapisa i potvrđujem da je točna.",
  correctionFrom: "Ispravci verzije {n}, {day}:",
  sending: "Šifriranje i slanje…",
  sent: "Poslano.",
  empty: "Najprije nešto napišite.",
  locked: "Pretinac je zaključan. Ponovno ga otvorite kodom svojeg predmeta.",
  meetingTitle: "Sastanak",
  meetingIntro:
    "Možete zatražiti osobni sastanak s osobom koja postupa po predmetu. Ona vam mora ponuditi vrijeme i mjesto u roku koji propisuje zakon.",
  meetingLabel: "Kada i gdje bi vam odgovaralo? (neobvezno)",
  meetingAsk: "Zatraži sastanak",
  meetingAsked: "Zatražili ste sastanak.",
  meetingBy: "Osoba koja postupa po predmetu mora predložiti vrijeme i mjesto najkasnije {day}.",
  meetingProposed: "Osoba koja postupa po predmetu predložila je vrijeme i mjesto; pogledajte poruke.",
  meetingDefault: "Želio/la bih se sastati osobno.",
  handlerTitle: "Zapisi i sastanci",
  meetingRequested: "Prijavitelj nepravilnosti zatražio je sastanak {day}.",
  meetingDue: "Predložite vrijeme i mjesto najkasnije {day} ({basis}).",
  meetingProposedOn: "Vrijeme i mjesto predloženi su {day}.",
  proposeLabel: "Vrijeme i mjesto sastanka",
  propose: "Predloži ovo vrijeme i mjesto",
  newRecord: "Sastavi zapisnik ili prijepis",
  recordType: "Vrsta zapisa",
  transcribes: "Prijepis glasovne snimke",
  none: "Nijedna",
  recordText: "Tekst",
  sendRecord: "Pošalji prijavitelju nepravilnosti na provjeru",
  reviseLabel: "Ispravljena verzija",
  revise: "Pošalji ispravljenu verziju",
  recordingDeleted: "Glasovna snimka izbrisana je nakon odobrenja.",
};

export default hr;
