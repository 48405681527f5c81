/**
 * The reporting person's side: proof-of-work challenges, configuration for the form, the recipients a
 * report is encrypted to, submission, the anonymous inbox, and the public key that signs receipts
 * (Directive Art. 21(5)): anyone may fetch it to check a receipt, though the notice prints the same key,
 * which is what a reader should trust. No address, agent, token or time of day is stored:
 * reporting-person events carry the organisation's date only.
 */
import { Hono } from "hono";
import { POW_SCOPES, type Pow, type PowScope } from "../abuse/pow";
import * as kase from "../case/index";
import { receiptKeyInfo } from "../case/receipt";
import type { Env } from "../context";
import { badRequest } from "../errors";
import { anonymousWrite, inboxWrite } from "../middleware/anonymous-write";
import { rateLimit } from "../middleware/rate-limit";
import { caseContext } from "../middleware/request-context";
import { doc } from "../openapi";
import { InboxLogin, InboxMessage, Submission } from "../shapes/reporting";
import { json } from "../validate";

/** Hands out proof-of-work challenges for the anonymous write routes (server/abuse/pow.ts). */
export function powRoutes(powOf: () => Promise<Pow>) {
  return new Hono<Env>().get(
    "/pow",
    doc(
      "A proof-of-work challenge for ?scope=report|inbox|message; send it solved in X-OC-PoW (crypto/SPEC.md)",
    ),
    async (c) => {
      const scope = c.req.query("scope");
      if (!POW_SCOPES.includes(scope as PowScope))
        throw badRequest("invalid", "Ask for scope=report, inbox or message.");
      const pow = await powOf();
      return c.json(pow.issue(scope as PowScope, c.var.deps.clock().getTime()));
    },
  );
}

export function reportingRoutes() {
  return new Hono<Env>()
    .get(
      "/config",
      doc("Organisation, routing channels, categories and relationship values for the report form"),
      async (c) => c.json(await kase.reportFormConfig(caseContext(c))),
    )
    .get(
      "/channels/:channelId/recipients",
      doc("Public keys of the handlers and custodians a report to this channel is encrypted to"),
      async (c) => c.json(await kase.reportRecipients(caseContext(c), c.req.param("channelId"))),
    )
    .post(
      "/reports",
      doc("Submit an encrypted report"),
      anonymousWrite("report", rateLimit("reports", 60, 60 * 60_000)),
      json(Submission),
      async (c) => c.json(await kase.submitReport(caseContext(c), c.req.valid("json")), 201),
    )
    .post(
      "/inbox",
      doc("Open the reporting person's inbox with the token-derived login key"),
      anonymousWrite("inbox", rateLimit("inbox", 30, 60_000), rateLimit("inbox-msg", 30, 60_000)),
      json(InboxLogin),
      async (c) => c.json(await kase.openInbox(caseContext(c), c.req.valid("json"))),
    )
    .post(
      "/inbox/messages",
      doc("Send an encrypted message from the reporting person"),
      inboxWrite(),
      json(InboxMessage),
      async (c) => c.json(await kase.addReporterMessage(caseContext(c), c.req.valid("json")), 201),
    )
    .post(
      "/inbox/further-feedback",
      doc(
        "The reporting person asks for further feedback every 3 months until the case is closed (Ireland, Protected Disclosures Act 2014 s.6A(1)); 409 further_feedback_not_provided under any other law",
      ),
      inboxWrite(),
      json(InboxMessage),
      async (c) => c.json(await kase.requestFurtherFeedback(caseContext(c), c.req.valid("json")), 201),
    )
    .get(
      "/receipt-key",
      doc("The public key that signs reporting persons' receipts (Art. 21(5)), and its fingerprint"),
      async (c) => c.json(await receiptKeyInfo(c.var.deps.database)),
    );
}
