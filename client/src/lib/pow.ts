/**
 * Proof of work for the reporting person's writes (crypto/SPEC.md, "Proof of work"): fetch a
 * challenge, solve it in a Web Worker so the page stays responsive, and send it in X-OC-PoW. Where no
 * Worker can start, the page solves it itself in slices between frames.
 *
 * `warmPow` starts that as soon as the form is in use, so the challenge is solved while the person
 * writes and sending rarely waits. A challenge lasts an hour; one about to expire is replaced in the
 * background, and one the server refuses (expired, or the difficulty rose) is solved afresh once (api.ts).
 */
import { solvePowSlice } from "../../../crypto/pow";

export type PowScope = "report" | "inbox" | "message";

interface Challenge {
  challenge: string;
  salt: string;
  bits: number;
  validFor?: number;
}

interface Solved {
  header: string;
  /** performance.now() after which the challenge is too close to expiry to send. */
  usableUntil: number;
}

/** Stop using a solved challenge this long before the server's expiry (the request takes time too). */
const MARGIN_MS = 2 * 60_000;
const ready = new Map<PowScope, Promise<Solved>>();

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

async function solveFresh(scope: PowScope): Promise<Solved> {
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
  const fetched = performance.now();
  let n: number;
  try {
    n = await inWorker(c.salt, c.bits);
  } catch {
    n = await onPage(c.salt, c.bits);
  }
  const validMs = (typeof c.validFor === "number" && c.validFor > 0 ? c.validFor : 600) * 1000;
  return { header: `${c.challenge}.${n}`, usableUntil: fetched + validMs - MARGIN_MS };
}

/**
 * Starts solving a challenge for `scope` in the background, once: call it whenever the form is used.
 * A solved one that nobody used before it expires is replaced by a fresh one.
 */
export function warmPow(scope: PowScope): void {
  if (ready.has(scope)) return;
  const job = solveFresh(scope);
  ready.set(scope, job);
  job.then(
    (s) => {
      setTimeout(
        () => {
          if (ready.get(scope) !== job) return;
          ready.delete(scope);
          warmPow(scope);
        },
        Math.max(0, s.usableUntil - performance.now()),
      );
    },
    () => {
      if (ready.get(scope) === job) ready.delete(scope);
    },
  );
}

/**
 * The X-OC-PoW header value for one request of `scope`: the one solved in the background if it is
 * still good, otherwise a fresh one. `fresh` skips the background one (the server refused it).
 */
export async function solvePow(scope: PowScope, fresh = false): Promise<string> {
  const job = ready.get(scope);
  ready.delete(scope);
  if (job && !fresh) {
    try {
      const s = await job;
      if (performance.now() < s.usableUntil) return s.header;
    } catch {
      // The background attempt failed (offline for a moment, say): solve now.
    }
  }
  return (await solveFresh(scope)).header;
}
