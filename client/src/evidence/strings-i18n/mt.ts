/** Malti: the evidence panel (machine draft; status in content/languages.json). */
import type { EvidenceTranslation } from "../strings.ts";

const mt: EvidenceTranslation = {
  chosen: "Fajls li jintbagħtu mar-rapport",
  tooLarge: "Kbir wisq: fajl jista' jkun l-aktar {max}.",
  caseFull: "Flimkien, il-fajls ta' rapport wieħed jistgħu jkunu l-aktar {max}.",
  remove: "Neħħi",
  waiting: "Qed jistenna",
  encrypting: "Qed jiġi kriptat u mibgħut",
  sent: "Mibgħut, kriptat",
  failed: "Mhux mibgħut:",
  filesTitle: "Il-fajls tiegħek",
  stay: "Żomm din il-paġna miftuħa sakemm kull fajl juri “Mibgħut”.",
  off: "Dan is-server ma jaċċettax fajls.",
  caseFilesTitle: "Fajls",
  noFiles: "L-ebda fajl.",
  download: "Niżżel u iddekripta",
  decrypting: "Qed jiġi dekriptat",
  unreadable: "Id-deskrizzjoni ta' dan il-fajl ma tistax tiġi dekriptata.",
  downloadFailed: "Il-fajl ma setax jiġi dekriptat; forsi nbidel.",
  addFiles: "Żid fajls",
  send: "Ikkripta u ibgħat il-fajls",
  removed: "Instabet data moħbija f'dan il-fajl; titneħħa qabel ma l-fajl jiġi kriptat:",
  noMetadata: "Ma nstabet l-ebda data moħbija (ismijiet, postijiet, dati) f'dan il-fajl.",
  sendOriginal: "Minflok ibgħat il-fajl oriġinali, b'din id-data",
  originalWarning:
    "L-oriġinal iżomm id-data elenkata hawn fuq. Tista' turi min għamel il-fajl, fejn u fuq liema apparat, u għalhekk min int. Ibagħtu biss jekk id-data nnifisha hija xhieda.",
  unknownFormat:
    "Dan it-tip ta' fajl ma jistax jiġi ċċekkjat. Jintbagħat kif inhu u jista' jkun fih ismijiet, postijiet jew dati li jidentifikawk.",
  heic: "Ir-ritratti HEIC għadhom ma jistgħux jitnaddfu hawn; dan jintbagħat kif inhu u jista' jkun fih pożizzjoni GPS u d-dettalji tal-kamera. Ikkunsidra screenshot jew esportazzjoni JPEG minflok.",
  tooLargeToClean:
    "Dan il-fajl huwa kbir wisq biex jiġi ċċekkjat hawn. Jintbagħat kif inhu u jista' jkun fih ismijiet, postijiet jew dati li jidentifikawk.",
  voiceRecord: "Irreġistra messaġġ bil-vuċi",
  voiceStart: "Ibda rreġistra",
  voiceStop: "Waqqaf ir-reġistrazzjoni",
  voiceRecording: "Qed tirreġistra…",
  voiceDisguising: "Il-vuċi tiegħek qed tiġi moħbija…",
  voiceFailed:
    "Ir-reġistrazzjoni ma setgħetx tiġi moħbija, għalhekk ma tistax tintbagħat. Erġa’ rreġistra, jew ikteb minflok.",
  voiceNoMicrophone: "Il-mikrofonu ma setax jintuża. Ħalli lil din il-paġna tużah, jew ikteb minflok.",
  voiceWarning:
    "Il-vuċi tiegħek tinħeba f’dan il-brawżer qabel ma xi ħaġa tiġi kriptata u mibgħuta. Il-ħabi jbiddel kif tinstema’, mhux dak li tgħid jew kif tgħidu: tħallix ismijiet, postijiet u dettalji li taf biss int.",
  voiceListen:
    "Isma’ r-reġistrazzjoni moħbija. Tintbagħat biss din il-verżjoni; l-oriġinal qatt ma jitlaq minn dan l-apparat.",
  voiceDisguise: "Ħabi tal-vuċi",
  voiceLower: "Vuċi aktar baxxa",
  voiceHigher: "Vuċi aktar għolja",
  voiceConsent: "Ir-reġistrazzjoni tista’ tinżamm? (Direttiva dwar l-Informaturi, Art. 18(2))",
  voiceKeep: "Iva, żommu r-reġistrazzjoni mal-każ",
  voiceDelete: "Le, ħassruha ladarba naqbel ma’ traskrizzjoni miktuba tagħha",
  voiceConsentMissing: "Agħżel jekk ir-reġistrazzjoni tistax tinżamm.",
  voiceAdd: "Żid ir-reġistrazzjoni mar-rapport",
  voiceSend: "Ikkripta u ibgħat ir-reġistrazzjoni",
};

export default mt;
