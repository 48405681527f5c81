/**
 * The annual notice to workers (LAW.md section 9; Directive Art. 9(1)(g); GPAI Code of Practice
 * Measure 8.3) and the transparency report. Public pages render the latest APPROVED notice version;
 * admins keep the profile, approve versions and log each issue as evidence. Nothing here counts
 * readers, redirects links or loads anything from another origin.
 */
import { desc, eq } from "drizzle-orm";
import { type Context, Hono } from "hono";
import * as v from "valibot";
import { fingerprintOf, verifyStatement } from "../../crypto/index";
import { withAudit } from "../../db/queries/audit";
import { allCases } from "../../db/queries/cases";
import { randomId } from "../../db/queries/ids";
import { getSettings } from "../../db/queries/settings";
import { latestRoster } from "../../db/queries/trust";
import { noticeIssuances, noticeVersions, settings, transparencyPeriods } from "../../db/schema";
import { receiptKeyInfo } from "../case/receipt";
import { caseDeadlines } from "../cases/deadlines";
import type { Env } from "../context";
import { todayIn } from "../directive";
import { AppError, badRequest, notFound } from "../errors";
import { fromAcceptLanguage, pageLanguage } from "../i18n/page-language";
import { requireRole, requireSession } from "../middleware/session";
import { message } from "../notice/i18n";
import {
  checkProfile,
  DIRECTORY,
  NOTICE_LANGUAGES,
  NoticeError,
  noticeStatus,
  type OrgProfile,
  qrSvg,
  renderNoticeHtml,
  renderNoticeText,
  renderPosterHtml,
  renderSnippetHtml,
  resolveLanguage,
} from "../notice/index";
import { NOTICE_CSS, noticePage, notPublishedPage } from "../notice/page";
import { pinnedChannelUrl } from "../notice/pin";
import { doc } from "../openapi";
import {
  type CaseFacts,
  renderTransparencyHtml,
  transparencyJson,
  transparencyPage,
  transparencyReport,
} from "../transparency/index";
import { json } from "../validate";

/** Pages with a `<style>` block and no script at all: nothing can run, nothing is fetched. */
const NO_SCRIPT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

const day = v.pipe(v.string(), v.isoDate());
const Profile = v.strictObject({
  name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(120)),
  countries: v.pipe(v.array(v.pipe(v.string(), v.length(2))), v.minLength(1), v.maxLength(27)),
  languages: v.pipe(
    v.array(v.pipe(v.string(), v.minLength(2), v.maxLength(8))),
    v.minLength(1),
    v.maxLength(24),
  ),
  channelUrl: v.pipe(v.string(), v.url(), v.maxLength(300)),
  policyUrl: v.pipe(v.string(), v.url(), v.maxLength(300)),
  impartialFunction: v.strictObject({
    name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(120)),
    contact: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200)),
  }),
  oralChannel: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200))),
  meetingAvailable: v.optional(v.boolean()),
  retentionText: v.optional(v.pipe(v.string(), v.maxLength(1000))),
});
const Issuance = v.strictObject({
  issuedOn: day,
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  channel: v.pipe(v.string(), v.trim(), v.minLength(2), v.maxLength(100)),
  audienceSize: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10_000_000)),
});
const Period = v.strictObject({ from: day, to: day });

function profileError(e: unknown): never {
  if (e instanceof NoticeError)
    throw badRequest("invalid_profile", `The organisation profile is not complete: ${e.message}.`);
  throw e;
}

async function approvedVersion(c: Context<Env>) {
  const all = await c.var.deps.database.db
    .select()
    .from(noticeVersions)
    .orderBy(desc(noticeVersions.version));
  return all.find((x) => x.approvedAt) ?? null;
}

/**
 * The fingerprint of the channel key that signed the newest roster, if its signature holds. The notice,
 * poster and snippet write it out and pin it in their links; an admin compares it with the one their
 * own browser shows under "My security" before printing.
 */
async function channelFingerprint(c: Context<Env>): Promise<string | undefined> {
  const roster = await latestRoster(c.var.deps.database);
  if (!roster) return undefined;
  try {
    const { channelKey } = JSON.parse(roster.body) as { channelKey: string };
    verifyStatement("oc-roster-1", channelKey, roster);
    return fingerprintOf(channelKey);
  } catch {
    return undefined;
  }
}

