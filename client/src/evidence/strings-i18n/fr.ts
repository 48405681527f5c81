/** Français: the evidence panel (machine draft; status in content/languages.json). */
import type { EvidenceTranslation } from "../strings.ts";

const fr: EvidenceTranslation = {
  chosen: "Fichiers à envoyer avec le signalement",
  tooLarge: "Trop volumineux : un fichier peut faire au plus {max}.",
  caseFull: "Ensemble, les fichiers d'un signalement peuvent faire au plus {max}.",
  remove: "Retirer",
  waiting: "En attente",
  encrypting: "Chiffrement et envoi",
  sent: "Envoyé, chiffré",
  failed: "Non envoyé :",
  filesTitle: "Vos fichiers",
  stay: "Gardez cette page ouverte jusqu'à ce que chaque fichier indique « Envoyé ».",
  off: "Ce serveur n'accepte pas de fichiers.",
  caseFilesTitle: "Fichiers",
  noFiles: "Aucun fichier.",
  download: "Télécharger et déchiffrer",
  decrypting: "Déchiffrement",
  unreadable: "La description de ce fichier ne peut pas être déchiffrée.",
  downloadFailed: "Le fichier n'a pas pu être déchiffré ; il a peut-être été modifié.",
  addFiles: "Ajouter des fichiers",
  send: "Chiffrer et envoyer les fichiers",
  removed:
    "Des données cachées ont été trouvées dans ce fichier ; elles sont retirées avant le chiffrement :",
  noMetadata: "Aucune donnée cachée (noms, lieux, dates) trouvée dans ce fichier.",
  sendOriginal: "Envoyer plutôt le fichier original, avec ces données",
  originalWarning:
    "L'original garde les données ci-dessus. Elles peuvent montrer qui a créé le fichier, où et sur quel appareil, et donc qui vous êtes. Ne l'envoyez que si ces données sont elles-mêmes une preuve.",
  unknownFormat:
    "Ce type de fichier ne peut pas être vérifié. Il est envoyé tel quel et peut contenir des noms, lieux ou dates qui vous identifient.",
  heic: "Cette photo HEIC n'a pas pu être lue pour en retirer les données cachées. Elle est envoyée telle quelle et peut contenir une position GPS et les détails de l'appareil photo. Préférez une capture d'écran ou un export JPEG.",
  tooLargeToClean:
    "Ce fichier est trop volumineux pour être vérifié ici. Il est envoyé tel quel et peut contenir des noms, lieux ou dates qui vous identifient.",
};

export default fr;
