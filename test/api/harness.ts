/**
 * One harness for the API suite, on Node/SQLite and on workerd/D1 alike: the database comes from
 * `#test-db`, which each vitest project maps to its own driver. Everything else is the real app, the
 * real crypto and real ciphertexts: no part of ours is mocked.
 */
import { type SQL, sql } from "drizzle-orm";
import { openTestBlobs, openTestDatabase } from "#test-db";
import {
  deriveHandlerKeys,
  deriveReporterKeys,
  encryptJson,
  generateCaseToken,
  newCaseIdentity,
  newHandlerIdentity,
  newKdfParams,
  sealIdentity,
  toBase64,
  wrapIdentityTo,
} from "../../crypto/index";
import type { Database } from "../../db/index";
import * as schema from "../../db/schema";
import { solvePow } from "../../server/abuse/pow";
import { createApp } from "../../server/app";
import { bootstrap } from "../../server/bootstrap";
import type { AttachmentLimits } from "../../server/deps";
import type { AddressOf } from "../../server/middleware/rate-limit";

export { environment } from "#test-db";

/** A clock the test moves by hand. */
export function manualClock(start: string) {
  let now = new Date(start);
  const clock = () => new Date(now);
  clock.set = (iso: string) => {
    now = new Date(iso);
  };
  clock.advanceDays = (days: number) => {
    now = new Date(now.getTime() + days * 86_400_000);
  };
  return clock;
}

/** The anonymous write routes and the scope of the proof of work each needs (server/abuse/pow.ts). */
const POW_PATHS: Record<string, string> = {
  "/api/reports": "report",
  "/api/inbox": "inbox",
  "/api/inbox/messages": "message",
  "/api/inbox/meeting": "message",
  "/api/inbox/further-feedback": "message",
  "/api/attachments": "message",
};

/** Fetches a challenge and solves it, as the browser's Web Worker does; the X-OC-PoW header value. */
export async function solvedPow(
  fetchJson: (path: string) => Promise<{ challenge: string; salt: string; bits: number }>,
  scope: string,
): Promise<string> {
  const c = await fetchJson(`/api/pow?scope=${scope}`);
  return `${c.challenge}.${solvePow(c.salt, c.bits)}`;
}

/** Adds a solved proof of work to a POST of an anonymous write route that does not carry one. */
export async function withPow(
  fetchJson: (path: string) => Promise<{ challenge: string; salt: string; bits: number }>,
  method: string,
  path: string,
  headers: Record<string, string>,
): Promise<Record<string, string>> {
  const scope = POW_PATHS[path] ?? (path.startsWith("/api/inbox/records/") ? "message" : undefined);
  if (method !== "POST" || !scope || Object.keys(headers).some((k) => k.toLowerCase() === "x-oc-pow"))
    return headers;
  return { ...headers, "x-oc-pow": await solvedPow(fetchJson, scope) };
}

/** Proof-of-work difficulty in the API suite: cheap, but every anonymous write still solves one. */
export const TEST_POW_BITS = 4;

export interface Answer<T = Record<string, unknown>> {
  status: number;
  json: T;
  headers: Headers;
}

