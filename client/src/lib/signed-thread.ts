/**
 * Signed threads (crypto/SPEC.md "Signed thread entry"): the one way this client writes an entry of a
 * case's thread (`sealThreadEntry`) and the one way it reads a thread (`readThread`). Every entry is
 * signed by its author and names the entry before it, so neither the server nor anyone who can write
 * to its database can add, change, drop or reorder what the two sides say to each other unnoticed. An
 * entry that does not verify is never shown as a message.
 */
import {
  decryptThread,
  fromBase64,
  type MinimisationContent,
  type MinimisationReason,
  minimisationContent,
  type Roster,
  type SigningKey,
  sealEntry,
  type ThreadHead,
  threadHead,
  toBase64,
  verifyMinimisedThread,
  verifyThread,
} from "../../../crypto/index";
import { ApiError } from "./api";
import type { OpenCase } from "./case-crypto";
import { asStatusChange } from "./thread";
import { asMessage, asReport, type Entry, type ReportObject } from "./types";

/** Who signs: `reporter` with the token's key, or a person id with the key from their identity. */
export interface Signer {
  author: string;
  key: SigningKey;
}

/** An entry of a read thread: its content, or `unverified` (then nothing of it may be shown). */
export interface ThreadItem {
  entry: Entry;
  report: ReportObject | null;
  text: string | null;
  /** Set when the entry verified but its content is of a shape this page does not know. */
  error: string | null;
  unverified: boolean;
  /** The signed content as its author wrote it; null when the entry did not verify. */
  content: unknown;
  /** A place whose entry a handler removed under Art. 17, by a signed statement that verified. */
  removed?: { reason: MinimisationReason };
  /** A verified `minimisation` entry: what it removed and why (crypto/SPEC.md "Minimisation (Art. 17)"). */
  minimisation?: MinimisationContent;
}

/** A thread as read: each entry, and the head the next entry is written after. */
export interface ReadThread {
  items: ThreadItem[];
  head: ThreadHead;
  /** The channel key the reporting person's browser verified the roster with when it sent the report. */
  channelKey: string | null;
}

/** What a case's forms write with: the open case, the verified thread (its head) and the writer's key. */
export interface ThreadWriter {
  open: OpenCase;
  caseId: string;
  thread: ReadThread;
  signer: Signer;
  /** Reads the thread again (and shows it), when someone else wrote since it was read. */
  refresh?: () => Promise<ReadThread>;
}

/**
 * Signs and encrypts an entry of `kind` with `content` and hands it to `send`. If someone else wrote in
 * the meantime (409 `thread_moved`), the thread is read again and the entry signed once more after it:
 * the entry says truthfully where it stands, and nothing was stored the first time.
 */
export async function writeThreadEntry<T>(
  w: ThreadWriter,
  kind: string,
  content: unknown,
  send: (entry: { message: string; seq: number }) => Promise<T>,
): Promise<T> {
  const seal = () => sealThreadEntry(w.open, w.caseId, w.signer, w.thread.head, kind, content);
  try {
    return await send(await seal());
  } catch (e) {
    if (!(e instanceof ApiError && e.code === "thread_moved") || !w.refresh) throw e;
    w.thread = await w.refresh();
    return send(await seal());
  }
}

/** {@link writeThreadEntry} for a message-like entry (`{ v: 1, text }`). */
export function writeMessageEntry<T>(
  w: ThreadWriter,
  kind: string,
  text: string,
  send: (entry: { message: string; seq: number }) => Promise<T>,
): Promise<T> {
  return writeThreadEntry(w, kind, { v: 1, text }, send);
}

/** {@link sealThreadEntry} for a message-like entry (`{ v: 1, text }`) after the thread a writer read. */
export function sealMessageEntry(
  w: ThreadWriter,
  kind: string,
  text: string,
): Promise<{ message: string; seq: number; head: ThreadHead }> {
  return sealThreadEntry(w.open, w.caseId, w.signer, w.thread.head, kind, { v: 1, text });
}

/** Where the keys that entries verify with come from. */
export interface ThreadKeys {
  /** The reporting person's signing public key (derived from the token, or registered at submission). */
  reporter: string | null;
  /**
   * The signed roster whose people's keys handler entries verify with. It is given the channel key
   * named in the reporting person's own signed report, so the inbox can pin the roster to it.
   */
  roster(channelKey: string | null): Promise<Roster | null>;
}

