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
import { isConstraintError } from "../../db/index";
import { caseByLoginKeyHash, entriesOf, nextSeq } from "../../db/queries/cases";
import { hashSecret, randomId } from "../../db/queries/ids";
import { channelExists, channelRecipients, listChannels } from "../../db/queries/persons";
import { getSettings, type Settings } from "../../db/queries/settings";
import { caseExclusions, caseKeys, cases, entries } from "../../db/schema";
import { caseDeadlines } from "../cases/deadlines";
import type { Env } from "../context";
import { todayIn } from "../directive";
import { AppError, badRequest, notFound } from "../errors";
import { type AuthorityEntry, DIRECTORY, euBodies, nationalChannels } from "../notice/index";
import { b64, CONTENT, ciphertext, body as parseBody, recipient, WRAPPED_KEY } from "../validate";

const loginKey = v.pipe(b64(64), v.length(44));

const Submission = v.strictObject({
  loginKey,
  channelId: v.pipe(v.string(), v.regex(/^[0-9a-z-]{1,40}$/)),
  caseRecipient: recipient,
  report: b64(6 << 20),
  reporterKey: b64(12 << 10),
  handlerKeys: v.pipe(
    v.array(v.strictObject({ personId: v.pipe(v.string(), v.maxLength(40)), wrapped: b64(12 << 10) })),
    v.minLength(1),
    v.maxLength(200),
  ),
  excludedPersonIds: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(40))), v.maxLength(200)), []),
  identity: v.optional(
    v.nullable(
      v.strictObject({
        recipient,
        section: b64(1 << 20),
        custodianKeys: v.pipe(
          v.array(v.strictObject({ personId: v.pipe(v.string(), v.maxLength(40)), wrapped: b64(12 << 10) })),
          v.minLength(1),
          v.maxLength(200),
        ),
      }),
    ),
    null,
  ),
});

const InboxLogin = v.strictObject({ loginKey });
const InboxMessage = v.strictObject({ loginKey, message: b64(6 << 20) });

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

/** The same answer for every key that opens nothing: no hint whether a case exists. */
const NO_CASE = () => notFound("No case matches this token. Check it and try again.");

function loginKeyHash(b64key: string): string {
  return hashSecret(fromBase64(b64key));
}

