/**
 * The in-page half of bench/evidence-upload.ts, bundled by esbuild and injected into the report page:
 * the same streaming encryption and chunked upload as the evidence module, timed on synthetic files.
 */

import { uploadFile } from "../client/src/evidence/upload";
import { encryptStream } from "../crypto/index";

/** A Blob of `size` bytes made of one random MiB repeated: the browser keeps it as references. */
function syntheticFile(size: number): Blob {
  const mib = crypto.getRandomValues(new Uint8Array(65536));
  const block = new Blob(Array.from({ length: 16 }, () => mib));
  const parts: Blob[] = [];
  for (let left = size; left > 0; left -= 1 << 20) parts.push(left >= 1 << 20 ? block : block.slice(0, left));
  return new Blob(parts);
}

async function rawEncrypt(size: number, recipient: string): Promise<number> {
  const file = syntheticFile(size);
  const t0 = performance.now();
  const { stream } = await encryptStream([recipient], file.stream(), size);
  const reader = stream.getReader();
  for (;;) if ((await reader.read()).done) break;
  return performance.now() - t0;
}

/** The encryption worker, bundled apart by bench/evidence-upload.ts and started from a Blob URL. */
function benchWorker(): Worker {
  const code = (globalThis as unknown as { evidenceWorkerCode: string }).evidenceWorkerCode;
  return new Worker(URL.createObjectURL(new Blob([code], { type: "text/javascript" })));
}

async function upload(size: number, target: { loginKey: string; caseRecipient: string }): Promise<number> {
  const file = syntheticFile(size);
  const t0 = performance.now();
  await uploadFile(
    file,
    { v: 1, name: "bench.bin", type: "application/octet-stream", size },
    target,
    () => {},
    benchWorker,
  );
  return performance.now() - t0;
}

(globalThis as unknown as { evidenceBench: unknown }).evidenceBench = { rawEncrypt, upload };
