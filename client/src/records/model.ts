/**
 * Records of oral reports and meetings (Art. 18(2)-(4)) as both sides read them: the versions a handler
 * wrote, the reporting person's corrections and sign-off, each from its decrypted thread entry. Pure:
 * decrypted entries and the server's record states in, one model per record out.
 *
 * A version counts as agreed only when the server says so AND the reporting person's own sign-off
 * entry, encrypted in their browser, names that record and version: the mark never rests on the
 * server's word alone.
 */

/** A record's state as the server keeps it (no content). */
export interface RecordState {
  id: string;
  type: "minutes" | "transcript";
  transcribes: string | null;
  version: number;
  agreedVersion: number | null;
  agreedOn: string | null;
  on: string;
}

/** The plaintext of every record entry: the text, and which record and version it is or answers. */
export interface RecordContent {
  v: 1;
  text: string;
  record: { id: string; version: number };
}

/** A decrypted thread entry: its kind, side, day and value (null when it could not be decrypted). */
export interface OpenedEntry {
  kind: string;
  author: "reporter" | "handler";
  on: string;
  at?: string | null;
  value: unknown;
}

export interface RecordVersion {
  version: number;
  text: string;
  on: string;
  at: string | null;
}

export interface RecordModel {
  state: RecordState;
  versions: RecordVersion[];
  corrections: { version: number; text: string; on: string }[];
  /** The version the reporting person signed off, checked against their own entry; null if none. */
  agreed: number | null;
  /** The server says agreed, but no sign-off entry of the reporting person names that version. */
  unconfirmed: boolean;
}

/** The record content of a decrypted value, or null if it is not one. */
export function asRecordContent(value: unknown): RecordContent | null {
  const o = value as Partial<RecordContent> | null;
  const r = o?.record;
  if (o?.v !== 1 || typeof o.text !== "string" || !r || typeof r.id !== "string") return null;
  if (!Number.isSafeInteger(r.version) || r.version < 1) return null;
  return { v: 1, text: o.text, record: { id: r.id, version: r.version } };
}

/** Builds one model per record the server lists, from the entries of the thread in order. */
export function recordModels(states: readonly RecordState[], entries: readonly OpenedEntry[]): RecordModel[] {
  return states.map((state) => {
    const versions: RecordVersion[] = [];
    const corrections: RecordModel["corrections"] = [];
    const signedOff = new Set<number>();
    for (const e of entries) {
      const content = asRecordContent(e.value);
      if (!content || content.record.id !== state.id) continue;
      const { version } = content.record;
      if (e.kind === "record" && e.author === "handler" && version === versions.length + 1)
        versions.push({ version, text: content.text, on: e.on, at: e.at ?? null });
      else if (e.kind === "record_correction" && e.author === "reporter")
        corrections.push({ version, text: content.text, on: e.on });
      else if (e.kind === "record_agreement" && e.author === "reporter") signedOff.add(version);
    }
    const claimed = state.agreedVersion;
    const confirmed = claimed !== null && signedOff.has(claimed) && claimed <= versions.length;
    return {
      state,
      versions,
      corrections,
      agreed: confirmed ? claimed : null,
      unconfirmed: claimed !== null && !confirmed,
    };
  });
}

/** A fresh record id, made in the browser so that every version can name its record. */
export function newRecordId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => "0123456789abcdefghijklmnopqrstuv"[b & 31]).join("");
}
