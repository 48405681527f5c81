/**
 * Proof of work for the reporting person's writes (crypto/SPEC.md, "Proof of work"): fetch a
 * challenge, solve it in a Web Worker so the page stays responsive, and send it in X-OC-PoW. Where no
 * Worker can start, the page solves it itself in slices between frames.
 */
import { solvePowSlice } from "../../../crypto/pow";

export type PowScope = "report" | "inbox" | "message";

interface Challenge {
  challenge: string;
  salt: string;
  bits: number;
}

function inWorker(salt: string, bits: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./pow-worker.ts", import.meta.url), { type: "module" });
    worker.onmessage = (ev: MessageEvent<{ n: number }>) => {
      worker.terminate();
      resolve(ev.data.n);
    };
    worker.onerror = (ev) => {
      ev.preventDefault();
      worker.terminate();
      reject(new Error("pow worker failed"));
    };
    worker.postMessage({ salt, bits });
  });
}

async function onPage(salt: string, bits: number): Promise<number> {
  for (let from = 0; ; from += 1 << 12) {
    const n = solvePowSlice(salt, bits, from, 1 << 12);
    if (n !== null) return n;
    await new Promise((r) => setTimeout(r, 0));
  }
}

/** The X-OC-PoW header value for one request of `scope`. */
export async function solvePow(scope: PowScope): Promise<string> {
  const res = await fetch(`/api/pow?scope=${scope}`, {
    credentials: "omit",
    cache: "no-store",
    referrerPolicy: "no-referrer",
    redirect: "error",
  });
  if (!res.ok) throw new Error(`pow challenge: ${res.status}`);
  const c = (await res.json()) as Challenge;
  if (typeof c.salt !== "string" || !Number.isInteger(c.bits) || c.bits < 0 || c.bits > 32)
    throw new Error("pow challenge malformed");
  let n: number;
  try {
    n = await inWorker(c.salt, c.bits);
  } catch {
    n = await onPage(c.salt, c.bits);
  }
  return `${c.challenge}.${n}`;
}
