/**
 * A file's ciphertext as upload-sized chunks: streaming age (crypto/ `encryptStream`, padded) read
 * from `File.stream()` and cut at the server's chunk size. Used in the encryption worker
 * (./encrypt-worker.ts), so the page's thread stays free to send while the next chunks are encrypted,
 * and on the page itself where no worker can start.
 */
import { encryptStream } from "../../../crypto/index";

/**
 * The ciphertext's size (known before any byte is encrypted, so the upload can start), and its chunks
 * in order, each `chunkSize` bytes but the last.
 */
export interface EncryptedChunks {
  size: number;
  chunks(chunkSize: number): AsyncGenerator<Uint8Array, void, void>;
}

/** Encrypts `file` to `recipient`; fails closed (a chunk short of the announced size throws). */
export async function encryptedChunks(file: Blob, recipient: string): Promise<EncryptedChunks> {
  const { stream, size } = await encryptStream([recipient], file.stream(), file.size);
  async function* chunks(chunkSize: number): AsyncGenerator<Uint8Array, void, void> {
    const reader = stream.getReader();
    let left = size;
    let buffer = new Uint8Array(Math.min(chunkSize, left));
    let filled = 0;
    let finished = false;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) {
          finished = true;
          break;
        }
        let rest = value;
        while (rest.length > 0) {
          if (buffer.length === 0) throw new Error("ciphertext size mismatch");
          const n = Math.min(buffer.length - filled, rest.length);
          buffer.set(rest.subarray(0, n), filled);
          filled += n;
          rest = rest.subarray(n);
          if (filled === buffer.length) {
            left -= filled;
            yield buffer;
            buffer = new Uint8Array(Math.min(chunkSize, left));
            filled = 0;
          }
        }
      }
    } finally {
      // A consumer that stops early (a failed upload) stops the encryption too.
      if (!finished) await reader.cancel().catch(() => undefined);
      reader.releaseLock();
    }
    if (filled !== 0 || left !== 0) throw new Error("ciphertext size mismatch");
  }
  return { size, chunks };
}
