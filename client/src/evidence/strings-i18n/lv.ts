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
  voiceRecord: "Ierakstīt balss ziņu",
  voiceStart: "Sākt ierakstu",
  voiceStop: "Apturēt ierakstu",
  voiceRecording: "Notiek ierakstīšana…",
  voiceDisguising: "Jūsu balss tiek maskēta…",
  voiceFailed: "Ierakstu neizdevās maskēt, tāpēc to nevar nosūtīt. Ierakstiet vēlreiz vai labāk uzrakstiet.",
  voiceNoMicrophone: "Mikrofonu neizdevās izmantot. Atļaujiet šai lapai to izmantot vai labāk uzrakstiet.",
  voiceWarning:
    "Jūsu balss tiek maskēta šajā pārlūkā, pirms kaut kas tiek šifrēts un nosūtīts. Maskēšana maina to, kā jūs skanat, nevis to, ko un kā jūs sakāt: neminiet vārdus, vietas un detaļas, ko zināt tikai jūs.",
  voiceListen:
    "Noklausieties maskēto ierakstu. Tiek nosūtīta tikai šī versija; oriģināls nekad neatstāj šo ierīci.",
  voiceDisguise: "Maskēšana",
  voiceLower: "Zemāka balss",
  voiceHigher: "Augstāka balss",
  voiceConsent: "Vai ierakstu drīkst saglabāt? (Trauksmes cēlēju direktīva, 18. panta 2. punkts)",
  voiceKeep: "Jā, saglabāt ierakstu pie lietas",
  voiceDelete: "Nē, dzēst to, tiklīdz būšu piekritis tā rakstiskajam atšifrējumam",
  voiceConsentMissing: "Izvēlieties, vai ierakstu drīkst saglabāt.",
  voiceAdd: "Pievienot ierakstu ziņojumam",
  voiceSend: "Šifrēt un nosūtīt ierakstu",
};

export default lv;
