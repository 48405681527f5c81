/** Malti: the records-and-meetings panel (machine draft; status in content/languages.json, terms in content/glossary/mt.json). */
import type { RecordsTranslation } from "../strings.ts";

const mt: RecordsTranslation = {
  title: "Rekords ta' dak li għidtilna",
  intro:
    "Meta tirrapporta bil-fomm jew f'laqgħa, persuna li tittratta l-każ tikteb traskrizzjoni jew minuti. Aqra kull verżjoni; ipproponi korrezzjonijiet, jew aqbel magħha. Il-verżjoni li taqbel magħha tiġi mmarkata, għalik u għal dawk li jittrattaw il-każ.",
  minutes: "Minuti ta' laqgħa",
  transcript: "Traskrizzjoni ta' rapport bil-fomm",
  version: "Verżjoni {n}",
  agreedMark: "Miftiehma",
  agreedOn: "Qbilt ma' din il-verżjoni fil-{day}.",
  agreedOnHandler: "Il-persuna li tirrapporta qablet ma' din il-verżjoni fil-{day}.",
  unconfirmed:
    "Is-server jgħid li dan ir-rekord ġie miftiehem, iżda l-ebda firma tal-persuna li tirrapporta ma tikkonfermah. Ittrattah bħala mhux miftiehem.",
  correctionsLabel: "Il-korrezzjonijiet tiegħek",
  correctionsHint: "Għid x'inhu ħażin jew x'jonqos. Il-persuna li tittratta l-każ tikteb verżjoni kkoreġuta.",
  sendCorrections: "Ipproponi korrezzjonijiet",
  agree: "Naqbel mal-verżjoni {n}",
  agreeText: "Qrajt il-verżjoni {n} ta' dan ir-rekord u naqbel li hija preċiża.",
  correctionFrom: "Korrezzjonijiet għall-verżjoni {n}, {day}:",
  sending: "Qed jiġi kriptat u mibgħut…",
  sent: "Intbagħat.",
  empty: "Ikteb xi ħaġa l-ewwel.",
  locked: "Il-inbox hija msakkra. Erġa' iftaħha bil-kodiċi tal-każ tiegħek.",
  meetingTitle: "Laqgħa",
  meetingIntro:
    "Tista' titlob li tiltaqa' personalment ma' persuna li tittratta l-każ. Trid toffrilek ħin u post fiż-żmien li tistabbilixxi l-liġi.",
  meetingLabel: "Meta u fejn jaqbillek? (mhux obbligatorju)",
  meetingAsk: "Itlob laqgħa",
  meetingAsked: "Tlabt laqgħa.",
  meetingBy: "Persuna li tittratta l-każ trid tipproponi ħin u post sal-{day}.",
  meetingProposed: "Persuna li tittratta l-każ ipproponiet ħin u post; ara l-messaġġi.",
  meetingDefault: "Nixtieq niltaqa' personalment.",
  handlerTitle: "Rekords u laqgħat",
  meetingRequested: "Il-persuna li tirrapporta talbet laqgħa fil-{day}.",
  meetingDue: "Ipproponi ħin u post sal-{day} ({basis}).",
  meetingProposedOn: "Ġew proposti ħin u post fil-{day}.",
  proposeLabel: "Ħin u post tal-laqgħa",
  propose: "Ipproponi dan il-ħin u post",
  newRecord: "Ikteb minuti jew traskrizzjoni",
  recordType: "Tip ta' rekord",
  transcribes: "Traskrizzjoni tar-reġistrazzjoni tal-vuċi",
  none: "Xejn",
  recordText: "Test",
  sendRecord: "Ibgħat lill-persuna li tirrapporta biex tiċċekkjah",
  reviseLabel: "Verżjoni kkoreġuta",
  revise: "Ibgħat il-verżjoni kkoreġuta",
  recordingDeleted: "Ir-reġistrazzjoni tal-vuċi tħassret wara l-ftehim.",
};

export default mt;
