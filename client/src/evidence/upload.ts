/**
 * Sending one file as evidence: encrypted in this browser with streaming age to the case recipient
 * (crypto/ `encryptStream`, padded like every other ciphertext), read with `File.stream()` and sent
 * in chunks of the server's chunk size, in order. Memory stays at two chunks whatever the file's size:
 * one being filled while the previous one is on the wire. A chunk that fails is sent again after
 * asking the server how far it got, so a network hiccup resumes instead of starting over.
 * Fails closed: if encryption fails, the upload is discarded and nothing plain was ever sent.
 */
import { encryptJson, encryptStream, toBase64 } from "../../../crypto/index";
import { ApiError, api } from "../lib/api";
import type { AttachmentLimits, UploadProgress, UploadStarted } from "../lib/types";

/** What the server allows (GET /api/attachments/limits). */
export type Limits = AttachmentLimits;

/** The encrypted description of a file: handlers see these only after decrypting. */
export interface FileMeta {
  v: 1;
  name: string;
  type: string;
  size: number;
}

export interface UploadTarget {
  /** base64 inbox login key (sent in X-OC-Login, never stored). */
  loginKey: string;
  /** The case recipient the file is encrypted to. */
  caseRecipient: string;
  /** A voice recording: the reporting person's answer on keeping it (Art. 18(2)). */
  keepRecording?: boolean;
}

const RETRIES = 4;

export function fetchLimits(): Promise<Limits> {
  return api<Limits>("reporter", "GET", "/api/attachments/limits");
}

async function call<T>(
  target: UploadTarget,
  method: string,
  path: string,
  init: RequestInit = {},
): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      ...init,
      method,
      headers: { Accept: "application/json", "X-OC-Login": target.loginKey, ...(init.headers ?? {}) },
      credentials: "omit",
      cache: "no-store",
      referrerPolicy: "no-referrer",
      redirect: "error",
    });
  } catch {
    throw new ApiError(0, "network", "The connection was lost.");
  }
  if (res.status === 204) return undefined as T;
  const data = (await res.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
  if (!res.ok) {
    throw new ApiError(res.status, data?.error?.code ?? `http_${res.status}`, data?.error?.message ?? "");
  }
  return data as T;
}

/**
 * Encrypts and sends `file`; `onProgress` gets the bytes of ciphertext the server has stored.
 *
 * @returns the attachment's id once the server holds the whole file.
 */
export async function uploadFile(
  file: Blob,
  meta: FileMeta,
  target: UploadTarget,
  onProgress: (stored: number, total: number) => void,
): Promise<string> {
  const { stream, size } = await encryptStream([target.caseRecipient], file.stream(), file.size);
  const encryptedMeta = toBase64(await encryptJson([target.caseRecipient], meta));
  // Starting an upload is an anonymous write like an inbox message: it needs a solved proof of work
  // (server/abuse/pow.ts); one stale challenge is retried once. Chunks and completion do not.
  const start = async () =>
    call<UploadStarted>(target, "POST", "/api/attachments", {
      headers: {
        "Content-Type": "application/json",
        "X-OC-PoW": await (await import("../lib/pow")).solvePow("message"),
      },
      body: JSON.stringify({ meta: encryptedMeta, size, keepRecording: target.keepRecording ?? null }),
    });
  const started = await start().catch((e: unknown) => {
    if (e instanceof ApiError && (e.code === "pow_invalid" || e.code === "pow_required")) return start();
    throw e;
  });
  const { id, chunkSize } = started;
  const base = `/api/attachments/${encodeURIComponent(id)}`;

  const sendChunk = async (index: number, bytes: Uint8Array): Promise<void> => {
    for (let attempt = 0; ; attempt++) {
      try {
        const r = await call<UploadProgress>(target, "PUT", `${base}/chunks/${index}`, {
          headers: { "Content-Type": "application/octet-stream" },
          body: bytes as unknown as BodyInit,
        });
        onProgress(r.received, size);
        return;
      } catch (e) {
        if (!(e instanceof ApiError)) throw e;
        if (e.code === "chunk_already_received") return;
        if (attempt >= RETRIES || (e.status !== 0 && e.status < 500 && e.status !== 429)) throw e;
        await new Promise((r) => setTimeout(r, 500 * 2 ** attempt));
        // Did the server store it before the answer was lost?
        const s = await call<UploadProgress>(target, "GET", base).catch(() => null);
        if (s && s.received >= (index + 1) * chunkSize) return onProgress(s.received, size);
      }
    }
  };

  try {
    const reader = stream.getReader();
    let buffer = new Uint8Array(Math.min(chunkSize, size));
    let filled = 0;
    let index = 0;
    let inFlight: Promise<void> = Promise.resolve();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      let rest = value;
      while (rest.length > 0) {
        const n = Math.min(buffer.length - filled, rest.length);
        buffer.set(rest.subarray(0, n), filled);
        filled += n;
        rest = rest.subarray(n);
        if (filled === buffer.length) {
          await inFlight;
          inFlight = sendChunk(index++, buffer);
          const sent = index * chunkSize;
          buffer = new Uint8Array(Math.min(chunkSize, Math.max(0, size - sent)));
          filled = 0;
        }
      }
    }
    await inFlight;
    if (filled !== 0 || index * chunkSize < size) throw new Error("ciphertext size mismatch");
    await call(target, "POST", `${base}/complete`, { headers: { "Content-Type": "application/json" } });
    return id;
  } catch (e) {
    await call(target, "DELETE", base).catch(() => undefined);
    throw e;
  }
}
