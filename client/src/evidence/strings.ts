/**
 * The evidence module's words, in English; loaded only with the module, so the report page stays light.
 * For another page language, its translation (strings-i18n/<lang>.ts, one chunk each) replaces them below
 * before any importer runs.
 */
export const evidenceText = {
  chosen: "Files to send with the report",
  size: (bytes: number) => formatBytes(bytes),
  tooLarge: (max: number) => `Too large: a file may be at most ${formatBytes(max)}.`,
  caseFull: (max: number) => `Together, the files of one report may be at most ${formatBytes(max)}.`,
  remove: "Remove",
  waiting: "Waiting",
  encrypting: "Encrypting and sending",
  sent: "Sent, encrypted",
  failed: "Not sent:",
  filesTitle: "Your files",
  stay: "Keep this page open until every file shows “Sent”.",
  off: "This server does not take files.",
  caseFilesTitle: "Files",
  noFiles: "No files.",
  download: "Download and decrypt",
  decrypting: "Decrypting",
  unreadable: "This file's description cannot be decrypted.",
  downloadFailed: "The file could not be decrypted; it may have been changed.",
  addFiles: "Add files",
  send: "Encrypt and send files",
  removed: "Hidden data found in this file; it is removed before the file is encrypted:",
  noMetadata: "No hidden data (names, places, dates) found in this file.",
  sendOriginal: "Send the original file instead, with this data",
  originalWarning:
    "The original keeps the data listed above. It can show who made the file, where and on which device, and so who you are. Send it only if the data itself is evidence.",
  unknownFormat:
    "This kind of file cannot be checked for hidden data. It is sent as it is and may carry names, places or dates that identify you.",
  heic: "This HEIC photo could not be read to remove its hidden data. It is sent as it is and may carry a GPS position and the camera's details. Consider a screenshot or a JPEG export instead.",
  tooLargeToClean:
    "This file is too large to check for hidden data here. It is sent as it is and may carry names, places or dates that identify you.",
  voiceRecord: "Record a voice message",
  voiceStart: "Start recording",
  voiceStop: "Stop recording",
  voiceRecording: "Recording…",
  voiceDisguising: "Disguising your voice…",
  voiceFailed: "The recording could not be disguised, so it cannot be sent. Record again, or write instead.",
  voiceNoMicrophone: "The microphone could not be used. Allow this page to use it, or write instead.",
  voiceWarning:
    "Your voice is disguised in this browser before anything is encrypted and sent. A disguise changes how you sound, not what you say or how you say it: leave out names, places and details only you would know.",
  voiceListen:
    "Listen to the disguised recording. Only this version is sent; the original never leaves this device.",
  voiceDisguise: "Disguise",
  voiceLower: "Lower voice",
  voiceHigher: "Higher voice",
  voiceConsent: "May the recording be kept? (Whistleblowing Directive, Art. 18(2))",
  voiceKeep: "Yes, keep the recording with the case",
  voiceDelete: "No, delete it once I have agreed to a written transcript of it",
  voiceConsentMissing: "Choose whether the recording may be kept.",
  voiceAdd: "Add the recording to the report",
  voiceSend: "Encrypt and send the recording",
};

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ["KB", "MB", "GB"];
  let v = n / 1024;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${v < 10 ? v.toFixed(1) : Math.round(v)} ${units[u]}`;
}

/**
 * A translation of `evidenceText`: every string of it, with `{max}` where a size goes. Partial so that a
 * string added in English shows in English until translated (test/client/i18n/evidence-catalogs.test.ts
 * fails meanwhile).
 */
export type EvidenceTranslation = Partial<Record<Exclude<keyof typeof evidenceText, "size">, string>>;

const translations = import.meta.glob<{ default: EvidenceTranslation }>("./strings-i18n/*.ts");
const pageLanguage = typeof document === "undefined" ? "en" : document.documentElement.lang;
const loadTranslation = translations[`./strings-i18n/${pageLanguage}.ts`];
if (loadTranslation) {
  const own = (await loadTranslation()).default;
  const text = evidenceText as Record<string, unknown>;
  for (const [key, value] of Object.entries(own)) {
    if (typeof text[key] === "string") text[key] = value;
    else if (typeof text[key] === "function" && value.includes("{max}"))
      text[key] = (max: number) => value.replace("{max}", formatBytes(max));
  }
}