async function renderInputs(c: Context<Env>) {
  const version = await approvedVersion(c);
  if (!version) return null;
  const profile = JSON.parse(version.profile) as OrgProfile;
  // The reader's choice (?lang=) among the notice's languages, else their browser's, else the first.
  const requested = c.req.query("lang")?.toLowerCase();
  const lang = resolveLanguage(
    requested && profile.languages.includes(requested)
      ? requested
      : (fromAcceptLanguage(c.req.header("accept-language"), profile.languages) ??
          profile.languages[0] ??
          "en"),
  );
  const fingerprint = await channelFingerprint(c);
  const opts = {
    qrSvg: await qrSvg(pinnedChannelUrl(profile.channelUrl, fingerprint)),
    fingerprint,
    version: String(version.version),
    approvedBy: version.approvedBy ?? undefined,
    approvedOn: version.approvedAt?.slice(0, 10),
    receiptKey: await receiptKeyInfo(c.var.deps.database),
  };
  return { profile, lang, opts };
}

/** The language of a page with nothing published yet: ?lang=, else the reader's browser, among all 24. */
const readerLanguage = (c: Context<Env>): string =>
  pageLanguage(c.req.query("lang"), c.req.header("accept-language"));

/** Case facts for the transparency report: dates and outcomes only, never content. */
async function caseFacts(c: Context<Env>): Promise<CaseFacts[]> {
  const { database } = c.var.deps;
  const s = await getSettings(database);
  return (await allCases(database)).map((k) => {
    const d = caseDeadlines(k, s.retentionYears);
    return {
      receivedOn: k.receivedOn,
      acknowledgedOn: k.acknowledgedOn,
      acknowledgeBy: d.acknowledgeBy?.date ?? k.receivedOn,
      feedbackOn: k.feedbackOn,
      feedbackBy: d.feedbackBy?.date ?? k.receivedOn,
      outcome: k.outcome ? k.outcome.replace(/_/g, "-") : null,
      retaliationClaim: k.retaliationClaim,
    };
  });
}

/** The published transparency period asked for (?period=), or the latest. */
async function published(c: Context<Env>) {
  const id = c.req.query("period");
  const rows = await c.var.deps.database.db
    .select()
    .from(transparencyPeriods)
    .orderBy(desc(transparencyPeriods.toOn));
  return (id ? rows.find((r) => r.id === id) : rows[0]) ?? null;
}

export function noticeRoutes() {
  return new Hono<Env>()
    .get("/notice/notice.css", doc("The notice page's stylesheet"), (c) =>
      c.body(NOTICE_CSS, 200, { "content-type": "text/css; charset=utf-8" }),
    )
    .get("/notice", doc("The annual notice to workers (latest approved version), ?lang="), async (c) => {
      const r = await renderInputs(c);
      if (!r) return c.html(notPublishedPage(readerLanguage(c), "notice"), 404);
      const fragment = renderNoticeHtml(r.profile, DIRECTORY, r.lang, r.opts);
      return c.html(noticePage(fragment, r.lang, r.profile.languages, r.profile.name));
    })
    .get("/notice/poster", doc("Printable A4 poster with a QR code to the channel"), async (c) => {
      const r = await renderInputs(c);
      if (!r) return c.html(notPublishedPage(readerLanguage(c), "notice"), 404);
      return c.html(renderPosterHtml(r.profile, DIRECTORY, r.lang, r.opts), 200, {
        "content-security-policy": NO_SCRIPT_CSP,
      });
    })
    .get("/notice/snippet.html", doc("Self-contained HTML snippet for intranets"), async (c) => {
      const r = await renderInputs(c);
      if (!r) return c.html(notPublishedPage(readerLanguage(c), "notice"), 404);
      return c.html(renderSnippetHtml(r.profile, DIRECTORY, r.lang, r.opts), 200, {
        "content-security-policy": NO_SCRIPT_CSP,
      });
    })
    .get("/notice.txt", doc("The notice as plain text for an e-mail to all staff"), async (c) => {
      const r = await renderInputs(c);
      if (!r) return c.text(`${message(readerLanguage(c), "notPublished.notice")}\n`, 404);
      return c.text(renderNoticeText(r.profile, DIRECTORY, r.lang, r.opts));
    })
    .get("/transparency", doc("Published transparency report (HTML with SVG charts)"), async (c) => {
      const p = await published(c);
      if (!p) return c.html(notPublishedPage(readerLanguage(c), "transparency"), 404);
      const s = await getSettings(c.var.deps.database);
      const lang = pageLanguage(c.req.query("lang"), c.req.header("accept-language"));
      const fragment = renderTransparencyHtml(JSON.parse(p.report), s.orgName, lang);
      const period = c.req.query("period") ? p.id : undefined;
      return c.html(transparencyPage(fragment, s.orgName, { lang, period, languageLinks: true }), 200, {
        "content-security-policy": NO_SCRIPT_CSP,
      });
    })
    .get("/transparency.json", doc("Published transparency report as JSON"), async (c) => {
      const p = await published(c);
      if (!p) throw notFound("Nothing has been published yet.");
      return c.body(transparencyJson(JSON.parse(p.report)), 200, {
        "content-type": "application/json; charset=utf-8",
      });
    })
    .route("/api/admin", noticeAdminRoutes());
}

