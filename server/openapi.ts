/**
 * The OpenAPI 3.1 document at /api/openapi.json, generated from the app itself: every route the app
 * serves, with the valibot schemas its validator middleware checks (as JSON Schema), its summary from
 * `doc()`, and whether a session guards it. There is no route list to keep in step by hand.
 */
import { toJsonSchema } from "@valibot/to-json-schema";
import type { MiddlewareHandler } from "hono";
import type * as v from "valibot";

/** What a middleware tells the document about the routes it guards or validates. */
export interface RouteMeta {
  summary?: string;
  json?: v.GenericSchema;
  query?: v.GenericSchema;
  session?: true;
}

const META = Symbol.for("open-channel.openapi");

/** Marks `fn` (a middleware) with what the document should say about its routes. */
export function withMeta<F extends object>(fn: F, meta: RouteMeta): F {
  Object.defineProperty(fn, META, { value: meta });
  return fn;
}

function metaOf(fn: unknown): RouteMeta | undefined {
  return typeof fn === "function" ? (fn as { [META]?: RouteMeta })[META] : undefined;
}

/** A route's one-line summary in the document; does nothing to the request. */
// biome-ignore lint/suspicious/noExplicitAny: any environment; the middleware only passes the request on
export function doc(summary: string): MiddlewareHandler<any> {
  return withMeta(
    async function documented(_c, next) {
      await next();
    },
    { summary },
  );
}

/** One entry of Hono's `app.routes`: each handler and middleware of a registration is one. */
export interface ServedRoute {
  method: string;
  path: string;
  handler: unknown;
}

const errorSchema = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: { code: { type: "string" }, message: { type: "string" } },
    },
  },
};

/** The JSON Schema of a valibot schema; checks JSON Schema cannot say (ciphertexts, transforms) are left out. */
function jsonSchema(schema: v.GenericSchema): Record<string, unknown> {
  const { $schema: _, ...rest } = toJsonSchema(schema, { errorMode: "ignore" }) as Record<string, unknown>;
  return rest;
}

/** True when a `use()` path (exact, or ending in `/*`) covers `path`. */
function covers(pattern: string, path: string): boolean {
  if (!pattern.endsWith("/*")) return pattern === path;
  const prefix = pattern.slice(0, -2);
  return path === prefix || path.startsWith(`${prefix}/`);
}

/** The routes a client can call, "method path" in OpenAPI's spelling, from `app.routes`. */
export function servedOperations(routes: readonly ServedRoute[]): string[] {
  const ops = new Set<string>();
  for (const r of routes) {
    if (r.method === "ALL" || r.path.includes("*")) continue;
    ops.add(`${r.method.toLowerCase()} ${openApiPath(r.path)}`);
  }
  return [...ops];
}

const openApiPath = (path: string) => path.replace(/:(\w+)/g, "{$1}");

/** The document for the routes of an app (`app.routes`), walked when it is asked for. */
export function openApiDocument(routes: readonly ServedRoute[]) {
  const guards = routes.filter((r) => r.method === "ALL" && metaOf(r.handler)?.session);
  const operations = new Map<string, { method: string; path: string; meta: RouteMeta }>();
  for (const r of routes) {
    if (r.method === "ALL" || r.path.includes("*")) continue;
    const key = `${r.method} ${r.path}`;
    const op = operations.get(key) ?? { method: r.method.toLowerCase(), path: r.path, meta: {} };
    Object.assign(op.meta, metaOf(r.handler));
    operations.set(key, op);
  }
  const paths: Record<string, Record<string, unknown>> = {};
  for (const { method, path, meta } of operations.values()) {
    const session = meta.session || guards.some((g) => covers(g.path, path));
    const params: Record<string, unknown>[] = [...path.matchAll(/:(\w+)/g)].map((m) => ({
      name: m[1],
      in: "path",
      required: true,
      schema: { type: "string" },
    }));
    if (meta.query) {
      const q = jsonSchema(meta.query) as { properties?: Record<string, unknown>; required?: string[] };
      for (const [name, schema] of Object.entries(q.properties ?? {}))
        params.push({ name, in: "query", required: q.required?.includes(name) ?? false, schema });
    }
    const segment = path.split("/").filter(Boolean);
    const tag = (segment[0] === "api" ? segment[1] : segment[0])?.replace(/\.\w+$/, "") ?? "meta";
    paths[openApiPath(path)] ??= {};
    paths[openApiPath(path)]![method] = {
      ...(meta.summary ? { summary: meta.summary } : {}),
      tags: [tag],
      ...(params.length ? { parameters: params } : {}),
      ...(session ? { security: [{ session: [] }] } : {}),
      ...(meta.json
        ? {
            requestBody: {
              required: true,
              content: { "application/json": { schema: jsonSchema(meta.json) } },
            },
          }
        : {}),
      responses: {
        "200": { description: "OK" },
        "4XX": { description: "Client error", content: { "application/json": { schema: errorSchema } } },
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Whistleblower channel API",
      version: "1",
      description: "See docs/API.md. Ciphertexts are base64 binary age v1 files.",
    },
    components: {
      securitySchemes: { session: { type: "apiKey", in: "cookie", name: "oc_session" } },
    },
    paths,
  };
}
