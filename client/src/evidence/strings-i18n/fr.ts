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
  voiceRecord: "Enregistrer un message vocal",
  voiceStart: "Commencer l’enregistrement",
  voiceStop: "Arrêter l’enregistrement",
  voiceRecording: "Enregistrement…",
  voiceDisguising: "Votre voix est en cours de modification…",
  voiceFailed:
    "L’enregistrement n’a pas pu être modifié ; il ne peut donc pas être envoyé. Enregistrez à nouveau ou écrivez plutôt.",
  voiceNoMicrophone:
    "Le microphone n’a pas pu être utilisé. Autorisez cette page à l’utiliser ou écrivez plutôt.",
  voiceWarning:
    "Votre voix est modifiée dans ce navigateur avant que quoi que ce soit ne soit chiffré et envoyé. La modification change le son de votre voix, pas ce que vous dites ni votre façon de le dire : omettez les noms, les lieux et les détails que vous seul connaissez.",
  voiceListen:
    "Écoutez l’enregistrement modifié. Seule cette version est envoyée ; l’original ne quitte jamais cet appareil.",
  voiceDisguise: "Modification de la voix",
  voiceLower: "Voix plus grave",
  voiceHigher: "Voix plus aiguë",
  voiceConsent:
    "L’enregistrement peut-il être conservé ? (directive sur les lanceurs d’alerte, art. 18, paragraphe 2)",
  voiceKeep: "Oui, conserver l’enregistrement dans le dossier",
  voiceDelete: "Non, le supprimer dès que j’aurai approuvé sa transcription écrite",
  voiceConsentMissing: "Indiquez si l’enregistrement peut être conservé.",
  voiceAdd: "Ajouter l’enregistrement au signalement",
  voiceSend: "Chiffrer et envoyer l’enregistrement",
};

export default fr;