/** The admin side: the organisation profile, notice versions and issuances, transparency periods. */
function noticeAdminRoutes() {
  return (
    new Hono<Env>()
      .use("*", requireSession(), requireRole("admin"))
      .get("/profile", doc("The organisation profile the notice is generated from"), async (c) => {
        const s = await getSettings(c.var.deps.database);
        // One name for the organisation: the settings' name is the profile's.
        return c.json({
          profile: { ...JSON.parse(s.profile || "{}"), name: s.orgName },
          languages: NOTICE_LANGUAGES,
        });
      })
      .put("/profile", doc("Update the organisation profile"), json(Profile), async (c) => {
        const { database, clock } = c.var.deps;
        const input = c.req.valid("json");
        try {
          checkProfile(input);
        } catch (e) {
          profileError(e);
        }
        await withAudit(
          database,
          { actor: c.var.person.id, action: "notice.profile", detail: { profile: input } },
          clock(),
          () => [
            database.db
              .update(settings)
              .set({ profile: JSON.stringify(input), orgName: input.name, updatedAt: clock().toISOString() })
              .where(eq(settings.id, 1)),
          ],
        );
        return c.json({ profile: input });
      })
      .get("/notice", doc("Notice versions, issuance log and when the next issue is due"), async (c) => {
        const { database, clock } = c.var.deps;
        const s = await getSettings(database);
        const versions = await database.db
          .select()
          .from(noticeVersions)
          .orderBy(desc(noticeVersions.version));
        const issuances = await database.db
          .select()
          .from(noticeIssuances)
          .orderBy(desc(noticeIssuances.issuedOn));
        const today = todayIn(s.timeZone, clock());
        return c.json({
          today,
          status: noticeStatus(issuances, today),
          versions: versions.map((x) => ({ ...x, profile: JSON.parse(x.profile) })),
          issuances,
        });
      })
      /** Freezes the current profile as the next version of the notice text, to be approved. */
      .post("/notice/versions", doc("Freeze the current profile as a new notice version"), async (c) => {
        const { database, clock } = c.var.deps;
        const s = await getSettings(database);
        const profile = JSON.parse(s.profile || "{}") as OrgProfile;
        try {
          checkProfile(profile);
        } catch (e) {
          profileError(e);
        }
        const [last] = await database.db
          .select()
          .from(noticeVersions)
          .orderBy(desc(noticeVersions.version))
          .limit(1);
        const version = (last?.version ?? 0) + 1;
        const now = clock();
        await withAudit(
          database,
          { actor: c.var.person.id, action: "notice.version", detail: { version } },
          now,
          () => [
            database.db.insert(noticeVersions).values({
              id: randomId(),
              version,
              profile: s.profile,
              createdAt: now.toISOString(),
              createdBy: c.var.person.id,
            }),
          ],
        );
        return c.json({ version }, 201);
      })
      .post("/notice/versions/:version/approve", doc("Approve a notice version (who, when)"), async (c) => {
        const { database, clock } = c.var.deps;
        const version = Number(c.req.param("version"));
        const [row] = await database.db
          .select()
          .from(noticeVersions)
          .where(eq(noticeVersions.version, version));
        if (!row) throw notFound("No such notice version.");
        if (row.approvedAt) throw new AppError(409, "approved", "This version is already approved.");
        const now = clock();
        await withAudit(
          database,
          { actor: c.var.person.id, action: "notice.approved", detail: { version } },
          now,
          () => [
            database.db
              .update(noticeVersions)
              .set({ approvedAt: now.toISOString(), approvedBy: c.var.person.displayName })
              .where(eq(noticeVersions.id, row.id)),
          ],
        );
        return c.json({ version, approvedAt: now.toISOString(), approvedBy: c.var.person.displayName });
      })
      /** Evidence that the notice went out: date, text version, channel, audience size. */
      .post(
        "/notice/issuances",
        doc("Record an issue of the notice (date, version, channel, audience size)"),
        json(Issuance),
        async (c) => {
          const { database, clock } = c.var.deps;
          const input = c.req.valid("json");
          const s = await getSettings(database);
          const now = clock();
          if (input.issuedOn > todayIn(s.timeZone, now))
            throw badRequest("future_date", "An issue can be recorded only once it has happened.");
          const [row] = await database.db
            .select()
            .from(noticeVersions)
            .where(eq(noticeVersions.version, input.version));
          if (!row?.approvedAt)
            throw badRequest("not_approved", "Only an approved notice version can be issued.");
          const id = randomId();
          await withAudit(
            database,
            { actor: c.var.person.id, action: "notice.issued", detail: { ...input } },
            now,
            () => [
              database.db
                .insert(noticeIssuances)
                .values({ id, ...input, recordedBy: c.var.person.id, recordedAt: now.toISOString() }),
            ],
          );
          return c.json({ id }, 201);
        },
      )
      .post(
        "/transparency/preview",
        doc("Preview transparency figures for a period"),
        json(Period),
        async (c) => {
          const input = c.req.valid("json");
          if (input.from > input.to) throw badRequest("bad_period", "The period ends before it starts.");
          const s = await getSettings(c.var.deps.database);
          const today = todayIn(s.timeZone, c.var.deps.clock());
          // ISO dates compare as strings: the figures are as of the period's end, or today if earlier.
          const asOf = [input.to, today].sort()[0] ?? today;
          return c.json(transparencyReport(await caseFacts(c), input, { asOf }));
        },
      )
      /** The preview as the public page will show it (GET, so it opens as a page of its own). */
      .get(
        "/transparency/preview.html",
        doc("Preview a period's transparency page exactly as the public page renders it"),
        async (c) => {
          const input = v.safeParse(Period, { from: c.req.query("from"), to: c.req.query("to") });
          if (!input.success || input.output.from > input.output.to)
            throw badRequest("bad_period", "Choose a period whose start and end are dates, the start first.");
          const s = await getSettings(c.var.deps.database);
          const today = todayIn(s.timeZone, c.var.deps.clock());
          const asOf = [input.output.to, today].sort()[0] ?? today;
          const report = transparencyReport(await caseFacts(c), input.output, { asOf });
          const lang = pageLanguage(c.req.query("lang"), c.req.header("accept-language"));
          return c.html(
            transparencyPage(renderTransparencyHtml(report, s.orgName, lang), s.orgName, {
              lang,
              preview: true,
            }),
            200,
            {
              "content-security-policy": NO_SCRIPT_CSP,
            },
          );
        },
      )
      /** Publishing freezes the figures: later changes to cases never alter a published period. */
      .post(
        "/transparency",
        doc("Publish the transparency figures of an ended period"),
        json(Period),
        async (c) => {
          const { database, clock } = c.var.deps;
          const input = c.req.valid("json");
          if (input.from > input.to) throw badRequest("bad_period", "The period ends before it starts.");
          const s = await getSettings(database);
          const now = clock();
          const today = todayIn(s.timeZone, now);
          if (input.to >= today) throw badRequest("open_period", "Publish only a period that has ended.");
          const report = transparencyReport(await caseFacts(c), input, { asOf: today });
          const id = randomId();
          await withAudit(
            database,
            { actor: c.var.person.id, action: "transparency.published", detail: { ...input } },
            now,
            () => [
              database.db.insert(transparencyPeriods).values({
                id,
                fromOn: input.from,
                toOn: input.to,
                report: JSON.stringify(report),
                publishedAt: now.toISOString(),
                publishedBy: c.var.person.id,
              }),
            ],
          );
          return c.json({ id, report }, 201);
        },
      )
  );
}
