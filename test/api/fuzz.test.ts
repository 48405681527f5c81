/**
 * Every route of the OpenAPI document, driven with fast-check: wrong types, huge and deeply nested
 * values, unicode, missing and extra fields, wrong content types, bad cookies and CSRF headers. No
 * answer may be a 5xx, and a rejected request (4xx) must leave every table's row count as it was.
 * Prints the number of cases tried.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { enrol, type Harness, setup, signIn, submit } from "./harness";

const RUNS_PER_ROUTE = Number(process.env.FUZZ_RUNS ?? 12);

interface Operation {
  method: string;
  path: string;
  fields: string[];
}

async function operations(h: Harness): Promise<Operation[]> {
  const doc = await h.request<{ paths: Record<string, Record<string, { requestBody?: unknown }>> }>(
    "GET",
    "/api/openapi.json",
  );
  const ops: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.json.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const props = (
        op.requestBody as
          | { content?: { "application/json"?: { schema?: { properties?: Record<string, unknown> } } } }
          | undefined
      )?.content?.["application/json"]?.schema?.properties;
      ops.push({ method: method.toUpperCase(), path, fields: Object.keys(props ?? {}) });
    }
  }
  return ops;
}

/** Values of every JSON type, some huge, some deeply nested, some full of unusual unicode. */
const nasty = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.string({ unit: "binary", maxLength: 60 }),
  fc.constantFrom("", " ", "\u0000", "🙂".repeat(5000), "a".repeat(70_000), "-1", "1e309", "__proto__"),
  fc.constantFrom(null, true, -1, 0, 2 ** 53, Number.MAX_VALUE, 1.5),
  fc.integer().map((d) => {
    let v: unknown = "x";
    for (let i = 0; i < 200 + (d % 50); i++) v = [v];
    return v;
  }),
  fc.array(fc.string(), { maxLength: 300 }),
);

function bodyFor(fields: string[]) {
  return fc.oneof(
    // The documented fields with wrong or odd values, some left out, plus unknown ones.
    fc
      .record(Object.fromEntries(fields.map((f) => [f, nasty])), { requiredKeys: [] })
      .chain((known) =>
        fc
          .dictionary(fc.string({ maxLength: 12 }), nasty, { maxKeys: 3 })
          .map((extra) => ({ ...extra, ...known })),
      ),
    nasty,
  );
}

const encodings = fc.constantFrom("json", "text", "form", "none", "broken");
const ids = fc.oneof(
  fc.constantFrom("CASE", "PERSON", "abcdef123456", "..", "%2e%2e", "0"),
  fc.string({ maxLength: 50 }),
);

describe("fuzzing every route of the OpenAPI document", () => {
  it("never answers 5xx, and a rejected request changes no row count", async () => {
    const h = await setup();
    const alice = await enrol(h, h.firstCode, "alice");
    await submit(h, { whatHappened: "a case to aim at" });
    const [caseRow] = await h.database.db.query.cases.findMany();
    const ops = await operations(h);
    expect(ops.length).toBeGreaterThan(30);
    let tried = 0;
    const statuses = new Map<number, number>();

    for (const op of ops) {
      await fc.assert(
        fc.asyncProperty(
          bodyFor(op.fields),
          encodings,
          ids,
          // Mostly signed in with the CSRF header, so that the checks behind them are reached too.
          fc.constantFrom("valid", "valid", "valid", "none", "garbage"),
          fc.constantFrom(true, true, false),
          async (body, encoding, idValue, cookieKind, csrf) => {
            if ((await h.request("GET", "/api/me", undefined, alice.headers)).status === 401)
              await signIn(h, alice);
            const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
              const value =
                idValue === "CASE" ? (caseRow?.id ?? "x") : idValue === "PERSON" ? alice.personId : idValue;
              return encodeURIComponent(name === "id" || name === "personId" ? value : value);
            });
            const headers: Record<string, string> = {};
            if (cookieKind === "valid") headers.cookie = alice.cookie;
            if (cookieKind === "garbage") headers.cookie = "oc_session=%%%; oc_session=AAAA";
            if (csrf) headers["x-oc-csrf"] = "1";
            let raw: string | undefined;
            if (op.method !== "GET" && encoding !== "none") {
              const text = JSON.stringify(body) ?? "null";
              raw = encoding === "broken" ? text.slice(0, Math.max(1, text.length - 1)) : text;
              headers["content-type"] =
                encoding === "text"
                  ? "text/plain"
                  : encoding === "form"
                    ? "application/x-www-form-urlencoded"
                    : "application/json";
            }
            const before = await h.counts();
            const res = await h.request(op.method, path, raw, headers);
            tried += 1;
            statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
            expect(res.status, `${op.method} ${path} answered ${res.status}`).toBeLessThan(500);
            if (res.status >= 400)
              expect(await h.counts(), `${op.method} ${op.path} changed rows`).toEqual(before);
          },
        ),
        { numRuns: RUNS_PER_ROUTE },
      );
    }
    console.log(
      `fuzzing: ${tried} cases over ${ops.length} operations; 5xx: 0; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])))}`,
    );
  }, 600_000);
});
