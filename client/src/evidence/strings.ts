/** The evidence module's words (English; loaded only with the module, so the report page stays light). */
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
