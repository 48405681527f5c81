/**
 * Rate limits in memory only, never persisted. Keys are an HMAC of the client's address prefix
 * (IPv4 /24, IPv6 /48) under a secret made at start, so not even memory holds an address.
 */
import { hmac } from "@noble/hashes/hmac.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import type { Context, MiddlewareHandler } from "hono";
import type { Env } from "../context";
import { AppError } from "../errors";

/** Reduces an address to the prefix that is rate-limited together. */
export function addressPrefix(address: string): string {
  if (address.includes(".") && !address.includes(":")) return address.split(".").slice(0, 3).join(".");
  const v4 = address.match(/::ffff:(\d+\.\d+\.\d+)\.\d+$/i);
  if (v4?.[1]) return v4[1];
  return address.toLowerCase().split(":").slice(0, 3).join(":");
}

export interface Limiter {
  /** Counts one hit for `key`; returns false when over the limit. */
  hit(key: string, now: number): boolean;
  /** True when `key` is over the limit, without counting. */
  blocked(key: string, now: number): boolean;
  reset(key: string): void;
}

/** A fixed-window counter: at most `max` hits per `windowMs`. */
export function fixedWindow(max: number, windowMs: number): Limiter {
  const hits = new Map<string, { start: number; count: number }>();
  const current = (key: string, now: number) => {
    const h = hits.get(key);
    if (!h || now - h.start >= windowMs) return undefined;
    return h;
  };
  return {
    hit(key, now) {
      if (hits.size > 50_000) for (const [k, v] of hits) if (now - v.start >= windowMs) hits.delete(k);
      const h = current(key, now) ?? { start: now, count: 0 };
      h.count += 1;
      hits.set(key, h);
      return h.count <= max;
    },
    blocked(key, now) {
      return (current(key, now)?.count ?? 0) >= max;
    },
    reset(key) {
      hits.delete(key);
    },
  };
}

export type AddressOf = (c: Context) => string | undefined;

/**
 * The client address a trusted reverse proxy appended to X-Forwarded-For (its last entry; earlier ones
 * are whatever the client claimed). Only for TRUST_PROXY, and only as input to the limits' HMAC.
 */
export function forwardedAddress(c: Context): string | undefined {
  const last = c.req.header("x-forwarded-for")?.split(",").at(-1)?.trim();
  return last && /^[0-9a-f.:]{2,45}$/i.test(last) ? last : undefined;
}

/** Keys a request by HMAC(secret, address prefix); "unknown" when no address is known. */
export function requestKeyer(secret: Uint8Array, addressOf: AddressOf) {
  return (c: Context, scope: string): string => {
    const address = addressOf(c);
    if (!address) return `${scope}:${UNKNOWN}`;
    return `${scope}:${bytesToHex(hmac(sha256, secret, utf8ToBytes(addressPrefix(address)))).slice(0, 32)}`;
  };
}

/** The key suffix of a request whose address is not known: everyone would share that bucket. */
export const UNKNOWN = "unknown";

/**
 * Middleware counting every request of a scope, attached on each route it limits (routes naming the
 * same scope share one count per app); answers 429 past the limit. Address limits are the
 * second line (proof of work is the first) and apply only where the client's address is known: one
 * shared bucket for everyone would let one sender shut everybody out.
 */
export function rateLimit(scope: string, max: number, windowMs: number): MiddlewareHandler<Env> {
  return async function rateLimitMiddleware(c, next) {
    const { limits } = c.var;
    let limiter = limits.get(scope);
    if (!limiter) {
      limiter = fixedWindow(max, windowMs);
      limits.set(scope, limiter);
    }
    const key = c.var.clientKey(scope);
    if (!key.endsWith(`:${UNKNOWN}`) && !limiter.hit(key, c.var.deps.clock().getTime())) {
      throw new AppError(429, "rate_limited", "Too many attempts. Wait a few minutes and try again.");
    }
    await next();
  };
}
