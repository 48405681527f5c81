/**
 * The first enrolment link where no console shows it (Workers): POST /api/setup/enrolment with
 * `Authorization: Bearer <setup secret>` mints the one-time link for the first person (admin, handler
 * and custodian), and only while nobody is enrolled. Once someone has enrolled the route is dead for
 * good: that person invites everyone else. Without a configured secret the route answers 404.
 */
import { sha256 } from "@noble/hashes/sha2.js";
import { utf8ToBytes } from "@noble/hashes/utils.js";
import { Hono } from "hono";
import { constantTimeEqual } from "../../crypto/index";
import { setupEnrolmentLink } from "../bootstrap";
import type { Env } from "../context";
import { AppError, notFound, unauthorized } from "../errors";
import { fixedWindow } from "../middleware/rate-limit";
import { doc } from "../openapi";

/** Shorter secrets switch the route off: a bearer secret must not be guessable. */
export const MIN_SETUP_SECRET_LENGTH = 32;

/** Routes for first setup; `secret` is the operator's setup secret (ENROL_SECRET on Workers), if any. */
export function setupRoutes(opts: { secret?: string }) {
  const expected =
    opts.secret && opts.secret.length >= MIN_SETUP_SECRET_LENGTH
      ? sha256(utf8ToBytes(opts.secret))
      : undefined;
  const limiter = fixedWindow(10, 15 * 60_000);
  return new Hono<Env>().post(
    "/setup/enrolment",
    doc(
      "Mint the first one-time enrolment link with the operator's setup secret (Bearer), only while nobody is enrolled",
    ),
    async (c) => {
      if (!expected) throw notFound();
      const { database, clock, defaults, publicUrl } = c.var.deps;
      const now = clock();
      if (!limiter.hit(c.var.clientKey("setup"), now.getTime())) {
        throw new AppError(429, "rate_limited", "Too many attempts. Wait a few minutes and try again.");
      }
      const given = c.req.header("authorization")?.match(/^Bearer +(\S+)$/)?.[1];
      // Hashing both sides first makes the comparison constant-time whatever the lengths.
      if (!given || !constantTimeEqual(sha256(utf8ToBytes(given)), expected))
        throw unauthorized("The setup secret is not right.");
      const base = (publicUrl ?? new URL(c.req.url).origin).replace(/\/$/, "");
      return c.json(await setupEnrolmentLink(database, defaults, now, base), 201);
    },
  );
}
