/**
 * Internal notes and assignment (server/case/notes.ts): handlers only, and only on cases they hold.
 * Notes and the notes key arrive encrypted; the server checks their form, never their content.
 */
import { Hono } from "hono";
import { addNote, assignCase, caseNotes, createNotesKey, shareNotesKey } from "../case/index";
import type { Env } from "../context";
import { requireRole, requireSession } from "../middleware/session";
import { doc } from "../openapi";
import { Assignee, Note, NotesKey, Share } from "../shapes/notes";
import { json } from "../validate";
import { onCase, onCaseWith } from "./verb";

export function noteRoutes() {
  return (
    new Hono<Env>()
      .use("*", requireSession(), requireRole("handler", "custodian"))
      .get(
        "/:id/notes",
        doc("Internal notes (ciphertexts), the caller's notes key and holders without one"),
        onCase(caseNotes),
      )
      /** The first note's author makes the notes key; 409 `notes_key_exists` if someone was first. */
      .put(
        "/:id/notes-key",
        doc("Make the case's notes key: its recipient and a wrapped copy per holder"),
        ...onCaseWith(json(NotesKey), createNotesKey, 201),
      )
      .post(
        "/:id/notes-key/copies",
        doc("Wrapped copies of the notes key for holders who lack one"),
        ...onCaseWith(json(Share), shareNotesKey, 201),
      )
      .post(
        "/:id/notes",
        doc("Add an internal note, encrypted to the notes key"),
        ...onCaseWith(json(Note), addNote, 201),
      )
      .put(
        "/:id/assignee",
        doc("Who is on the case: a holder, or null"),
        ...onCaseWith(json(Assignee), assignCase),
      )
  );
}
