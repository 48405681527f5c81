/** Request bodies of server/routes/notes.ts: notes and copies of the notes key arrive encrypted. */
import * as v from "valibot";
import { CONTENT, id, recipient, sealed, WRAPPED_KEY } from "../validate";

const Copies = v.pipe(
  v.array(v.strictObject({ personId: id, wrapped: sealed(12 << 10, WRAPPED_KEY) })),
  v.minLength(1),
  v.maxLength(200),
);

export const NotesKey = v.strictObject({ recipient, keys: Copies });
export const Share = v.strictObject({ keys: Copies });
export const Note = v.strictObject({ note: sealed(96 << 10, CONTENT) });
export const Assignee = v.strictObject({ personId: v.nullable(id) });