export async function setup(
  opts: {
    now?: string;
    jurisdiction?: string;
    /** The same database again (a restart): no new bootstrap link is expected then. */
    database?: Database;
    publicUrl?: string;
    addressOf?: AddressOf;
    secret?: Uint8Array;
    attachmentLimits?: AttachmentLimits;
  } = {},
) {
  const database: Database = opts.database ?? (await openTestDatabase());
  const clock = manualClock(opts.now ?? "2026-11-27T10:00:00Z");
  const { blobs, keys: blobKeys } = openTestBlobs();
  const app = createApp({
    database,
    clock,
    secret: opts.secret ?? new Uint8Array(32).fill(7),
    publicUrl: opts.publicUrl,
    addressOf: opts.addressOf,
    powBits: TEST_POW_BITS,
    blobs,
    attachmentLimits: opts.attachmentLimits,
  });
  const first = await bootstrap(
    database,
    { orgName: "Test org", jurisdiction: opts.jurisdiction ?? "EU", timeZone: "Europe/Brussels" },
    clock(),
  );

  const getJson = async (path: string) => (await app.request(`http://localhost${path}`)).json() as never;

  async function request<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Answer<T>> {
    const init: RequestInit = { method, headers: await withPow(getJson, method, path, headers) };
    if (body !== undefined) {
      init.body = typeof body === "string" ? body : JSON.stringify(body);
      (init.headers as Record<string, string>)["content-type"] ??= "application/json";
    }
    const res = await app.request(`http://localhost${path}`, init);
    const text = await res.text();
    let json: unknown = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = { raw: text };
    }
    return { status: res.status, json: json as T, headers: res.headers };
  }

  /**
   * Row counts of every table: bad input must leave them as they were. One statement for all tables, so
   * that on D1 (one round trip per statement) a check costs one query, not one per table.
   */
  async function counts(): Promise<Record<string, number>> {
    const columns: SQL[] = [];
    for (const [name, table] of Object.entries(schema)) {
      if (typeof table !== "object" || !table || !("getSQL" in table)) continue;
      columns.push(sql`(select count(*) from ${table}) as ${sql.identifier(name)}`);
    }
    const row = await database.db.get<Record<string, number>>(sql`select ${sql.join(columns, sql`, `)}`);
    return Object.fromEntries(Object.entries(row ?? {}).map(([name, n]) => [name, Number(n)]));
  }

  return { app, database, clock, request, counts, blobs, blobKeys, firstCode: first?.code ?? "" };
}

export type Harness = Awaited<ReturnType<typeof setup>>;

export interface Staff {
  personId: string;
  handle: string;
  identity: string;
  recipient: string;
  cookie: string;
  passphrase: string;
  headers: Record<string, string>;
}

/** Cheap KDF parameters for API tests; the browser tests use the real ones. */
export const TEST_KDF = { logN: 10 };

function sessionCookie(headers: Headers): string {
  const set = headers.get("set-cookie") ?? "";
  const m = set.match(/oc_session=([^;]+)/);
  if (!m) throw new Error("no session cookie");
  return `oc_session=${m[1]}`;
}

/** Enrols a person through the real enrolment route, as the browser would. */
export async function enrol(
  h: Harness,
  code: string,
  handle: string,
  passphrase = "correct horse battery staple",
): Promise<Staff> {
  const id = await newHandlerIdentity();
  const kdf = newKdfParams(TEST_KDF);
  const { authKey, wrapKey } = await deriveHandlerKeys(passphrase, kdf);
  const res = await h.request<{ person: { id: string } }>("POST", "/api/enrolment", {
    code,
    handle,
    displayName: handle.toUpperCase(),
    recipient: id.recipient,
    kdf,
    authKey: toBase64(authKey),
    sealedIdentity: toBase64(sealIdentity(id.identity, wrapKey, handle)),
  });
  if (res.status !== 201) throw new Error(`enrolment failed: ${res.status} ${JSON.stringify(res.json)}`);
  const cookie = sessionCookie(res.headers);
  return {
    personId: res.json.person.id,
    handle,
    identity: id.identity,
    recipient: id.recipient,
    cookie,
    passphrase,
    headers: { cookie, "x-oc-csrf": "1" },
  };
}

export interface Reporter {
  token: string;
  loginKey: string;
  identity: string;
  caseIdentity: string;
  caseRecipient: string;
}

