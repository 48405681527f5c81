/** Français: the records-and-meetings panel (machine draft; status in content/languages.json, terms in content/glossary/fr.json). */
import type { RecordsTranslation } from "../strings.ts";

const fr: RecordsTranslation = {
  title: "Comptes rendus de vos déclarations",
  intro:
    "Lorsque vous signalez oralement ou lors d'une rencontre, la personne chargée du dossier rédige une transcription ou un procès-verbal. Lisez chaque version ; proposez des corrections ou approuvez-la. La version que vous approuvez est marquée, pour vous et pour les personnes chargées du dossier.",
  minutes: "Procès-verbal d'une rencontre",
  transcript: "Transcription d'un signalement oral",
  version: "Version {n}",
  agreedMark: "Approuvée",
  agreedOn: "Vous avez approuvé cette version le {day}.",
  agreedOnHandler: "L'auteur de signalement a approuvé cette version le {day}.",
  unconfirmed:
    "Le serveur indique que ce compte rendu a été approuvé, mais aucune validation de l'auteur de signalement ne le confirme. Considérez-le comme non approuvé.",
  correctionsLabel: "Vos corrections",
  correctionsHint:
    "Dites ce qui est faux ou manque. La personne chargée du dossier rédige une version corrigée.",
  sendCorrections: "Proposer des corrections",
  agree: "J'approuve la version {n}",
  agreeText: "J'ai lu la version {n} de ce compte rendu et j'atteste qu'elle est exacte.",
  correctionFrom: "Corrections de la version {n}, {day} :",
  sending: "Chiffrement et envoi…",
  sent: "Envoyé.",
  empty: "Écrivez d'abord quelque chose.",
  locked: "La boîte de réception est verrouillée. Rouvrez-la avec le code de votre dossier.",
  meetingTitle: "Une rencontre",
  meetingIntro:
    "Vous pouvez demander à rencontrer en personne la personne chargée du dossier. Elle doit proposer une date et un lieu dans le délai fixé par la loi.",
  meetingLabel: "Quand et où cela vous conviendrait-il ? (facultatif)",
  meetingAsk: "Demander une rencontre",
  meetingAsked: "Vous avez demandé une rencontre.",
  meetingBy: "La personne chargée du dossier doit proposer une date et un lieu au plus tard le {day}.",
  meetingProposed: "La personne chargée du dossier a proposé une date et un lieu ; voir les messages.",
  meetingDefault: "Je souhaite une rencontre en personne.",
  handlerTitle: "Comptes rendus et rencontres",
  meetingRequested: "L'auteur de signalement a demandé une rencontre le {day}.",
  meetingDue: "Proposez une date et un lieu au plus tard le {day} ({basis}).",
  meetingProposedOn: "Une date et un lieu ont été proposés le {day}.",
  proposeLabel: "Date et lieu de la rencontre",
  propose: "Proposer cette date et ce lieu",
  newRecord: "Rédiger un procès-verbal ou une transcription",
  recordType: "Type de compte rendu",
  transcribes: "Transcription de l'enregistrement vocal",
  none: "Aucun",
  recordText: "Texte",
  sendRecord: "Envoyer à l'auteur de signalement pour vérification",
  reviseLabel: "Version corrigée",
  revise: "Envoyer la version corrigée",
  recordingDeleted: "L'enregistrement vocal a été supprimé après l'approbation.",
};

export default fr;
