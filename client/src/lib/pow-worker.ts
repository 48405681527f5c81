/**
 * The proof-of-work solver, in its own Web Worker (and its own chunk, loaded only when a report, inbox
 * sign-in or message is sent): counts up until the hash has enough leading zero bits (crypto/pow.ts).
 */
import { solvePowSlice } from "../../../crypto/pow";

self.onmessage = (ev: MessageEvent<{ salt: string; bits: number }>) => {
  const { salt, bits } = ev.data;
  for (let from = 0; ; from += 1 << 14) {
    const n = solvePowSlice(salt, bits, from, 1 << 14);
    if (n !== null) {
      self.postMessage({ n });
      return;
    }
  }
};