/** Builds a real encrypted submission as the report form does; returns the body and the secrets. */
export async function buildSubmission(
  h: Harness,
  report: Record<string, unknown>,
  opts: { channelId?: string; exclude?: string[]; identity?: Record<string, unknown> } = {},
) {
  const channelId = opts.channelId ?? "default";
  const r = await h.request<{
    handlers: { id: string; recipient: string }[];
    custodians: { id: string; recipient: string }[];
  }>("GET", `/api/channels/${channelId}/recipients`);
  const token = generateCaseToken();
  const keys = await deriveReporterKeys(token);
  const kase = await newCaseIdentity();
  const exclude = new Set(opts.exclude ?? []);
  const body: Record<string, unknown> = {
    loginKey: toBase64(keys.loginKey),
    channelId,
    caseRecipient: kase.recipient,
    report: toBase64(await encryptJson([kase.recipient], { v: 1, ...report })),
    reporterKey: toBase64(await wrapIdentityTo(keys.recipient, kase.identity)),
    handlerKeys: await Promise.all(
      r.json.handlers
        .filter((p) => !exclude.has(p.id))
        .map(async (p) => ({
          personId: p.id,
          wrapped: toBase64(await wrapIdentityTo(p.recipient, kase.identity)),
        })),
    ),
    excludedPersonIds: [...exclude],
    identity: null,
  };
  if (opts.identity) {
    const idKey = await newCaseIdentity();
    body.identity = {
      recipient: idKey.recipient,
      section: toBase64(await encryptJson([idKey.recipient], { v: 1, ...opts.identity })),
      custodianKeys: await Promise.all(
        r.json.custodians
          .filter((p) => !exclude.has(p.id))
          .map(async (p) => ({
            personId: p.id,
            wrapped: toBase64(await wrapIdentityTo(p.recipient, idKey.identity)),
          })),
      ),
    };
  }
  const reporter: Reporter = {
    token,
    loginKey: toBase64(keys.loginKey),
    identity: keys.identity,
    caseIdentity: kase.identity,
    caseRecipient: kase.recipient,
  };
  return { body, reporter };
}

/** Submits a report and returns the reporting person's secrets. */
export async function submit(
  h: Harness,
  report: Record<string, unknown>,
  opts: Parameters<typeof buildSubmission>[2] = {},
) {
  const { body, reporter } = await buildSubmission(h, report, opts);
  const res = await h.request("POST", "/api/reports", body);
  if (res.status !== 201) throw new Error(`submission failed: ${res.status} ${JSON.stringify(res.json)}`);
  return { reporter, answer: res.json };
}

/**
 * The proof a sensitive change of one's own account needs: the current passphrase's key and, where
 * the person has one, a TOTP code (`totp`).
 */
export async function proofOf(h: Harness, staff: Staff, totp?: string) {
  const params = await h.request<{ kdf: Parameters<typeof deriveHandlerKeys>[1] }>(
    "POST",
    "/api/session/params",
    { handle: staff.handle },
  );
  const { authKey } = await deriveHandlerKeys(staff.passphrase, params.json.kdf);
  return { authKey: toBase64(authKey), ...(totp ? { totp } : {}) };
}

/** Signs in again (sessions end after 30 idle minutes, so tests that travel in time need this). */
export async function signIn(h: Harness, staff: Staff): Promise<Staff> {
  const params = await h.request<{ kdf: Parameters<typeof deriveHandlerKeys>[1] }>(
    "POST",
    "/api/session/params",
    { handle: staff.handle },
  );
  const { authKey } = await deriveHandlerKeys(staff.passphrase, params.json.kdf);
  const res = await h.request("POST", "/api/session", { handle: staff.handle, authKey: toBase64(authKey) });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${JSON.stringify(res.json)}`);
  const cookie = sessionCookie(res.headers);
  Object.assign(staff, { cookie, headers: { cookie, "x-oc-csrf": "1" } });
  return staff;
}

/** Free text a staff member writes about a case (a reason, a justification), encrypted to the case key as the browser does. */
export async function sealedText(caseRecipient: string, text: string): Promise<string> {
  return toBase64(await encryptJson([caseRecipient], { v: 1, text }));
}
