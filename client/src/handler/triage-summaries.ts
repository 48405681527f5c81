/**
 * The visible page's summaries, decrypted in this browser: each case key is unwrapped with the
 * handler's identity, then the small summary (category and subject) is opened with it. Only the page
 * on screen is fetched and decrypted; search runs over these decrypted texts, never on the server.
 */
import { decryptJson, fromBase64, unwrapIdentity } from "../../../crypto/index";
import type { PageKey } from "../lib/types";

export interface Summary {
  category: string;
  subject: string;
}

/** Opens one summary; `null` when there is none or it does not decrypt (shown as such, never guessed). */
export async function openSummary(myIdentity: string, key: PageKey): Promise<Summary | null> {
  if (!key.summary) return null;
  try {
    const caseIdentity = await unwrapIdentity(myIdentity, fromBase64(key.myKey));
    const value = await decryptJson<{ v?: unknown; category?: unknown; subject?: unknown }>(
      [caseIdentity],
      fromBase64(key.summary),
    );
    if (value.v !== 1 || typeof value.category !== "string" || typeof value.subject !== "string") return null;
    return { category: value.category, subject: value.subject };
  } catch {
    return null;
  }
}

/** Opens every summary of a page; one that fails does not hide the others. */
export async function openSummaries(
  myIdentity: string,
  keys: PageKey[],
): Promise<Map<string, Summary | null>> {
  const opened = await Promise.all(keys.map(async (k) => [k.id, await openSummary(myIdentity, k)] as const));
  return new Map(opened);
}

/** Whether a row matches the search words: every word must appear in its reference, category or subject. */
export function matchesSearch(words: string, fields: readonly string[]): boolean {
  const haystack = fields.join(" ").toLocaleLowerCase();
  return words
    .toLocaleLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => haystack.includes(w));
}
