/**
 * Sealing and reading a signed thread (crypto/thread.ts) as the two sides do: every entry signed and
 * encrypted to the case, the whole thread decrypted and verified in order. The byte-level formats are
 * pinned by the `thread` vectors; this checks the round trip and what a database writer can try.
 */
import { describe, expect, it } from "vitest";
import {
  decryptThread,
  EMPTY_THREAD,
  encryptJson,
  generateCaseToken,
  handlerSigningKey,
  newCaseIdentity,
  newHandlerIdentity,
  reporterSigningKey,
  sealEntry,
  threadHead,
  verifyThread,
} from "../../crypto/index";

async function thread() {
  const kase = await newCaseIdentity();
  const reporter = reporterSigningKey(generateCaseToken());
  const handler = handlerSigningKey((await newHandlerIdentity()).identity);
  const keys: Record<string, string> = { reporter: reporter.publicKey, "p-1": handler.publicKey };
  const keyOf = (a: string) => keys[a] ?? null;
  const files: Uint8Array[] = [];
  let head = EMPTY_THREAD;
  const steps: [string, string, typeof reporter][] = [
    ["report", "reporter", reporter],
    ["acknowledgement", "p-1", handler],
    ["request_info", "p-1", handler],
    ["message", "reporter", reporter],
  ];
  for (const [kind, author, key] of steps) {
    const sealed = await sealEntry(kase.recipient, key, head, {
      caseId: "c1",
      kind,
      author,
      content: { v: 1, text: kind },
    });
    files.push(sealed.ciphertext);
    head = sealed.head;
  }
  return { kase, files, keyOf, head };
}

const oks = (v: { ok: boolean }[]) => v.map((e) => e.ok);

describe("signed thread", () => {
  it("verifies every entry of a thread written in turn, and ends at the writers' head", async () => {
    const t = await thread();
    const plain = await decryptThread(t.kase.identity, t.files);
    expect(oks(verifyThread("c1", plain, t.keyOf))).toEqual([true, true, true, true]);
    expect(threadHead(plain)).toEqual(t.head);
    expect(t.head.seq).toBe(4);
  });

  it("never verifies an unsigned entry encrypted to the case recipient, nor anything after it", async () => {
    const t = await thread();
    const forged = await encryptJson([t.kase.recipient], { v: 1, text: "Send us your full name." });
    const files = [...t.files.slice(0, 2), forged, ...t.files.slice(2)];
    const v = verifyThread("c1", await decryptThread(t.kase.identity, files), t.keyOf);
    expect(oks(v)).toEqual([true, true, false, false, false]);
    expect(v[2]).toEqual({ ok: false, reason: "not a signed entry" });
  });

  it("reports a removed middle entry and a swapped pair", async () => {
    const t = await thread();
    const removed = [t.files[0]!, t.files[2]!, t.files[3]!];
    expect(oks(verifyThread("c1", await decryptThread(t.kase.identity, removed), t.keyOf))).toEqual([
      true,
      false,
      false,
    ]);
    const swapped = [t.files[0]!, t.files[2]!, t.files[1]!, t.files[3]!];
    const v = verifyThread("c1", await decryptThread(t.kase.identity, swapped), t.keyOf);
    expect(v[1]).toEqual({ ok: false, reason: "entry out of order" });
  });

  it("refuses an entry that does not open, one of another case and one by an unknown author", async () => {
    const t = await thread();
    const other = await newCaseIdentity();
    const foreign = await decryptThread(other.identity, t.files);
    expect(foreign.every((p) => p === null)).toBe(true);
    const plain = await decryptThread(t.kase.identity, t.files);
    expect(verifyThread("c2", plain, t.keyOf)[0]).toEqual({ ok: false, reason: "entry of another case" });
    expect(verifyThread("c1", plain, (a) => (a === "reporter" ? t.keyOf(a) : null))[1]).toEqual({
      ok: false,
      reason: "unknown author",
    });
  });
});
