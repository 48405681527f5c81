/**
 * The reporting person's side: configuration for the form, the recipients a report is encrypted
 * to, submission, and the anonymous inbox. No address, agent, token or time of day is stored:
 * reporting-person events carry the organisation's date only.
 */
import { Hono } from "hono";
import * as v from "valibot";
import categories from "../../content/categories.json";
import relationships from "../../content/relationships.json";
import { fromBase64 } from "../../crypto/index";
import type { Database } from "../../db/index";
import { hashSecret } from "../../db/queries/ids";
import { channelExists, channelRecipients, listChannels } from "../../db/queries/persons";
import { currentQuestionnaires } from "../../db/queries/questions";
import type { Settings } from "../../db/queries/settings";
import * as kase from "../case/index";
import type { Env } from "../context";
import { notFound } from "../errors";
import { requirePow } from "../middleware/pow";
import { rateLimit } from "../middleware/rate-limit";
import { caseContext } from "../middleware/request-context";
import { type AuthorityEntry, DIRECTORY, euBodies, nationalChannels } from "../notice/index";
import { doc } from "../openapi";
import {
  b64,
  CONTENT,
  id,
  json,
  recipient,
  sealed,
  signingPublicKey,
  threadSeq,
  WRAPPED_KEY,
} from "../validate";

const loginKey = v.pipe(b64(64), v.length(44));

const wrappedKey = sealed(12 << 10, WRAPPED_KEY);
const Submission = v.strictObject({
  loginKey,
  /** Chosen by the reporting person's browser, since the signed report names it. */
  caseId: v.optional(v.nullable(id), null),
  channelId: v.pipe(v.string(), v.regex(/^[0-9a-z-]{1,40}$/)),
  caseRecipient: recipient,
  report: sealed(6 << 20, CONTENT),
  reporterKey: wrappedKey,
  /** The reporting person's signing public key, derived from the token (crypto/SPEC.md). */
  signingKey: v.optional(v.nullable(signingPublicKey), null),
  handlerKeys: v.pipe(
    v.array(v.strictObject({ personId: v.pipe(v.string(), v.maxLength(40)), wrapped: wrappedKey })),
    v.minLength(1),
    v.maxLength(200),
  ),
  /** Category and first line of the report, encrypted to the case: what triage shows, decrypted in the browser. */
  summary: v.optional(v.nullable(sealed(16 << 10, CONTENT)), null),
  excludedPersonIds: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(40))), v.maxLength(200)), []),
  identity: v.optional(
    v.nullable(
      v.strictObject({
        recipient,
        section: sealed(1 << 20, CONTENT),
        custodianKeys: v.pipe(
          v.array(v.strictObject({ personId: v.pipe(v.string(), v.maxLength(40)), wrapped: wrappedKey })),
          v.minLength(1),
          v.maxLength(200),
        ),
      }),
    ),
    null,
  ),
});

const InboxLogin = v.strictObject({ loginKey });
const InboxMessage = v.strictObject({ loginKey, message: sealed(6 << 20, CONTENT), seq: threadSeq });

/**
 * Where else the reporting person may report (Art. 9(1)(g)): the national authorities of the
 * organisation's countries (from its notice profile; its jurisdiction when none is set) and the EU
 * bodies, the AI Office's whistleblower tool first. Links go straight to the bodies.
 */
function externalChannels(s: Settings) {
  const profile = JSON.parse(s.profile || "{}") as { countries?: string[] };
  const countries = profile.countries?.length
    ? profile.countries
    : s.jurisdiction === "EU"
      ? []
      : [s.jurisdiction];
  const view = (e: AuthorityEntry) => ({
    id: e.id,
    jurisdiction: e.jurisdiction,
    name: e.name,
    nameEn: e.nameEn,
    url: e.portalUrl && !e.portalVerify ? e.portalUrl : e.url,
    scope: e.scope.en,
  });
  return {
    countries: countries.map((country) => ({
      country,
      authorities: nationalChannels(DIRECTORY, country).map(view),
    })),
    eu: euBodies(DIRECTORY).map(view),
  };
}

function loginKeyHash(b64key: string): string {
  return hashSecret(fromBase64(b64key));
}

/** The channels with their current questions (version 0 and none when they have none). */
async function channelsWithQuestions(database: Database) {
  const questions = await currentQuestionnaires(database);
  return (await listChannels(database)).map((ch) => ({
    ...ch,
    questions: questions.get(ch.id) ?? { version: 0, questions: [] },
  }));
}

export function reportingRoutes() {
  return new Hono<Env>()
    .get(
      "/config",
      doc("Organisation, routing channels, categories and relationship values for the report form"),
      async (c) =>
        c.json({
          organisation: {
            name: c.var.settings.orgName,
            jurisdiction: c.var.settings.jurisdiction,
            timeZone: c.var.settings.timeZone,
          },
          channels: await channelsWithQuestions(c.var.deps.database),
          categories,
          relationships,
          external: externalChannels(c.var.settings),
        }),
    )
    .get(
      "/channels/:channelId/recipients",
      doc("Public keys of the handlers and custodians a report to this channel is encrypted to"),
      async (c) => {
        const { database } = c.var.deps;
        const channelId = c.req.param("channelId");
        if (!(await channelExists(database, channelId))) throw notFound("No such channel.");
        return c.json(await channelRecipients(database, channelId));
      },
    )
    .post(
      "/reports",
      doc("Submit an encrypted report"),
      requirePow("report"),
      rateLimit("reports", 60, 60 * 60_000),
      json(Submission),
      async (c) => {
        const { loginKey: key, ...submission } = c.req.valid("json");
        return c.json(
          await kase.fileReport(caseContext(c), { ...submission, loginKeyHash: loginKeyHash(key) }),
          201,
        );
      },
    )
    .post(
      "/inbox",
      doc("Open the reporting person's inbox with the token-derived login key"),
      requirePow("inbox"),
      rateLimit("inbox", 30, 60_000),
      rateLimit("inbox-msg", 30, 60_000),
      json(InboxLogin),
      async (c) => c.json(await kase.openInbox(caseContext(c), loginKeyHash(c.req.valid("json").loginKey))),
    )
    .post(
      "/inbox/messages",
      doc("Send an encrypted message from the reporting person"),
      requirePow("message"),
      rateLimit("inbox-msg", 30, 60_000),
      json(InboxMessage),
      async (c) => {
        const { loginKey: key, message, seq } = c.req.valid("json");
        return c.json(
          await kase.addReporterMessage(caseContext(c), loginKeyHash(key), { message, seq }),
          201,
        );
      },
    )
    .post(
      "/inbox/further-feedback",
      doc(
        "The reporting person asks for further feedback every 3 months until the case is closed (Ireland, Protected Disclosures Act 2014 s.6A(1)); 409 further_feedback_not_provided under any other law",
      ),
      requirePow("message"),
      rateLimit("inbox-msg", 30, 60_000),
      json(InboxMessage),
      async (c) => {
        const { loginKey: key, message, seq } = c.req.valid("json");
        return c.json(
          await kase.requestFurtherFeedback(caseContext(c), loginKeyHash(key), { message, seq }),
          201,
        );
      },
    );
}
