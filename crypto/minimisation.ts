// Art. 17 minimisation of a signed thread: a handler's signed `minimisation` entry names an entry it
// removes (its place and entryHash) or an attachment, with a coarse reason and no content. Format:
// SPEC.md "Minimisation (Art. 17)".

import { verifyStatement } from "./sign";
import { type EntryFields, type SignedEntry, type VerifiedEntry, verifyThread } from "./thread";

/** The entry kind of a signed removal. */
export const MINIMISATION_KIND = "minimisation";

/**
 * Why a part of a case was removed, in categories that carry no content: not relevant to the report
 * (Directive Art. 17, GDPR Art. 5(1)(c)), found untrue or outside the scope of the law (Ley 2/2023 art. 32).
 */
export const MINIMISATION_REASONS = ["not_relevant", "untrue", "out_of_scope"] as const;

export type MinimisationReason = (typeof MINIMISATION_REASONS)[number];

/** The signed content of a `minimisation` entry. */
export type MinimisationContent =
  | { v: 1; remove: "entry"; seq: number; hash: string; reason: MinimisationReason }
  | { v: 1; remove: "attachment"; attachment: string; reason: MinimisationReason };

const HASH = /^[0-9a-f]{64}$/;
const ATTACHMENT_ID = /^[0-9a-z]{1,64}$/;

/** Checks the content of a `minimisation` entry; anything else, or any extra field, is null. */
export function minimisationContent(x: unknown): MinimisationContent | null {
  const o = x as Record<string, unknown> | null;
  if (o === null || typeof o !== "object" || o.v !== 1) return null;
  if (!MINIMISATION_REASONS.includes(o.reason as MinimisationReason)) return null;
  const reason = o.reason as MinimisationReason;
  const keys = Object.keys(o).sort().join(",");
  if (o.remove === "entry" && keys === "hash,reason,remove,seq,v") {
    if (!Number.isSafeInteger(o.seq) || typeof o.hash !== "string" || !HASH.test(o.hash)) return null;
    return { v: 1, remove: "entry", seq: o.seq as number, hash: o.hash, reason };
  }
  if (o.remove === "attachment" && keys === "attachment,reason,remove,v") {
    if (typeof o.attachment !== "string" || !ATTACHMENT_ID.test(o.attachment)) return null;
    return { v: 1, remove: "attachment", attachment: o.attachment, reason };
  }
  return null;
}

/** A removal a signed `minimisation` entry states: the removed place's hash, and where the statement is. */
interface Removal {
  /** null when two statements disagree about the same place: then it never verifies. */
  hash: string | null;
  /** Index of the first statement that names the place. */
  by: number;
}

/**
 * The removals that `minimisation` entries state, each checked on its own: signed by a handler (never
 * the reporting person) for this case, at its own place, naming an earlier place other than the
 * report's (entry 1 is never removed: it names the channel key the inbox pins the roster to).
 */
function statedRemovals(
  caseId: string,
  plaintexts: unknown[],
  keyOf: (author: string) => string | null,
): Map<number, Removal> {
  const removals = new Map<number, Removal>();
  plaintexts.forEach((value, i) => {
    const entry = value as SignedEntry;
    if (entry === null || typeof entry !== "object" || entry.version !== "oc-entry-1") return;
    try {
      const fields = JSON.parse(entry.body) as EntryFields;
      if (fields?.kind !== MINIMISATION_KIND || fields.caseId !== caseId || fields.seq !== i + 1) return;
      if (typeof fields.author !== "string" || fields.author === "reporter") return;
      const key = keyOf(fields.author);
      if (key === null) return;
      verifyStatement("oc-entry-1", key, entry);
      const content = minimisationContent(fields.content);
      if (content?.remove !== "entry" || content.seq < 2 || content.seq >= fields.seq) return;
      const known = removals.get(content.seq);
      if (!known) removals.set(content.seq, { hash: content.hash, by: i });
      else if (known.hash !== content.hash) known.hash = null;
    } catch {
      // An entry that does not verify states nothing; the chain below reports it at its place.
    }
  });
  return removals;
}

/**
 * Verifies a thread in which handlers may have removed entries under Art. 17. A removed entry's
 * place is `{ ok: false, reason: "entry removed", removed: true }` when a signed `minimisation` entry
 * later in the thread names its place and hash, the next entry's `prev` agrees with that hash, and the
 * statement itself verifies in the chain. A place emptied without such a statement, or whose
 * statement does not verify at its own place, fails like any missing entry.
 */
export function verifyMinimisedThread(
  caseId: string,
  plaintexts: unknown[],
  keyOf: (author: string) => string | null,
): VerifiedEntry[] {
  const removals = statedRemovals(caseId, plaintexts, keyOf);
  // Disagreeing statements stand in with a hash no entry has, so the next entry's `prev` breaks.
  const verified = verifyThread(caseId, plaintexts, keyOf, (seq) =>
    removals.has(seq) ? (removals.get(seq)?.hash ?? "-") : null,
  );
  // A removal counts only if the statement that made it verified at its own place in the chain.
  for (const [seq, removal] of removals) {
    const i = seq - 1;
    const place = verified[i];
    if (!place || place.ok || !place.removed || (removal.hash !== null && verified[removal.by]?.ok)) continue;
    verified[i] = { ok: false, reason: "removal not verified" };
    for (let k = i + 1; k < removal.by; k++)
      verified[k] = { ok: false, reason: "thread broken before this entry" };
  }
  return verified;
}
