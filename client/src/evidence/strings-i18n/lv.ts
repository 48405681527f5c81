/** Latviešu: the evidence panel (machine draft; status in content/languages.json). */
import type { EvidenceTranslation } from "../strings.ts";

const lv: EvidenceTranslation = {
  chosen: "Faili, ko nosūta kopā ar ziņojumu",
  tooLarge: "Pārāk liels: fails var būt ne vairāk kā {max}.",
  caseFull: "Viena ziņojuma faili kopā var būt ne vairāk kā {max}.",
  remove: "Noņemt",
  waiting: "Gaida",
  encrypting: "Šifrē un sūta",
  sent: "Nosūtīts, šifrēts",
  failed: "Nav nosūtīts:",
  filesTitle: "Jūsu faili",
  stay: "Neaizveriet šo lapu, kamēr pie katra faila nav redzams “Nosūtīts”.",
  off: "Šis serveris nepieņem failus.",
  caseFilesTitle: "Faili",
  noFiles: "Nav failu.",
  download: "Lejupielādēt un atšifrēt",
  decrypting: "Atšifrē",
  unreadable: "Šī faila aprakstu nevar atšifrēt.",
  downloadFailed: "Failu neizdevās atšifrēt; iespējams, tas ir mainīts.",
  addFiles: "Pievienot failus",
  send: "Šifrēt un nosūtīt failus",
  removed: "Šajā failā atrasti slēpti dati; tos noņem pirms faila šifrēšanas:",
  noMetadata: "Šajā failā nav atrasti slēpti dati (vārdi, vietas, datumi).",
  sendOriginal: "Tā vietā nosūtīt oriģinālo failu ar šiem datiem",
  originalWarning:
    "Oriģināls saglabā iepriekš minētos datus. Tie var parādīt, kas failu izveidoja, kur un kādā ierīcē, un tātad — kas esat jūs. Sūtiet to tikai tad, ja paši dati ir pierādījums.",
  unknownFormat:
    "Šāda veida failu nevar pārbaudīt. To nosūta nemainītu, un tajā var būt vārdi, vietas vai datumi, kas jūs identificē.",
  heic: "HEIC fotoattēlus šeit vēl nevar attīrīt; šo nosūta nemainītu, un tajā var būt GPS atrašanās vieta un kameras dati. Apsveriet ekrānuzņēmumu vai JPEG eksportu.",
  tooLargeToClean:
    "Šis fails ir pārāk liels, lai to šeit pārbaudītu. To nosūta nemainītu, un tajā var būt vārdi, vietas vai datumi, kas jūs identificē.",
};

export default lv;
