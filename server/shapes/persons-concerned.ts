/**
 * Request bodies of the persons-concerned routes (server/routes/notes.ts). Who a person concerned is,
 * why informing them is deferred and a disclosure's details are ciphertexts to the notes key; the server
 * checks their form only.
 */
import * as v from "valibot";
import { CONTENT, id, STAFF_TEXT_MAX, sealed } from "../validate";

const text = sealed(STAFF_TEXT_MAX, CONTENT);

export const Person = v.strictObject({ id, record: sealed(16 << 10, CONTENT) });
export const Day = v.strictObject({ on: v.pipe(v.string(), v.isoDate()) });
export const Deferral = v.strictObject({ reason: text });
export const Disclosure = v.strictObject({ legalBasis: text, disclosedTo: text });
export const Decision = v.strictObject({ approve: v.boolean() });
