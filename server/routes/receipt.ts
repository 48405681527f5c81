/**
 * The public receipt key (Directive Art. 21(5)): anyone may fetch it to check a reporting person's
 * receipt. The same key and fingerprint are printed on the notice, which is what a reader should trust.
 */
import { Hono } from "hono";
import { receiptKeyInfo } from "../case/receipt";
import type { Env } from "../context";
import { doc } from "../openapi";

export function receiptRoutes() {
  return new Hono<Env>().get(
    "/receipt-key",
    doc("The public key that signs reporting persons' receipts (Art. 21(5)), and its fingerprint"),
    async (c) => c.json(await receiptKeyInfo(c.var.deps.database)),
  );
}
