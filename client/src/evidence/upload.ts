/**
 * Sending one file as evidence: encrypted in this browser with streaming age to the case recipient
 * (crypto/ `encryptStream`, padded like every other ciphertext), read with `File.stream()` and sent
 * in chunks of the server's chunk size, in order. Encryption runs in a worker (./encrypt-worker.ts)
 * a few chunks ahead of the upload, so the two overlap; memory stays at those few chunks whatever the
 * file's size. A chunk that fails is sent again after asking the server how far it got, so a network
 * hiccup resumes instead of starting over. Fails closed: if encryption fails, the upload is discarded
 * and nothing plain was ever sent.
 */
import { encryptJson, toBase64 } from "../../../crypto/index";
import { ApiError, api } from "../lib/api";
import type { AttachmentLimits, UploadProgress, UploadStarted } from "../lib/types";
import { encryptedChunks } from "./chunks";
import type { FromWorker, ToWorker } from "./encrypt-worker";

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
/** Chunks the worker encrypts ahead of the one being sent (each the server's chunk size, 8 MiB). */
const AHEAD = 2;
/** Chunks sent at once; the server takes at most this many ahead of the last one it stored. */
const IN_FLIGHT = 2;

/** Starts the encryption worker; a bench that bundles this module differently passes its own. */
export type WorkerFactory = () => Worker;

const moduleWorker: WorkerFactory = () =>
  new Worker(new URL("./encrypt-worker.ts", import.meta.url), { type: "module" });

/** A file's ciphertext, chunk by chunk: `next()` gives null after the last. */
interface ChunkSource {
  size: number;
  start(chunkSize: number): void;
  next(): Promise<Uint8Array | null>;
  close(): void;
}

/** The ciphertext from a worker; rejects before any chunk if the worker cannot start or encrypt. */
async function inWorker(file: Blob, recipient: string, makeWorker: WorkerFactory): Promise<ChunkSource> {
  const worker = makeWorker();
  const queue: Uint8Array[] = [];
  let done = false;
  let failed = false;
  let wake: (() => void) | null = null;
  const tell = (m: ToWorker) => worker.postMessage(m);
  try {
    const size = await new Promise<number>((resolve, reject) => {
      worker.onmessage = (ev: MessageEvent<FromWorker>) => {
        const m = ev.data;
        if (m.type === "size") resolve(m.size);
        else if (m.type === "chunk") queue.push(m.bytes);
        else if (m.type === "done") done = true;
        else {
          failed = true;
          reject(new Error("encryption failed"));
        }
        wake?.();
      };
      worker.onerror = (ev) => {
        ev.preventDefault();
        failed = true;
        reject(new Error("encryption worker failed"));
        wake?.();
      };
      tell({ type: "start", file, recipient });
    });
    return {
      size,
      start: (chunkSize) => tell({ type: "chunks", chunkSize, ahead: AHEAD }),
      async next() {
        for (;;) {
          const bytes = queue.shift();
          if (bytes) {
            tell({ type: "more" });
            return bytes;
          }
          if (failed) throw new Error("encryption failed");
          if (done) return null;
          await new Promise<void>((r) => (wake = r));
          wake = null;
        }
      },
      close: () => worker.terminate(),
    };
  } catch (e) {
    worker.terminate();
    throw e;
  }
}

/** The ciphertext encrypted on the page's own thread, where no worker starts. */
async function onPage(file: Blob, recipient: string): Promise<ChunkSource> {
  const encrypted = await encryptedChunks(file, recipient);
  let chunks: AsyncGenerator<Uint8Array, void, void> | null = null;
  return {
    size: encrypted.size,
    start: (chunkSize) => {
      chunks = encrypted.chunks(chunkSize);
    },
    async next() {
      const r = await chunks?.next();
      return !r || r.done ? null : r.value;
    },
    close: () => void chunks?.return(),
  };
}

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
  makeWorker: WorkerFactory = moduleWorker,
): Promise<string> {
  const source = await inWorker(file, target.caseRecipient, makeWorker).catch(() =>
    onPage(file, target.caseRecipient),
  );
  try {
    return await send(source, meta, target, onProgress);
  } finally {
    source.close();
  }
}

async function send(
  source: ChunkSource,
  meta: FileMeta,
  target: UploadTarget,
  onProgress: (stored: number, total: number) => void,
): Promise<string> {
  const { size } = source;
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
          body: new Blob([bytes as BlobPart]),
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
    source.start(chunkSize);
    // Two chunks on the wire: the server reads the next while it stores the one before
    // (server/evidence/attachments.ts, UPLOAD_WINDOW), and stores them in order. The first goes
    // alone: the server checks its header before it takes any other.
    const sending: Promise<void>[] = [];
    let index = 0;
    for (let bytes = await source.next(); bytes; bytes = await source.next()) {
      if (sending.length >= (index <= 1 ? 1 : IN_FLIGHT)) await sending.shift();
      const sent = sendChunk(index++, bytes);
      sent.catch(() => undefined);
      sending.push(sent);
    }
    for (const sent of sending) await sent;
    if (index * chunkSize < size) throw new Error("ciphertext size mismatch");
    await call(target, "POST", `${base}/complete`, { headers: { "Content-Type": "application/json" } });
    return id;
  } catch (e) {
    await call(target, "DELETE", base).catch(() => undefined);
    throw e;
  }
}
