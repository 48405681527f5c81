/**
 * The records model from the verified thread, and the writing of meeting and record entries (both
 * sides). Every such entry is signed into the case's thread (client/src/lib/signed-thread.ts): one that
 * does not verify never yields a version, a correction or a sign-off.
 */
import { type ThreadItem, type ThreadWriter, writeThreadEntry } from "../lib/signed-thread";
import {
  type OpenedEntry,
  type RecordContent,
  type RecordModel,
  type RecordState,
  recordModels,
} from "./model";

const RECORD_KINDS = new Set(["record", "record_correction", "record_agreement"]);

/** Builds the records' models from the entries of a read thread that verified, in order. */
export function recordsOfThread(states: readonly RecordState[], items: readonly ThreadItem[]): RecordModel[] {
  if (states.length === 0) return [];
  const opened: OpenedEntry[] = items
    .filter((i) => !i.unverified && RECORD_KINDS.has(i.entry.kind))
    .map((i) => ({
      kind: i.entry.kind,
      author: i.entry.author,
      on: i.entry.on,
      at: i.entry.at ?? null,
      value: i.content,
    }));
  return recordModels(states, opened);
}

/**
 * Signs and encrypts a record text (`{ v: 1, text, record: { id, version } }`) as the next entry of the
 * thread and hands it to `send`. Fails closed: if signing or encryption throws, nothing is sent.
 */
export function writeRecordEntry<T>(
  writer: ThreadWriter,
  kind: "record" | "record_correction" | "record_agreement",
  text: string,
  record: RecordContent["record"],
  send: (entry: { message: string; seq: number }) => Promise<T>,
): Promise<T> {
  const content: RecordContent = { v: 1, text, record };
  return writeThreadEntry(writer, kind, content, send);
}