/**
 * Signs `content` as the next entry of the thread after `head` and encrypts it to the case. The
 * server is sent `message` and `seq`; it refuses the entry (409 `thread_moved`) if someone else wrote
 * meanwhile, and the writer reloads and signs again.
 */
export async function sealThreadEntry(
  open: OpenCase,
  caseId: string,
  signer: Signer,
  head: ThreadHead,
  kind: string,
  content: unknown,
): Promise<{ message: string; seq: number; head: ThreadHead }> {
  const sealed = await sealEntry(open.recipient, signer.key, head, {
    caseId,
    kind,
    author: signer.author,
    content,
  });
  return { message: toBase64(sealed.ciphertext), seq: sealed.head.seq, head: sealed.head };
}

const bytesOf = (b64: string): Uint8Array => {
  try {
    return fromBase64(b64);
  } catch {
    return new Uint8Array(0);
  }
};

/**
 * Decrypts and verifies a whole thread in order. An entry is shown only if it is signed by its author
 * for this case at its place in the chain, and its signed kind and side match what the server says.
 */
export async function readThread(
  open: OpenCase,
  caseId: string,
  all: Entry[],
  keys: ThreadKeys,
): Promise<ReadThread> {
  // The chain is the entries the server placed in the thread; a row it left outside cannot shorten it
  // unnoticed (the signed places would no longer follow each other).
  const entries = all.filter((e) => typeof e.threadSeq === "number");
  const plaintexts = await decryptThread(
    open.identity,
    entries.map((e) => bytesOf(e.ciphertext)),
  );
  // The reporting person's own first entry, checked with their key alone, names the channel key.
  const first = verifyThread(caseId, plaintexts.slice(0, 1), (a) =>
    a === "reporter" ? keys.reporter : null,
  );
  const firstContent = first[0]?.ok ? (first[0].fields.content as { channelKey?: unknown }) : null;
  const channelKey = typeof firstContent?.channelKey === "string" ? firstContent.channelKey : null;
  const roster = await keys.roster(channelKey).catch(() => null);
  const people = new Map(roster?.people.map((p) => [p.id, p.signingKey]) ?? []);
  const verified = verifyMinimisedThread(caseId, plaintexts, (author) =>
    author === "reporter" ? keys.reporter : (people.get(author) ?? null),
  );
  // What each removal statement says, by the place it removed (Art. 17).
  const removals = new Map<number, MinimisationContent>();
  for (const v of verified) {
    const m = v.ok && v.fields.kind === "minimisation" ? minimisationContent(v.fields.content) : null;
    if (m?.remove === "entry" && !removals.has(m.seq)) removals.set(m.seq, m);
  }
  const results = new Map(entries.map((entry, i) => [entry, { v: verified[i], place: i + 1 }]));
  // A row the server left outside the chain (no result) is never shown as what it claims to be: every
  // entry of every kind is signed (meetings and records of oral reports too).
  const items = all.map((entry): ThreadItem => {
    const r = results.get(entry);
    const v = r?.v;
    const item: ThreadItem = {
      entry,
      report: null,
      text: null,
      error: null,
      unverified: true,
      content: null,
    };
    // A place a handler removed under Art. 17, by a signed statement that verified.
    const removal = r && v && !v.ok && v.removed ? removals.get(r.place) : undefined;
    if (removal) return { ...item, unverified: false, removed: { reason: removal.reason } };
    if (!v?.ok) return item;
    const { kind, author, content } = v.fields;
    if (kind !== entry.kind || (author === "reporter") !== (entry.author === "reporter")) return item;
    if (kind === "minimisation") {
      if (author === "reporter") return item;
      const m = minimisationContent(content);
      return {
        ...item,
        unverified: false,
        content,
        error: m ? null : "unsupported",
        ...(m ? { minimisation: m } : {}),
      };
    }
    item.unverified = false;
    item.content = content;
    if (kind === "report") item.report = asReport(content);
    else if (kind !== "status" && kind !== "follow_up") item.text = asMessage(content)?.text ?? null;
    const known =
      kind === "report"
        ? item.report
        : kind === "status"
          ? asStatusChange(content)
          : kind === "follow_up" || item.text !== null;
    if (!known) item.error = "unsupported";
    return item;
  });
  return { items, head: threadHead(plaintexts), channelKey };
}
