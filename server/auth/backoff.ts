/**
 * Staff sign-in back-off, in memory only. Failures count per handle AND client address prefix, so a
 * stranger on another network can slow down only their own guesses, never lock the person out. After
 * `FREE_FAILURES`, each further failure doubles the wait, up to `MAX_WAIT_MS`.
 */
import { AppError } from "../errors";

export const FREE_FAILURES = 4;
const FIRST_WAIT_MS = 60_000;
export const MAX_WAIT_MS = 60 * 60_000;

export interface Backoff {
  /** Throws 429 while `key` must wait. */
  check(key: string, now: number): void;
  /** Counts one failure for `key`. */
  fail(key: string, now: number): void;
  /** Forgets `key` after a success. */
  reset(key: string): void;
}

/** The wait after `failures` failures: none for the first few, then 1 min, 2 min, 4 min, ... 1 h. */
export function waitAfter(failures: number): number {
  if (failures <= FREE_FAILURES) return 0;
  return Math.min(MAX_WAIT_MS, FIRST_WAIT_MS * 2 ** (failures - FREE_FAILURES - 1));
}

export function exponentialBackoff(): Backoff {
  const state = new Map<string, { failures: number; last: number }>();
  return {
    check(key, now) {
      const s = state.get(key);
      if (s && now < s.last + waitAfter(s.failures)) {
        throw new AppError(
          429,
          "rate_limited",
          "Too many failed attempts. Wait a few minutes and try again.",
        );
      }
    },
    fail(key, now) {
      if (state.size > 50_000) for (const [k, v] of state) if (now - v.last > MAX_WAIT_MS) state.delete(k);
      const s = state.get(key);
      state.set(key, { failures: (s && now - s.last <= MAX_WAIT_MS ? s.failures : 0) + 1, last: now });
    },
    reset(key) {
      state.delete(key);
    },
  };
}
