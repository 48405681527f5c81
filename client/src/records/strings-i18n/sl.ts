/** Slovenščina: the records-and-meetings panel (machine draft; status in content/languages.json, terms in content/glossary/sl.json). */
import type { RecordsTranslation } from "../strings.ts";

const sl: RecordsTranslation = {
  title: "Zapisi tega, kar ste nam povedali",
  intro:
    "Ko prijavo podate ustno ali na sestanku, oseba, ki obravnava zadevo, pripravi prepis ali zapisnik. Preberite vsako različico; predlagajte popravke ali se z njo strinjajte. Različica, s katero se strinjate, se označi za vas in za osebe, ki obravnavajo zadevo.",
  minutes: "Zapisnik sestanka",
  transcript: "Prepis ustne prijave",
  version: "Različica {n}",
  agreedMark: "Potrjeno",
  agreedOn: "S to različico ste se strinjali dne {day}.",
  agreedOnHandler: "Prijavitelj se je s to različico strinjal dne {day}.",
  unconfirmed:
    "Strežnik trdi, da je bil ta zapis potrjen, vendar tega ne dokazuje nobena potrditev prijavitelja. Štejte ga za nepotrjenega.",
  correctionsLabel: "Vaši popravki",
  correctionsHint:
    "Navedite, kaj je narobe ali manjka. Oseba, ki obravnava zadevo, pripravi popravljeno različico.",
  sendCorrections: "Predlagaj popravke",
  agree: "Strinjam se z različico {n}",
  agreeText: "Prebral(a) sem različico {n} tega zapisa in se strinjam, da je točna.",
  correctionFrom: "Popravki različice {n}, {day}:",
  sending: "Šifriranje in pošiljanje …",
  sent: "Poslano.",
  empty: "Najprej nekaj napišite.",
  locked: "Nabiralnik je zaklenjen. Znova ga odprite s kodo svoje zadeve.",
  meetingTitle: "Sestanek",
  meetingIntro:
    "Zaprosite lahko za osebni sestanek z osebo, ki obravnava zadevo. Ponuditi vam mora čas in kraj v roku, ki ga določa zakon.",
  meetingLabel: "Kdaj in kje bi vam ustrezalo? (neobvezno)",
  meetingAsk: "Zaprosi za sestanek",
  meetingAsked: "Zaprosili ste za sestanek.",
  meetingBy: "Oseba, ki obravnava zadevo, mora predlagati čas in kraj najpozneje {day}.",
  meetingProposed: "Oseba, ki obravnava zadevo, je predlagala čas in kraj; glejte sporočila.",
  meetingDefault: "Rad(a) bi se sestal(a) osebno.",
  handlerTitle: "Zapisi in sestanki",
  meetingRequested: "Prijavitelj je dne {day} zaprosil za sestanek.",
  meetingDue: "Predlagajte čas in kraj najpozneje {day} ({basis}).",
  meetingProposedOn: "Čas in kraj sta bila predlagana dne {day}.",
  proposeLabel: "Čas in kraj sestanka",
  propose: "Predlagaj ta čas in kraj",
  newRecord: "Pripravi zapisnik ali prepis",
  recordType: "Vrsta zapisa",
  transcribes: "Prepis glasovnega posnetka",
  none: "Brez",
  recordText: "Besedilo",
  sendRecord: "Pošlji prijavitelju v pregled",
  reviseLabel: "Popravljena različica",
  revise: "Pošlji popravljeno različico",
  recordingDeleted: "Glasovni posnetek je bil po potrditvi izbrisan.",
};

export default sl;
