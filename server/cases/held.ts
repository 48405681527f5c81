/** The one access rule of the case routes: a case exists for a person only if a case key is wrapped to them. */
import type { Context } from "hono";
import { caseById, keysOf } from "../../db/queries/cases";
import type { Env } from "../context";
import { notFound } from "../errors";

/** The case named by the `:id` route parameter and the caller's wrapped keys; 404 (never 403) otherwise. */
export async function heldCase(c: Context<Env>) {
  const { database } = c.var.deps;
  const id = c.req.param("id") ?? "";
  const keys = await keysOf(database, id, c.var.person.id);
  const found = keys.caseKey ? await caseById(database, id) : undefined;
  if (!found || !keys.caseKey) throw notFound("No such case.");
  return { found, keys };
}