export function reportingRoutes() {
  const app = new Hono<Env>();

  app.get("/config", async (c) => {
    const { database } = c.var.deps;
    const s = await getSettings(database);
    return c.json({
      organisation: { name: s.orgName, jurisdiction: s.jurisdiction, timeZone: s.timeZone },
      channels: await listChannels(database),
      categories,
      relationships,
      external: externalChannels(s),
    });
  });

  app.get("/channels/:channelId/recipients", async (c) => {
    const { database } = c.var.deps;
    const channelId = c.req.param("channelId");
    if (!(await channelExists(database, channelId))) throw notFound("No such channel.");
    return c.json(await channelRecipients(database, channelId));
  });

  app.post("/reports", async (c) => {
    const { database, clock } = c.var.deps;
    const input = await parseBody(c, Submission);
    ciphertext(input.report, CONTENT, "report");
    ciphertext(input.reporterKey, WRAPPED_KEY, "reporterKey");
    for (const [i, k] of input.handlerKeys.entries())
      ciphertext(k.wrapped, WRAPPED_KEY, `handlerKeys.${i}.wrapped`);
    if (input.identity) {
      ciphertext(input.identity.section, CONTENT, "identity.section");
      for (const [i, k] of input.identity.custodianKeys.entries()) {
        ciphertext(k.wrapped, WRAPPED_KEY, `identity.custodianKeys.${i}.wrapped`);
      }
    }
    if (!(await channelExists(database, input.channelId)))
      throw badRequest("unknown_channel", "No such channel.");

    // The case key must reach exactly the channel's handlers, less the ones the reporting person excluded.
    const { handlers, custodians } = await channelRecipients(database, input.channelId);
    const excluded = new Set(input.excludedPersonIds);
    const expected = handlers.filter((h) => !excluded.has(h.id)).map((h) => h.id);
    const given = input.handlerKeys.map((k) => k.personId);
    if (expected.length === 0) {
      throw badRequest("no_handler", "Nobody would be able to read this report; keep at least one handler.");
    }
    if (
      new Set(given).size !== given.length ||
      given.length !== expected.length ||
      !expected.every((id) => given.includes(id))
    ) {
      throw new AppError(
        409,
        "recipients_changed",
        "The people who handle reports have changed. Reload the page and submit again.",
      );
    }
    if (input.identity) {
      const expectedC = custodians.filter((p) => !excluded.has(p.id)).map((p) => p.id);
      const givenC = input.identity.custodianKeys.map((k) => k.personId);
      if (expectedC.length === 0)
        throw badRequest("no_custodian", "Nobody could open the identity section; leave it empty.");
      if (
        new Set(givenC).size !== givenC.length ||
        givenC.length !== expectedC.length ||
        !expectedC.every((id) => givenC.includes(id))
      ) {
        throw new AppError(
          409,
          "recipients_changed",
          "The people who handle reports have changed. Reload the page and submit again.",
        );
      }
    }

    const s = await getSettings(database);
    const now = clock();
    const today = todayIn(s.timeZone, now);
    const caseId = randomId();
    const row = {
      id: caseId,
      loginKeyHash: loginKeyHash(input.loginKey),
      channelId: input.channelId,
      channelKind: "internal",
      jurisdiction: s.jurisdiction,
      status: "received",
      outcome: null,
      receivedOn: today,
      acknowledgedOn: null,
      followUpOn: null,
      feedbackOn: null,
      closedOn: null,
      outcomeCommunicatedOn: null,
      extended: false,
      retaliationClaim: false,
      caseRecipient: input.caseRecipient,
      identityRecipient: input.identity?.recipient ?? null,
      reporterKey: input.reporterKey,
      legalHold: null,
    };
    // Keys wrapped at submission carry the day only: a time of day would date the report.
    const grantedAt = `${today}T00:00:00.000Z`;
    try {
      // No audit entry: the log is of handler and admin actions, and the place of a submission between
      // two timed entries would date it more precisely than the day the reporting person is allowed.
      await database.batch(
        (() => {
          const { db } = database;
          const w = [
            db.insert(cases).values(row),
            db.insert(entries).values({
              id: randomId(),
              caseId,
              seq: 1,
              kind: "report",
              author: "reporter",
              personId: null,
              on: today,
              at: null,
              ciphertext: input.report,
            }),
            ...input.handlerKeys.map((k) =>
              db.insert(caseKeys).values({
                caseId,
                personId: k.personId,
                kind: "case",
                wrapped: k.wrapped,
                grantedAt,
                grantedBy: null,
              }),
            ),
            ...input.excludedPersonIds.map((personId) =>
              db.insert(caseExclusions).values({ caseId, personId }),
            ),
          ];
          if (input.identity) {
            w.push(
              db.insert(entries).values({
                id: randomId(),
                caseId,
                seq: 2,
                kind: "identity",
                author: "reporter",
                personId: null,
                on: today,
                at: null,
                ciphertext: input.identity.section,
              }),
              ...input.identity.custodianKeys.map((k) =>
                db.insert(caseKeys).values({
                  caseId,
                  personId: k.personId,
                  kind: "identity",
                  wrapped: k.wrapped,
                  grantedAt,
                  grantedBy: null,
                }),
              ),
            );
          }
          return w;
        })(),
      );
    } catch (e) {
      if (isConstraintError(e, "login_key_hash"))
        throw new AppError(409, "token_in_use", "Make a new token and submit again.");
      throw e;
    }
    const d = caseDeadlines(row, s.retentionYears);
    return c.json(
      {
        receivedOn: today,
        deadlines: {
          acknowledgeBy: d.acknowledgeBy,
          feedbackBy: d.feedbackBy,
          publicDisclosureFrom: d.publicDisclosureFrom,
        },
      },
      201,
    );
  });

  app.post("/inbox", async (c) => {
    const { database } = c.var.deps;
    const input = await parseBody(c, InboxLogin);
    const found = await caseByLoginKeyHash(database, loginKeyHash(input.loginKey));
    if (!found) throw NO_CASE();
    const s = await getSettings(database);
    const d = caseDeadlines(found, s.retentionYears);
    const list = await entriesOf(database, found.id);
    return c.json({
      status: found.status,
      outcome: found.outcome,
      receivedOn: found.receivedOn,
      acknowledgedOn: found.acknowledgedOn,
      feedbackOn: found.feedbackOn,
      deadlines: {
        acknowledgeBy: d.acknowledgeBy,
        feedbackBy: d.feedbackBy,
        publicDisclosureFrom: d.publicDisclosureFrom,
      },
      caseRecipient: found.caseRecipient,
      reporterKey: found.reporterKey,
      entries: list
        .filter((e) => e.kind !== "identity" && e.kind !== "note")
        .map((e) => ({ id: e.id, kind: e.kind, author: e.author, on: e.on, ciphertext: e.ciphertext })),
    });
  });

  app.post("/inbox/messages", async (c) => {
    const { database, clock } = c.var.deps;
    const input = await parseBody(c, InboxMessage);
    ciphertext(input.message, CONTENT, "message");
    const found = await caseByLoginKeyHash(database, loginKeyHash(input.loginKey));
    if (!found) throw NO_CASE();
    const s = await getSettings(database);
    const today = todayIn(s.timeZone, clock());
    for (let attempt = 0; ; attempt++) {
      const seq = await nextSeq(database, found.id);
      try {
        await database.batch([
          database.db.insert(entries).values({
            id: randomId(),
            caseId: found.id,
            seq,
            kind: "message",
            author: "reporter",
            personId: null,
            on: today,
            at: null,
            ciphertext: input.message,
          }),
        ]);
        break;
      } catch (e) {
        if (attempt >= 5 || !isConstraintError(e, "entries")) throw e;
      }
    }
    return c.json({ on: today }, 201);
  });

  return app;
}
