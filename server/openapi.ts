/**
 * The OpenAPI 3.1 document at /api/openapi.json. Every route the app serves is listed here; a test
 * walks `app.routes` and fails when one is missing. Bodies are described in docs/API.md.
 */
type Method = "get" | "post" | "put" | "patch" | "delete";
interface Route {
  method: Method;
  path: string;
  summary: string;
  tag: string;
  auth?: "session";
  body?: Record<string, string>;
}

/** Every route: [method, OpenAPI path, summary, tag, auth, body fields]. */
export const ROUTES: Route[] = [
  {
    method: "post",
    path: "/api/cases/{id}/extension",
    summary: "Extend the feedback deadline where the law allows it, with a justification",
    tag: "cases",
    auth: "session",
    body: { justification: "string" },
  },
  {
    method: "post",
    path: "/api/cases/{id}/follow-up",
    summary: "Record that follow-up started, apart from the status (Ley 2/2023 art. 32.4)",
    tag: "cases",
    auth: "session",
  },
  {
    method: "post",
    path: "/api/admin/register/export",
    summary: "The register of reports (Art. 18) as CSV inside an age file, anonymised, no content",
    tag: "admin",
    auth: "session",
    body: { recipient: "age1..." },
  },
  {
    method: "post",
    path: "/api/cases/{id}/exports",
    summary: "Record an export made in the browser to a plain X25519 age recipient",
    tag: "cases",
    auth: "session",
    body: { recipient: "age1...", purpose: "string" },
  },
  {
    method: "get",
    path: "/notice",
    summary: "The annual notice to workers (latest approved version), ?lang=",
    tag: "notice",
  },
  { method: "get", path: "/notice/notice.css", summary: "The notice page's stylesheet", tag: "notice" },
  {
    method: "get",
    path: "/notice/poster",
    summary: "Printable A4 poster with a QR code to the channel",
    tag: "notice",
  },
  {
    method: "get",
    path: "/notice/snippet.html",
    summary: "Self-contained HTML snippet for intranets",
    tag: "notice",
  },
  {
    method: "get",
    path: "/notice.txt",
    summary: "The notice as plain text for an e-mail to all staff",
    tag: "notice",
  },
  {
    method: "get",
    path: "/transparency",
    summary: "Published transparency report (HTML with SVG charts)",
    tag: "transparency",
  },
  {
    method: "get",
    path: "/transparency.json",
    summary: "Published transparency report as JSON",
    tag: "transparency",
  },
  {
    method: "get",
    path: "/api/admin/profile",
    summary: "The organisation profile the notice is generated from",
    tag: "admin",
    auth: "session",
  },
  {
    method: "put",
    path: "/api/admin/profile",
    summary: "Update the organisation profile",
    tag: "admin",
    auth: "session",
    body: {
      name: "string",
      countries: "array",
      languages: "array",
      channelUrl: "https URL",
      policyUrl: "https URL",
      impartialFunction: "object",
      oralChannel: "string",
      meetingAvailable: "boolean",
    },
  },
  {
    method: "get",
    path: "/api/admin/notice",
    summary: "Notice versions, issuance log and when the next issue is due",
    tag: "admin",
    auth: "session",
  },
  {
    method: "post",
    path: "/api/admin/notice/versions",
    summary: "Freeze the current profile as a new notice version",
    tag: "admin",
    auth: "session",
  },
  {
    method: "post",
    path: "/api/admin/notice/versions/{version}/approve",
    summary: "Approve a notice version (who, when)",
    tag: "admin",
    auth: "session",
  },
  {
    method: "post",
    path: "/api/admin/notice/issuances",
    summary: "Record an issue of the notice (date, version, channel, audience size)",
    tag: "admin",
    auth: "session",
    body: { issuedOn: "date", version: "integer", channel: "string", audienceSize: "integer" },
  },
  {
    method: "post",
    path: "/api/admin/transparency/preview",
    summary: "Preview transparency figures for a period",
    tag: "admin",
    auth: "session",
    body: { from: "date", to: "date" },
  },
  {
    method: "post",
    path: "/api/admin/transparency",
    summary: "Publish the transparency figures of an ended period",
    tag: "admin",
    auth: "session",
    body: { from: "date", to: "date" },
  },
  {
    method: "post",
    path: "/api/cases/{id}/retaliation",
    summary: "Record that the reporting person reported retaliation (Art. 19)",
    tag: "cases",
    auth: "session",
    body: { claim: "boolean" },
  },
  { method: "get", path: "/healthz", summary: "Liveness probe", tag: "meta" },
  {
    method: "get",
    path: "/api/version",
    summary: "App version and schema (migrations) of this build",
    tag: "meta",
  },
  {
    method: "get",
    path: "/api/admin/backup",
    summary: "The backup recipient and its fingerprint (admins)",
    tag: "admin",
    auth: "session",
  },
  {
    method: "put",
    path: "/api/admin/backup",
    summary: "Set the backup recipient: a hybrid age1pq1 recipient of an offline key (admins), audited",
    tag: "admin",
    auth: "session",
    body: { recipient: "age1pq1..." },
  },
  { method: "get", path: "/api/openapi.json", summary: "This document", tag: "meta" },
  {
    method: "get",
    path: "/api/config",
    summary: "Organisation, routing channels, categories and relationship values for the report form",
    tag: "reporting",
  },
  {
    method: "get",
    path: "/api/channels/{channelId}/recipients",
    summary: "Public keys of the handlers and custodians a report to this channel is encrypted to",
    tag: "reporting",
  },
  {
    method: "post",
    path: "/api/reports",
    summary: "Submit an encrypted report",
    tag: "reporting",
    body: {
      loginKey: "base64",
      channelId: "string",
      caseRecipient: "age1pq",
      report: "base64 age",
      reporterKey: "base64 age",
      handlerKeys: "array",
      excludedPersonIds: "array",
      identity: "object|null",
    },
  },
  {
    method: "post",
    path: "/api/inbox",
    summary: "Open the reporting person's inbox with the token-derived login key",
    tag: "reporting",
    body: { loginKey: "base64" },
  },
  {
    method: "post",
    path: "/api/inbox/messages",
    summary: "Send an encrypted message from the reporting person",
    tag: "reporting",
    body: { loginKey: "base64", message: "base64 age" },
  },
  { method: "get", path: "/api/enrolment/{code}", summary: "Check a one-time enrolment link", tag: "staff" },
  {
    method: "post",
    path: "/api/enrolment",
    summary:
      "Enrol with a one-time link: public key, KDF parameters, authentication key hash input, sealed identity",
    tag: "staff",
    body: {
      code: "string",
      handle: "string",
      displayName: "string",
      recipient: "age1pq",
      kdf: "object",
      authKey: "base64",
      sealedIdentity: "base64",
    },
  },
  {
    method: "post",
    path: "/api/session/params",
    summary: "KDF parameters for a handle (stable fakes for unknown handles)",
    tag: "staff",
    body: { handle: "string" },
  },
  {
    method: "post",
    path: "/api/session",
    summary: "Sign in with the passphrase-derived authentication key",
    tag: "staff",
    body: { handle: "string", authKey: "base64" },
  },
  { method: "delete", path: "/api/session", summary: "Sign out", tag: "staff" },
  {
    method: "get",
    path: "/api/me",
    summary: "The signed-in person and the number of overdue cases",
    tag: "staff",
    auth: "session",
  },
  {
    method: "get",
    path: "/api/cases",
    summary: "Triage list, nearest deadline first",
    tag: "cases",
    auth: "session",
  },
  {
    method: "get",
    path: "/api/cases/{id}",
    summary: "One case: wrapped key and encrypted entries",
    tag: "cases",
    auth: "session",
  },
  {
    method: "post",
    path: "/api/cases/{id}/acknowledge",
    summary: "Acknowledge receipt (Art. 9(1)(b)) with an encrypted message",
    tag: "cases",
    auth: "session",
    body: { message: "base64 age" },
  },
  {
    method: "post",
    path: "/api/cases/{id}/messages",
    summary: "Reply, ask for more information, or give feedback (Art. 9(1)(f))",
    tag: "cases",
    auth: "session",
    body: { kind: "message|request_info|feedback", message: "base64 age" },
  },
  {
    method: "post",
    path: "/api/cases/{id}/status",
    summary: "Move the case status; closing needs an outcome",
    tag: "cases",
    auth: "session",
    body: { status: "string", outcome: "string|null" },
  },
  {
    method: "get",
    path: "/api/admin/settings",
    summary: "Organisation settings, jurisdictions and the current jurisdiction's retention rule (admins)",
    tag: "admin",
    auth: "session",
  },
  {
    method: "put",
    path: "/api/admin/settings",
    summary: "Change organisation settings (admins); any subset of the fields, audited",
    tag: "admin",
    auth: "session",
    body: {
      orgName: "string",
      jurisdiction: "EU|DE|FR|NL|IE|ES|IT",
      timeZone: "IANA zone",
      retentionYears: "1-10",
      reminderAckDays: "0-7",
      reminderFeedbackDays: "0-90",
      requireTotp: "boolean",
      requireDisclosureApproval: "boolean",
    },
  },
  {
    method: "post",
    path: "/api/cases/{id}/legal-hold",
    summary: "Place a legal hold (stops retention deletion) with a justification",
    tag: "cases",
    auth: "session",
    body: { justification: "string" },
  },
  {
    method: "delete",
    path: "/api/cases/{id}/legal-hold",
    summary: "Lift the legal hold",
    tag: "cases",
    auth: "session",
  },
  {
    method: "get",
    path: "/api/cases/{id}/access",
    summary: "Holders of the case key and colleagues it can be granted to",
    tag: "access",
    auth: "session",
  },
  {
    method: "post",
    path: "/api/cases/{id}/grants",
    summary: "Grant access: the case key wrapped by a holder to a colleague",
    tag: "access",
    auth: "session",
    body: { personId: "string", wrapped: "base64 age", identityWrapped: "base64 age|null" },
  },
  {
    method: "delete",
    path: "/api/cases/{id}/grants/{personId}",
    summary: "Revoke a colleague's access, or give up one's own ('me')",
    tag: "access",
    auth: "session",
  },
  {
    method: "post",
    path: "/api/cases/{id}/identity-requests",
    summary: "Ask to open the identity section, with a reason (Art. 16)",
    tag: "access",
    auth: "session",
    body: { reason: "string" },
  },
  {
    method: "get",
    path: "/api/cases/{id}/identity-requests",
    summary: "Requests to open the identity section",
    tag: "access",
    auth: "session",
  },
  {
    method: "post",
    path: "/api/cases/{id}/identity-requests/{rid}/decision",
    summary: "A second custodian approves or refuses",
    tag: "access",
    auth: "session",
    body: { approve: "boolean" },
  },
  {
    method: "get",
    path: "/api/cases/{id}/identity",
    summary: "The encrypted identity section and the custodian's wrapped key",
    tag: "access",
    auth: "session",
  },
  {
    method: "post",
    path: "/api/cases/{id}/disclosures",
    summary: "Record a disclosure beyond the team with its legal basis (Art. 16(2)-(3))",
    tag: "access",
    auth: "session",
    body: { legalBasis: "string", disclosedTo: "string", jeopardises: "boolean", message: "base64 age|null" },
  },
  {
    method: "post",
    path: "/api/admin/enrolments",
    summary: "Create a one-time enrolment link",
    tag: "admin",
    auth: "session",
    body: { roles: "array", channelIds: "array" },
  },
  {
    method: "get",
    path: "/api/admin/persons",
    summary: "People who run the channel",
    tag: "admin",
    auth: "session",
  },
  {
    method: "put",
    path: "/api/admin/persons/{id}/roles",
    summary: "Change a person's roles",
    tag: "admin",
    auth: "session",
    body: { roles: "array" },
  },
  {
    method: "delete",
    path: "/api/admin/persons/{id}",
    summary: "Offboard a person (refused while they alone hold a case)",
    tag: "admin",
    auth: "session",
  },
  {
    method: "get",
    path: "/api/admin/channels",
    summary: "Routing channels and their handlers",
    tag: "admin",
    auth: "session",
  },
  {
    method: "post",
    path: "/api/admin/channels",
    summary: "Create a routing channel",
    tag: "admin",
    auth: "session",
    body: { name: "string" },
  },
  {
    method: "put",
    path: "/api/admin/channels/{id}/members",
    summary: "Set a channel's handlers",
    tag: "admin",
    auth: "session",
    body: { personIds: "array" },
  },
  {
    method: "post",
    path: "/api/me/totp/setup",
    summary: "Start TOTP setup: a new secret and its otpauth URI",
    tag: "me",
    auth: "session",
  },
  {
    method: "post",
    path: "/api/me/totp/enable",
    summary: "Turn TOTP on with a first valid code",
    tag: "me",
    auth: "session",
    body: { code: "string" },
  },
  {
    method: "put",
    path: "/api/me/passphrase",
    summary: "Change the passphrase: new KDF parameters, authentication key and sealed identity",
    tag: "me",
    auth: "session",
    body: { currentAuthKey: "base64", kdf: "object", authKey: "base64", sealedIdentity: "base64" },
  },
  {
    method: "put",
    path: "/api/me/recovery",
    summary: "Store the recovery copy of the identity, sealed under the recovery key",
    tag: "me",
    auth: "session",
    body: { kdf: "object", authKey: "base64", sealedIdentity: "base64" },
  },
  {
    method: "put",
    path: "/api/me/notify-email",
    summary: "Where content-free reminders go",
    tag: "me",
    auth: "session",
    body: { email: "string|null" },
  },
  {
    method: "post",
    path: "/api/me/passkeys/options",
    summary: "WebAuthn registration options for a new passkey",
    tag: "me",
    auth: "session",
  },
  {
    method: "post",
    path: "/api/me/passkeys",
    summary: "Register a passkey as a second factor",
    tag: "me",
    auth: "session",
    body: { response: "RegistrationResponseJSON" },
  },
  {
    method: "post",
    path: "/api/session/passkey/options",
    summary: "WebAuthn authentication options for sign-in",
    tag: "staff",
    body: { handle: "string" },
  },
  { method: "delete", path: "/api/sessions", summary: "Sign out everywhere", tag: "me", auth: "session" },
  {
    method: "post",
    path: "/api/session/recover/params",
    summary: "KDF parameters of the recovery key",
    tag: "staff",
    body: { handle: "string" },
  },
  {
    method: "post",
    path: "/api/session/recover",
    summary: "Sign in with the recovery key",
    tag: "staff",
    body: { handle: "string", authKey: "base64", totp: "string" },
  },
  {
    method: "get",
    path: "/api/admin/audit",
    summary: "The audit log with the result of checking its hash chain",
    tag: "admin",
    auth: "session",
  },
];

/** Registers more routes (features add theirs next to their code). */
export function registerRoutes(more: Route[]): void {
  for (const r of more) if (!ROUTES.some((x) => x.method === r.method && x.path === r.path)) ROUTES.push(r);
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

export function openApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of ROUTES) {
    const params = [...r.path.matchAll(/\{(\w+)\}/g)].map((m) => ({
      name: m[1],
      in: "path",
      required: true,
      schema: { type: "string" },
    }));
    paths[r.path] ??= {};
    paths[r.path]![r.method] = {
      summary: r.summary,
      tags: [r.tag],
      ...(params.length ? { parameters: params } : {}),
      ...(r.auth ? { security: [{ session: [] }] } : {}),
      ...(r.body
        ? {
            requestBody: {
              required: true,
              content: {
                "application/json": {
                  schema: {
                    type: "object",
                    properties: Object.fromEntries(
                      Object.entries(r.body).map(([k, d]) => [k, { description: d }]),
                    ),
                  },
                },
              },
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
