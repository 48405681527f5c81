/**
 * Fetching an attachment's age file and decrypting it as a stream. The plaintext is gathered in Blob
 * pieces of a few MB, which the browser keeps outside the page's memory (on disk when they grow), so a
 * 2 GB file does not sit in the tab; the result is saved through a download link. Nothing is shown or
 * saved before the last STREAM chunk verified: a tampered file fails as a whole.
 */
import { decryptJson, decryptStream, fromBase64 } from "../../../crypto/index";
import type { FileMeta } from "./upload";

const PIECE = 4 << 20;

/** Decrypts the encrypted name, type and size of an attachment; null when it does not open. */
export async function openMeta(identity: string, meta: string): Promise<FileMeta | null> {
  try {
    const m = await decryptJson<FileMeta>([identity], fromBase64(meta));
    if (typeof m?.name !== "string" || typeof m.size !== "number") return null;
    return { v: 1, name: m.name, type: typeof m.type === "string" ? m.type : "", size: m.size };
  } catch {
    return null;
  }
}

/** Streams `body` through decryption into a Blob; `onProgress` gets plaintext bytes so far. */
export async function decryptToBlob(
  identity: string,
  body: ReadableStream<Uint8Array>,
  type: string,
  onProgress?: (bytes: number) => void,
): Promise<Blob> {
  const plain = await decryptStream([identity], body);
  const reader = plain.getReader();
  const pieces: Blob[] = [];
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    pending.push(value);
    pendingBytes += value.length;
    total += value.length;
    if (pendingBytes >= PIECE) {
      pieces.push(new Blob(pending as BlobPart[]));
      pending = [];
      pendingBytes = 0;
      onProgress?.(total);
    }
  }
  if (pending.length) pieces.push(new Blob(pending as BlobPart[]));
  onProgress?.(total);
  return new Blob(pieces, { type: type || "application/octet-stream" });
}

/** Offers a Blob for saving under `name`, through a temporary object URL. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download =
    [...name].map((ch) => (ch < " " || '\\/:*?"<>|'.includes(ch) ? "_" : ch)).join("") || "attachment";
  a.rel = "noopener";
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
