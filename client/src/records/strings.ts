/**
 * The records and meetings module's words, in English; loaded only with the module, like the evidence
 * panel's. For another page language, its translation (strings-i18n/<lang>.ts, one chunk each) replaces
 * them below before any importer runs: the reporter's inbox in all 24 languages, the staff app in its own.
 */
export const recordsText = {
  title: "Records of what you told us",
  intro:
    "When you report by voice or in a meeting, a case handler writes a transcript or minutes. Read each version; propose corrections, or agree to it. The version you agree to is marked, for you and for the handlers.",
  minutes: "Minutes of a meeting",
  transcript: "Transcript of a voice report",
  version: (n: number) => `Version ${n}`,
  agreedMark: "Agreed",
  agreedOn: (day: string) => `You agreed to this version on ${day}.`,
  agreedOnHandler: (day: string) => `The reporting person agreed to this version on ${day}.`,
  unconfirmed:
    "The server says this record was agreed, but no sign-off of the reporting person confirms it. Treat it as not agreed.",
  correctionsLabel: "Your corrections",
  correctionsHint: "Say what is wrong or missing. The case handler writes a corrected version.",
  sendCorrections: "Propose corrections",
  agree: (n: number) => `I agree to version ${n}`,
  agreeText: (n: number) => `I have read version ${n} of this record and agree that it is accurate.`,
  correctionFrom: (n: number, day: string) => `Corrections to version ${n}, ${day}:`,
  sending: "Encrypting and sending…",
  sent: "Sent.",
  empty: "Write something first.",
  locked: "The inbox is locked. Open it again with your case token.",
  meetingTitle: "A meeting",
  meetingIntro:
    "You may ask to meet a case handler in person. They must offer a time and place within the time the law sets.",
  meetingLabel: "When and where would suit you? (optional)",
  meetingAsk: "Ask for a meeting",
  meetingAsked: "You asked for a meeting.",
  meetingBy: (day: string) => `A case handler must propose a time and place by ${day}.`,
  meetingProposed: "A case handler proposed a time and place; see the conversation.",
  meetingDefault: "I would like to meet in person.",
  // Handler side
  handlerTitle: "Records and meetings",
  meetingRequested: (day: string) => `The reporting person asked for a meeting on ${day}.`,
  meetingDue: (day: string, basis: string) => `Propose a time and place by ${day} (${basis}).`,
  meetingProposedOn: (day: string) => `A time and place was proposed on ${day}.`,
  proposeLabel: "Time and place of the meeting",
  propose: "Propose this time and place",
  newRecord: "Write minutes or a transcript",
  recordType: "Kind of record",
  transcribes: "Transcript of the voice recording",
  none: "None",
  recordText: "Text",
  sendRecord: "Send to the reporting person for checking",
  reviseLabel: "Corrected version",
  revise: "Send the corrected version",
  recordingDeleted: "The voice recording was deleted after the agreement.",
};

/** A message's arguments by name, in order: a translation writes `{day}` where the English puts a day. */
export const recordsArgs = {
  version: ["n"],
  agreedOn: ["day"],
  agreedOnHandler: ["day"],
  agree: ["n"],
  agreeText: ["n"],
  correctionFrom: ["n", "day"],
  meetingBy: ["day"],
  meetingRequested: ["day"],
  meetingDue: ["day", "basis"],
  meetingProposedOn: ["day"],
} satisfies Partial<Record<keyof typeof recordsText, readonly string[]>>;

/**
 * A translation of `recordsText`: every string of it, message functions as text with their `{name}`
 * placeholders (`recordsArgs`). Partial so that a string added in English shows in English until
 * translated (test/client/i18n/records-catalogs.test.ts fails meanwhile).
 */
export type RecordsTranslation = Partial<Record<keyof typeof recordsText, string>>;

/** A message function that writes `template` with its arguments in place of their `{name}`s. */
export function recordsMessage(template: string, names: readonly string[]): (...values: unknown[]) => string {
  return (...values) =>
    template.replace(/\{(\w+)\}/g, (whole, name: string) =>
      names.includes(name) ? String(values[names.indexOf(name)]) : whole,
    );
}

const translations = import.meta.glob<{ default: RecordsTranslation }>("./strings-i18n/*.ts");
const pageLanguage = typeof document === "undefined" ? "en" : document.documentElement.lang;
const loadTranslation = translations[`./strings-i18n/${pageLanguage}.ts`];
if (loadTranslation) {
  const own = (await loadTranslation()).default;
  const text = recordsText as Record<string, unknown>;
  const args = recordsArgs as Record<string, readonly string[]>;
  for (const [key, value] of Object.entries(own)) {
    const names = args[key];
    if (typeof text[key] === "function" && names) text[key] = recordsMessage(value, names);
    else if (typeof text[key] === "string") text[key] = value;
  }
}
