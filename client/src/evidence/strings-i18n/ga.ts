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
};

export default ga;
