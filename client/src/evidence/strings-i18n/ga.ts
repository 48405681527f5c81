/** Gaeilge: the evidence panel (machine draft; status in content/languages.json). */
import type { EvidenceTranslation } from "../strings.ts";

const ga: EvidenceTranslation = {
  chosen: "Comhaid le seoladh leis an tuairisc",
  tooLarge: "Rómhór: ní fhéadfaidh comhad a bheith níos mó ná {max}.",
  caseFull: "Le chéile, ní fhéadfaidh comhaid tuairisce amháin a bheith níos mó ná {max}.",
  remove: "Bain",
  waiting: "Ag fanacht",
  encrypting: "Á chriptiú agus á sheoladh",
  sent: "Seolta, criptithe",
  failed: "Níor seoladh:",
  filesTitle: "Do chomhaid",
  stay: "Coinnigh an leathanach seo oscailte go dtí go dtaispeánann gach comhad “Seolta”.",
  off: "Ní ghlacann an freastalaí seo le comhaid.",
  caseFilesTitle: "Comhaid",
  noFiles: "Gan chomhaid.",
  download: "Íoslódáil agus díchriptigh",
  decrypting: "Á dhíchriptiú",
  unreadable: "Ní féidir cur síos an chomhaid seo a dhíchriptiú.",
  downloadFailed: "Níorbh fhéidir an comhad a dhíchriptiú; b'fhéidir gur athraíodh é.",
  addFiles: "Cuir comhaid leis",
  send: "Criptigh agus seol na comhaid",
  removed: "Aimsíodh sonraí folaithe sa chomhad seo; baintear iad sula gcriptítear an comhad:",
  noMetadata: "Níor aimsíodh sonraí folaithe (ainmneacha, áiteanna, dátaí) sa chomhad seo.",
  sendOriginal: "Seol an comhad bunaidh ina ionad, leis na sonraí seo",
  originalWarning:
    "Coinníonn an bunchomhad na sonraí thuas. Is féidir leo a thaispeáint cé a rinne an comhad, cén áit agus ar cén gléas, agus mar sin cé thú féin. Ná seol é ach amháin más fianaise iad na sonraí féin.",
  unknownFormat:
    "Ní féidir an cineál comhaid seo a sheiceáil. Seoltar mar atá é agus d'fhéadfadh ainmneacha, áiteanna nó dátaí a aithníonn thú a bheith ann.",
  heic: "Ní féidir grianghraif HEIC a ghlanadh anseo fós; seoltar an ceann seo mar atá agus d'fhéadfadh suíomh GPS agus sonraí an cheamara a bheith ann. Smaoinigh ar ghabháil scáileáin nó easpórtáil JPEG ina ionad.",
  tooLargeToClean:
    "Tá an comhad seo rómhór le seiceáil anseo. Seoltar mar atá é agus d'fhéadfadh ainmneacha, áiteanna nó dátaí a aithníonn thú a bheith ann.",
  voiceRecord: "Taifead glórphost",
  voiceStart: "Tosaigh ag taifeadadh",
  voiceStop: "Stop an taifeadadh",
  voiceRecording: "Á thaifeadadh…",
  voiceDisguising: "Do ghuth á cheilt…",
  voiceFailed:
    "Níorbh fhéidir an taifeadadh a cheilt, mar sin ní féidir é a sheoladh. Taifead arís, nó scríobh ina ionad.",
  voiceNoMicrophone:
    "Níorbh fhéidir an micreafón a úsáid. Tabhair cead don leathanach seo é a úsáid, nó scríobh ina ionad.",
  voiceWarning:
    "Ceiltear do ghuth sa bhrabhsálaí seo sula gcriptítear agus sula seoltar aon rud. Athraíonn an cheilt fuaim do ghutha, ní an méid a deir tú ná an chaoi a ndeir tú é: fág amach ainmneacha, áiteanna agus sonraí nach eol ach duitse.",
  voiceListen:
    "Éist leis an taifeadadh ceilte. Ní sheoltar ach an leagan seo; ní fhágann an bunleagan an gléas seo riamh.",
  voiceDisguise: "Ceilt",
  voiceLower: "Guth níos ísle",
  voiceHigher: "Guth níos airde",
  voiceConsent: "An féidir an taifeadadh a choinneáil? (an Treoir um Sceithirí, Airteagal 18(2))",
  voiceKeep: "Is féidir, coinnigh an taifeadadh leis an gcás",
  voiceDelete: "Ní féidir, scrios é nuair a aontóidh mé le tras-scríbhinn scríofa de",
  voiceConsentMissing: "Roghnaigh an féidir an taifeadadh a choinneáil.",
  voiceAdd: "Cuir an taifeadadh leis an tuairisc",
  voiceSend: "Criptigh agus seol an taifeadadh",
};

export default ga;
