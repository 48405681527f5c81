/** Decrypting the thread for the records model, and sealing record texts (both sides). */
import { decryptJson, encryptJson, fromBase64, toBase64 } from "../../../crypto/index";
import {
  type OpenedEntry,
  type RecordContent,
  type RecordModel,
  type RecordState,
  recordModels,
} from "./model";

/** The thread entry fields this module reads. */
export interface ThreadEntry {
  kind: string;
  author: "reporter" | "handler";
  on: string;
  at?: string | null;
  ciphertext: string;
}

const RECORD_KINDS = new Set(["record", "record_correction", "record_agreement"]);

/** Decrypts the record entries of a thread with the case identity and builds the records' models. */
export async function openRecords(
  identity: string,
  states: readonly RecordState[],
  entries: readonly ThreadEntry[],
): Promise<RecordModel[]> {
  if (states.length === 0) return [];
  const opened: OpenedEntry[] = await Promise.all(
    entries
      .filter((e) => RECORD_KINDS.has(e.kind))
      .map(async (e) => ({
        kind: e.kind,
        author: e.author,
        on: e.on,
        at: e.at ?? null,
        value: await decryptJson<unknown>([identity], fromBase64(e.ciphertext)).catch(() => null),
      })),
  );
  return recordModels(states, opened);
}

/**
 * Encrypts a record text to the case: base64 of an age file of `{ v: 1, text, record: { id, version } }`.
 * Fails closed: if encryption throws, the caller sends nothing.
 */
export async function sealRecordText(
  recipient: string,
  text: string,
  record: RecordContent["record"],
): Promise<string> {
  const content: RecordContent = { v: 1, text, record };
  return toBase64(await encryptJson([recipient], content));
}

/** Encrypts a plain message (meeting request or proposal) as the thread's other messages are. */
export async function sealText(recipient: string, text: string): Promise<string> {
  return toBase64(await encryptJson([recipient], { v: 1, text }));
}
