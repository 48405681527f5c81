/**
 * Encrypts one file for upload off the page's thread (./chunks.ts), so that sending a chunk never
 * waits for the next one to be encrypted. The page starts it with the file and the case recipient,
 * learns the ciphertext's size, then asks for chunks of the server's size: `ahead` at first and one
 * more for each it takes, so at most that many chunks wait in memory whatever the file's size.
 * Chunks are transferred, not copied.
 */
import { type EncryptedChunks, encryptedChunks } from "./chunks";

/** What the page sends. */
export type ToWorker =
  | { type: "start"; file: Blob; recipient: string }
  | { type: "chunks"; chunkSize: number; ahead: number }
  | { type: "more" };

/** What the worker answers. */
export type FromWorker =
  | { type: "size"; size: number }
  | { type: "chunk"; bytes: Uint8Array }
  | { type: "done" }
  | { type: "error" };

const post = (message: FromWorker, transfer: Transferable[] = []) =>
  (self as unknown as Worker).postMessage(message, transfer);

let encrypted: EncryptedChunks | null = null;
let credits = 0;
let wake: (() => void) | null = null;

async function send(chunkSize: number): Promise<void> {
  if (!encrypted) throw new Error("not started");
  for await (const bytes of encrypted.chunks(chunkSize)) {
    while (credits === 0) await new Promise<void>((r) => (wake = r));
    credits--;
    post({ type: "chunk", bytes }, [bytes.buffer]);
  }
  post({ type: "done" });
}

self.onmessage = (ev: MessageEvent<ToWorker>) => {
  const m = ev.data;
  if (m.type === "more") {
    credits++;
    wake?.();
    wake = null;
    return;
  }
  let work: Promise<void>;
  if (m.type === "start") {
    work = encryptedChunks(m.file, m.recipient).then((e) => {
      encrypted = e;
      post({ type: "size", size: e.size });
    });
  } else {
    credits = m.ahead;
    work = send(m.chunkSize);
  }
  // Nothing of the file or the key is said on failure; the page discards the upload.
  work.catch(() => post({ type: "error" }));
};
