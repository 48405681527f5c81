/**
 * Internal notes and assignment (server/case/notes.ts): handlers only, and only on cases they hold.
 * Notes and the notes key arrive encrypted; the server checks their form, never their content.
 */
import { Hono } from "hono";
import { addNote, assignCase, caseNotes, createNotesKey, shareNotesKey } from "../case/index";
import type { Env } from "../context";
import { actor, caseContext } from "../middleware/request-context";
import { requireRole, requireSession } from "../middleware/session";
import { doc } from "../openapi";
import { Assignee, Note, NotesKey, Share } from "../shapes/notes";
import { json } from "../validate";

export function noteRoutes() {
  return (
    new Hono<Env>()
      .use("*", requireSession(), requireRole("handler", "custodian"))
      /** The notes (ciphertexts), this person's copy of the notes key, and holders still without one. */
      .get(
        "/:id/notes",
        doc("Internal notes (ciphertexts), the caller's notes key and holders without one"),
        async (c) => c.json(await caseNotes(caseContext(c), actor(c), c.req.param("id"))),
      )
      /** The first note's author makes the notes key; 409 `notes_key_exists` if someone was first. */
      .put(
        "/:id/notes-key",
        doc("Make the case's notes key: its recipient and a wrapped copy per holder"),
        json(NotesKey),
        async (c) =>
          c.json(await createNotesKey(caseContext(c), actor(c), c.req.param("id"), c.req.valid("json")), 201),
      )
      /** Copies of the notes key for holders of the case who have none yet. */
      .post(
        "/:id/notes-key/copies",
        doc("Wrapped copies of the notes key for holders who lack one"),
        json(Share),
        async (c) =>
          c.json(await shareNotesKey(caseContext(c), actor(c), c.req.param("id"), c.req.valid("json")), 201),
      )
      .post("/:id/notes", doc("Add an internal note, encrypted to the notes key"), json(Note), async (c) =>
        c.json(await addNote(caseContext(c), actor(c), c.req.param("id"), c.req.valid("json")), 201),
      )
      /** Who is on the case: a holder's id, or null for nobody. */
      .put("/:id/assignee", doc("Who is on the case: a holder, or null"), json(Assignee), async (c) =>
        c.json(await assignCase(caseContext(c), actor(c), c.req.param("id"), c.req.valid("json"))),
      )
  );
}
