/**
 * Internal notes, assignment and persons concerned (server/case/notes.ts, persons-concerned.ts):
 * handlers only, and only on cases they hold. Notes, the notes key, who a person concerned is, why
 * informing them is deferred and the details of a disclosure arrive encrypted (to the notes key); the
 * server checks their form, never their content, and refuses plaintext (400 `not_ciphertext`).
 */
import { Hono } from "hono";
import * as kase from "../case/index";
import type { Env } from "../context";
import { actor, caseContext } from "../middleware/request-context";
import { requireRole, requireSession } from "../middleware/session";
import { doc } from "../openapi";
import { Assignee, Note, NotesKey, Share } from "../shapes/notes";
import { Day, Decision, Deferral, Disclosure, Person } from "../shapes/persons-concerned";
import { json } from "../validate";
import { onCase, onCaseItem, onCaseWith } from "./verb";

export function noteRoutes() {
  return (
    new Hono<Env>()
      .use("*", requireSession(), requireRole("handler", "custodian"))
      .get(
        "/:id/notes",
        doc("Internal notes (ciphertexts), the caller's notes key and holders without one"),
        onCase(kase.caseNotes),
      )
      /** The first note's author makes the notes key; 409 `notes_key_exists` if someone was first. */
      .put(
        "/:id/notes-key",
        doc("Make the case's notes key: its recipient and a wrapped copy per holder"),
        ...onCaseWith(json(NotesKey), kase.createNotesKey, 201),
      )
      .post(
        "/:id/notes-key/copies",
        doc("Wrapped copies of the notes key for holders who lack one"),
        ...onCaseWith(json(Share), kase.shareNotesKey, 201),
      )
      .post(
        "/:id/notes",
        doc("Add an internal note, encrypted to the notes key"),
        ...onCaseWith(json(Note), kase.addNote, 201),
      )
      .put(
        "/:id/assignee",
        doc("Who is on the case: a holder, or null"),
        ...onCaseWith(json(Assignee), kase.assignCase),
      )
      .get(
        "/:id/persons-concerned",
        doc(
          "Persons concerned (Art. 22): their encrypted records, days informed or deferred and heard, disclosures",
        ),
        onCase(kase.personsConcerned),
      )
      .post(
        "/:id/persons-concerned",
        doc("Record a person concerned, encrypted to the notes key in the browser"),
        ...onCaseWith(json(Person), kase.addPersonConcerned, 201),
      )
      .post(
        "/:id/persons-concerned/:pid/informed",
        doc("The person concerned was informed on a day (GDPR Art. 14)"),
        ...onCaseItem("pid", json(Day), kase.recordInformed),
      )
      .post(
        "/:id/persons-concerned/:pid/deferral",
        doc(
          "Informing the person concerned is deferred, for an encrypted reason (GDPR Art. 14(5)(b), Art. 23)",
        ),
        ...onCaseItem("pid", json(Deferral), kase.deferInforming),
      )
      .post(
        "/:id/persons-concerned/:pid/heard",
        doc("The person concerned was heard on a day (Art. 22(1))"),
        ...onCaseItem("pid", json(Day), kase.recordHeard),
      )
      .post(
        "/:id/persons-concerned/:pid/disclosures",
        doc(
          "Ask to disclose a person concerned's identity beyond the team, with its encrypted legal basis and recipient",
        ),
        ...onCaseItem("pid", json(Disclosure), kase.requestConcernedDisclosure, 201),
      )
      .post(
        "/:id/persons-concerned/:pid/disclosures/:did/decision",
        doc("A second person approves or refuses a disclosure of a person concerned's identity"),
        json(Decision),
        async (c) => {
          const { id, pid, did } = c.req.param();
          return c.json(
            await kase.decideConcernedDisclosure(caseContext(c), actor(c), id, pid, did, c.req.valid("json")),
          );
        },
      )
      .post(
        "/:id/persons-concerned/:pid/disclosures/:did/made",
        doc(
          "The requester records that the approved disclosure was made (403 approval_required while pending)",
        ),
        async (c) => {
          const { id, pid, did } = c.req.param();
          return c.json(await kase.recordConcernedDisclosure(caseContext(c), actor(c), id, pid, did));
        },
      )
  );
}
