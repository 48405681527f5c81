/** Gaeilge: the records-and-meetings panel (machine draft; status in content/languages.json, terms in content/glossary/ga.json). */
import type { RecordsTranslation } from "../strings.ts";

const ga: RecordsTranslation = {
  title: "Taifid ar ar inis tú dúinn",
  intro:
    "Nuair a thugann tú tuairisc ó bhéal nó ag cruinniú, scríobhann láimhseálaí cáis tras-scríbhinn nó miontuairiscí. Léigh gach leagan; mol ceartúcháin, nó aontaigh leis. Marcáiltear an leagan a n-aontaíonn tú leis, duitse agus do na láimhseálaithe.",
  minutes: "Miontuairiscí cruinnithe",
  transcript: "Tras-scríbhinn tuairisce ó bhéal",
  version: "Leagan {n}",
  agreedMark: "Aontaithe",
  agreedOn: "D'aontaigh tú leis an leagan seo ar {day}.",
  agreedOnHandler: "D'aontaigh an sceithire leis an leagan seo ar {day}.",
  unconfirmed:
    "Deir an freastalaí gur aontaíodh an taifead seo, ach níl aon síniú ón sceithire á dheimhniú. Caith leis mar thaifead nár aontaíodh.",
  correctionsLabel: "Do cheartúcháin",
  correctionsHint: "Abair cad atá mícheart nó ar iarraidh. Scríobhann an láimhseálaí cáis leagan ceartaithe.",
  sendCorrections: "Mol ceartúcháin",
  agree: "Aontaím le leagan {n}",
  agreeText: "Léigh mé leagan {n} den taifead seo agus aontaím go bhfuil sé cruinn.",
  correctionFrom: "Ceartúcháin ar leagan {n}, {day}:",
  sending: "Á chriptiú agus á sheoladh…",
  sent: "Seolta.",
  empty: "Scríobh rud éigin ar dtús.",
  locked: "Tá an bosca isteach faoi ghlas. Oscail arís é le cód do cháis.",
  meetingTitle: "Cruinniú",
  meetingIntro:
    "Is féidir leat iarraidh bualadh le láimhseálaí cáis go pearsanta. Caithfidh sé am agus áit a thairiscint laistigh den tréimhse a leagann an dlí síos.",
  meetingLabel: "Cathain agus cén áit a d'oirfeadh duit? (roghnach)",
  meetingAsk: "Iarr cruinniú",
  meetingAsked: "D'iarr tú cruinniú.",
  meetingBy: "Caithfidh láimhseálaí cáis am agus áit a mholadh faoi {day}.",
  meetingProposed: "Mhol láimhseálaí cáis am agus áit; féach na teachtaireachtaí.",
  meetingDefault: "Ba mhaith liom bualadh le duine go pearsanta.",
  handlerTitle: "Taifid agus cruinnithe",
  meetingRequested: "D'iarr an sceithire cruinniú ar {day}.",
  meetingDue: "Mol am agus áit faoi {day} ({basis}).",
  meetingProposedOn: "Moladh am agus áit ar {day}.",
  proposeLabel: "Am agus áit an chruinnithe",
  propose: "Mol an t-am agus an áit seo",
  newRecord: "Scríobh miontuairiscí nó tras-scríbhinn",
  recordType: "Cineál taifid",
  transcribes: "Tras-scríbhinn den taifeadadh gutha",
  none: "Dada",
  recordText: "Téacs",
  sendRecord: "Seol chuig an sceithire lena sheiceáil",
  reviseLabel: "Leagan ceartaithe",
  revise: "Seol an leagan ceartaithe",
  recordingDeleted: "Scriosadh an taifeadadh gutha tar éis an chomhaontaithe.",
};

export default ga;
