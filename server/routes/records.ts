/**
 * Meetings and records of oral reports (server/case/records.ts): the handlers' routes under
 * /api/cases/:id, the reporting person's under /api/inbox (found by the inbox login key, as every
 * inbox route is). Every text is an age ciphertext to the case.
 */
import { Hono } from "hono";
import * as kase from "../case/index";
import type { Env } from "../context";
import { inboxWrite } from "../middleware/anonymous-write";
import { caseContext } from "../middleware/request-context";
import { requireRole, requireSession } from "../middleware/session";
import { doc } from "../openapi";
import { InboxMeeting, InboxRecordAnswer, Meeting, NewRecord, Revision } from "../shapes/records";
import { json } from "../validate";
import { onCaseItem, onCaseWith } from "./verb";

/** The handlers' routes, mounted at /api/cases. */
export function caseRecordRoutes() {
  return new Hono<Env>()
    .use("*", requireSession(), requireRole("handler", "custodian"))
    .post(
      "/:id/records",
      doc(
        "Propose minutes or a transcript (Art. 18): the first version, encrypted, under an id made in the browser",
      ),
      ...onCaseWith(json(NewRecord), kase.proposeRecord, 201),
    )
    .post(
      "/:id/records/:recordId/versions",
      doc("A corrected version of a record that is not yet agreed"),
      ...onCaseItem("recordId", json(Revision), kase.reviseRecord, 201),
    )
    .post(
      "/:id/meeting",
      doc("Propose a time and place for a meeting (Art. 9(2)), encrypted"),
      ...onCaseWith(json(Meeting), kase.proposeMeeting, 201),
    );
}

/** The reporting person's routes, mounted at /api/inbox. */
export function inboxRecordRoutes() {
  return new Hono<Env>()
    .post(
      "/meeting",
      doc("The reporting person asks for a meeting (Art. 9(2))"),
      inboxWrite(),
      json(InboxMeeting),
      async (c) => c.json(await kase.requestMeeting(caseContext(c), c.req.valid("json")), 201),
    )
    .post(
      "/records/:recordId/corrections",
      doc("The reporting person proposes corrections to the version they read (Art. 18)"),
      inboxWrite(),
      json(InboxRecordAnswer),
      async (c) =>
        c.json(await kase.correctRecord(caseContext(c), c.req.param("recordId"), c.req.valid("json")), 201),
    )
    .post(
      "/records/:recordId/agreement",
      doc("The reporting person agrees to the version they read (Art. 18)"),
      inboxWrite(),
      json(InboxRecordAnswer),
      async (c) =>
        c.json(await kase.agreeRecord(caseContext(c), c.req.param("recordId"), c.req.valid("json")), 201),
    );
}
