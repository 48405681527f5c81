/**
 * The annual notice to workers (LAW.md section 9; Directive Art. 9(1)(g); GPAI Code of Practice
 * Measure 8.3) and the transparency report. Public pages render the latest APPROVED notice version;
 * admins keep the profile, approve versions and log each issue as evidence. Nothing here counts
 * readers, redirects links or loads anything from another origin.
 */
import { type Context, Hono } from "hono";
import * as v from "valibot";
import { publishedPeriod } from "../../db/queries/notice";
import { getSettings } from "../../db/queries/settings";
import {
  approveNoticeVersion,
  newNoticeVersion,
  noticeView,
  profileOf,
  publishedNotice,
  recordIssuance,
  saveProfile,
} from "../admin/notice";
import { previewPeriod, publishPeriod } from "../admin/transparency";
import type { Env } from "../context";
import { badRequest, notFound } from "../errors";
import { pageLanguage } from "../i18n/page-language";
import { caseContext } from "../middleware/request-context";
import { requireRole, requireSession } from "../middleware/session";
import { message } from "../notice/i18n";
import {
  DIRECTORY,
  NOTICE_LANGUAGES,
  renderNoticeHtml,
  renderNoticeText,
  renderPosterHtml,
  renderSnippetHtml,
} from "../notice/index";
import { NOTICE_CSS, noticePage, notPublishedPage } from "../notice/page";
import { doc } from "../openapi";
import { renderTransparencyHtml, transparencyJson, transparencyPage } from "../transparency/index";
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

const readerLanguage = (c: Context<Env>): string =>
  pageLanguage(c.req.query("lang"), c.req.header("accept-language"));

export function noticeRoutes() {
  return new Hono<Env>()
    .get("/notice/notice.css", doc("The notice page's stylesheet"), (c) =>
      c.body(NOTICE_CSS, 200, { "content-type": "text/css; charset=utf-8" }),
    )
    .get("/notice", doc("The annual notice to workers (latest approved version), ?lang="), async (c) => {
      const r = await publishedNotice(
        c.var.deps.database,
        c.req.query("lang"),
        c.req.header("accept-language"),
      );
      if (!r) return c.html(notPublishedPage(readerLanguage(c), "notice"), 404);
      const fragment = renderNoticeHtml(r.profile, DIRECTORY, r.lang, r.opts);
      return c.html(noticePage(fragment, r.lang, r.profile.languages, r.profile.name));
    })
    .get("/notice/poster", doc("Printable A4 poster with a QR code to the channel"), async (c) => {
      const r = await publishedNotice(
        c.var.deps.database,
        c.req.query("lang"),
        c.req.header("accept-language"),
      );
      if (!r) return c.html(notPublishedPage(readerLanguage(c), "notice"), 404);
      return c.html(renderPosterHtml(r.profile, DIRECTORY, r.lang, r.opts), 200, {
        "content-security-policy": NO_SCRIPT_CSP,
      });
    })
    .get("/notice/snippet.html", doc("Self-contained HTML snippet for intranets"), async (c) => {
      const r = await publishedNotice(
        c.var.deps.database,
        c.req.query("lang"),
        c.req.header("accept-language"),
      );
      if (!r) return c.html(notPublishedPage(readerLanguage(c), "notice"), 404);
      return c.html(renderSnippetHtml(r.profile, DIRECTORY, r.lang, r.opts), 200, {
        "content-security-policy": NO_SCRIPT_CSP,
      });
    })
    .get("/notice.txt", doc("The notice as plain text for an e-mail to all staff"), async (c) => {
      const r = await publishedNotice(
        c.var.deps.database,
        c.req.query("lang"),
        c.req.header("accept-language"),
      );
      if (!r) return c.text(`${message(readerLanguage(c), "notPublished.notice")}\n`, 404);
      return c.text(renderNoticeText(r.profile, DIRECTORY, r.lang, r.opts));
    })
    .get("/transparency", doc("Published transparency report (HTML with SVG charts)"), async (c) => {
      const p = await publishedPeriod(c.var.deps.database, c.req.query("period"));
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
      const p = await publishedPeriod(c.var.deps.database, c.req.query("period"));
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
      .get("/profile", doc("The organisation profile the notice is generated from"), async (c) =>
        c.json({ profile: profileOf(caseContext(c)), languages: NOTICE_LANGUAGES }),
      )
      .put("/profile", doc("Update the organisation profile"), json(Profile), async (c) =>
        c.json(await saveProfile(caseContext(c), c.var.person, c.req.valid("json"))),
      )
      .get("/notice", doc("Notice versions, issuance log and when the next issue is due"), async (c) =>
        c.json(await noticeView(caseContext(c))),
      )
      /** Freezes the current profile as the next version of the notice text, to be approved. */
      .post("/notice/versions", doc("Freeze the current profile as a new notice version"), async (c) =>
        c.json(await newNoticeVersion(caseContext(c), c.var.person), 201),
      )
      .post("/notice/versions/:version/approve", doc("Approve a notice version (who, when)"), async (c) =>
        c.json(await approveNoticeVersion(caseContext(c), c.var.person, Number(c.req.param("version")))),
      )
      /** Evidence that the notice went out: date, text version, channel, audience size. */
      .post(
        "/notice/issuances",
        doc("Record an issue of the notice (date, version, channel, audience size)"),
        json(Issuance),
        async (c) => c.json(await recordIssuance(caseContext(c), c.var.person, c.req.valid("json")), 201),
      )
      .post(
        "/transparency/preview",
        doc("Preview transparency figures for a period"),
        json(Period),
        async (c) => c.json(await previewPeriod(caseContext(c), c.req.valid("json"))),
      )
      /** The preview as the public page will show it (GET, so it opens as a page of its own). */
      .get(
        "/transparency/preview.html",
        doc("Preview a period's transparency page exactly as the public page renders it"),
        async (c) => {
          const input = v.safeParse(Period, { from: c.req.query("from"), to: c.req.query("to") });
          if (!input.success || input.output.from > input.output.to)
            throw badRequest("bad_period", "Choose a period whose start and end are dates, the start first.");
          const report = await previewPeriod(caseContext(c), input.output);
          const { orgName } = c.var.settings;
          const lang = pageLanguage(c.req.query("lang"), c.req.header("accept-language"));
          return c.html(
            transparencyPage(renderTransparencyHtml(report, orgName, lang), orgName, { lang, preview: true }),
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
        async (c) => c.json(await publishPeriod(caseContext(c), c.var.person.id, c.req.valid("json")), 201),
      )
  );
}
