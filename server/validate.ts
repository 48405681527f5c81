/**
 * Edge validation: JSON bodies through valibot schemas, and every ciphertext through the envelope
 * check of crypto/, so that nothing but well-formed age files with the expected recipients is stored.
 */
import type { Context, MiddlewareHandler } from "hono";
import * as v from "valibot";
import { CryptoError, checkEnvelope, type EnvelopePolicy, fromBase64, HYBRID_STANZA } from "../crypto/index";
import { badRequest } from "./errors";
import { withMeta } from "./openapi";

/** Parses the JSON body against `schema`; a 400 names the first offending field. */
export async function body<S extends v.GenericSchema>(c: Context, schema: S): Promise<v.InferOutput<S>> {
  const type = c.req.header("content-type") ?? "";
  if (!type.toLowerCase().startsWith("application/json")) {
    throw badRequest("bad_content_type", "Send the request as application/json.");
  }
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    throw badRequest("bad_json", "The request body is not valid JSON.");
  }
  const parsed = v.safeParse(schema, raw);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = issue?.path?.map((p) => String(p.key)).join(".") || "body";
    if (issue?.message.startsWith(NOT_CIPHERTEXT)) {
      const reason = issue.message.slice(NOT_CIPHERTEXT.length);
      throw badRequest("bad_ciphertext", `Field '${path}' is not a well-formed ciphertext: ${reason}.`);
    }
    throw badRequest("invalid", `Field '${path}' is invalid: ${issue?.message ?? "unexpected value"}.`);
  }
  return parsed.output;
}

/**
 * The validator middleware of a JSON route: the body must be JSON and match `schema`, or the request
 * ends with a 400 and changes nothing. The route reads the parsed value with `c.req.valid("json")`,
 * typed from the schema (and so is the client, through `hc<AppType>`).
 */
export function json<S extends v.GenericSchema>(
  schema: S,
): MiddlewareHandler<
  // biome-ignore lint/suspicious/noExplicitAny: any environment; the middleware reads only the request
  any,
  string,
  { in: { json: v.InferInput<S> }; out: { json: v.InferOutput<S> } }
> {
  const middleware: ReturnType<typeof json<S>> = async function jsonValidator(c, next) {
    c.req.addValidatedData("json", (await body(c, schema)) as object);
    await next();
  };
  return withMeta(middleware, { json: schema });
}

/** The validator middleware of a route's query string: `c.req.valid("query")`, typed from `schema`. */
export function query<S extends v.GenericSchema>(
  schema: S,
): MiddlewareHandler<
  // biome-ignore lint/suspicious/noExplicitAny: any environment; the middleware reads only the request
  any,
  string,
  { in: { query: v.InferInput<S> }; out: { query: v.InferOutput<S> } }
> {
  const middleware: ReturnType<typeof query<S>> = async function queryValidator(c, next) {
    const parsed = v.safeParse(schema, c.req.query());
    if (!parsed.success) {
      const issue = parsed.issues[0];
      const path = issue?.path?.map((p) => String(p.key)).join(".") || "query";
      throw badRequest("invalid", `Parameter '${path}' is invalid: ${issue?.message ?? "unexpected value"}.`);
    }
    c.req.addValidatedData("query", parsed.output as object);
    await next();
  };
  return withMeta(middleware, { query: schema });
}

/** Marks an issue of `sealed`: `body` answers it with `bad_ciphertext`. */
const NOT_CIPHERTEXT = "not-ciphertext:";

/**
 * A base64 ciphertext of at most `max` characters that passes the envelope check under `policy`: a
 * well-formed age file with the expected recipients. Plaintext never gets past the edge.
 */
export const sealed = (max: number, policy: EnvelopePolicy) =>
  v.pipe(
    b64(max),
    v.rawCheck(({ dataset, addIssue }) => {
      if (!dataset.typed) return;
      try {
        checkEnvelope(fromBase64(dataset.value), policy);
      } catch (e) {
        if (!(e instanceof CryptoError)) throw e;
        addIssue({ message: `${NOT_CIPHERTEXT}${e.message}` });
      }
    }),
  );

/** Content of a case: one hybrid stanza (the case key), padded to a bucket. */
export const CONTENT: EnvelopePolicy = {
  types: [HYBRID_STANZA],
  minStanzas: 1,
  maxStanzas: 1,
  maxBytes: 4 << 20,
};
/**
 * Free text staff write about a case (justifications, reasons, disclosure details): encrypted in the
 * browser to the case key like an entry, so the server never holds it in plaintext (issue 11).
 */
export const STAFF_TEXT_MAX = 64 << 10;

/** A wrapped key: one hybrid stanza, padded, small. */
export const WRAPPED_KEY: EnvelopePolicy = {
  types: [HYBRID_STANZA],
  minStanzas: 1,
  maxStanzas: 1,
  maxBytes: 8 << 10,
};

/** Decodes and checks one base64 ciphertext; returns it unchanged when it is well formed. */
export function ciphertext(b64: string, policy: EnvelopePolicy, field: string): string {
  try {
    checkEnvelope(fromBase64(b64), policy);
    return b64;
  } catch (e) {
    if (e instanceof CryptoError) {
      throw badRequest("bad_ciphertext", `Field '${field}' is not a well-formed ciphertext: ${e.message}.`);
    }
    throw e;
  }
}

export const b64 = (max: number) =>
  v.pipe(v.string(), v.minLength(4), v.maxLength(max), v.regex(/^[A-Za-z0-9+/]+={0,2}$/));
export const id = v.pipe(v.string(), v.regex(/^[0-9a-z]{6,40}$/));
/** The place in the signed thread a browser signed an entry for (crypto/SPEC.md "Signed thread entry"). */
export const threadSeq = v.optional(
  v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1_000_000))),
  null,
);
/** base64 of a 32-byte Ed25519 public key. */
export const signingPublicKey = v.pipe(v.string(), v.regex(/^[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=$/));
export const recipient = v.pipe(
  v.string(),
  v.startsWith("age1pq1"),
  v.maxLength(4000),
  v.regex(/^age1pq1[02-9ac-hj-np-z]+$/),
);

/** A person's sign-in name: trimmed, lowercase. */
export const handle = v.pipe(
  v.string(),
  v.trim(),
  v.toLowerCase(),
  v.regex(/^[a-z0-9._-]{2,40}$/, "use 2-40 letters, digits, dots, dashes"),
);
/** KdfParams of crypto/handler-keys.ts, within bounds a browser can bear. */
export const kdf = v.strictObject({
  version: v.literal("oc-kdf-1"),
  salt: v.pipe(b64(64), v.length(24)),
  logN: v.pipe(v.number(), v.integer(), v.minValue(10), v.maxValue(22)),
  r: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(32)),
  p: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(16)),
});
/** A 32-byte key derived in the browser, base64. */
export const authKey = v.pipe(b64(64), v.length(44));
