/**
 * The annual notice to workers (LAW.md section 9; Directive Art. 9(1)(g); GPAI Code of Practice
 * Measure 8.3) and the transparency report. Public pages render the latest APPROVED notice version;
 * admins keep the profile, approve versions and log each issue as evidence. Nothing here counts
 * readers, redirects links or loads anything from another origin.
 */
import { type Context, Hono } from "hono";
import * as notice from "../admin/notice";
import { previewPeriod, publishPeriod } from "../admin/transparency";
import type { Env } from "../context";
import { caseContext } from "../middleware/request-context";
import { requireRole, requireSession } from "../middleware/session";
import { NOTICE_CSS } from "../notice/page";
import * as pages from "../notice/pages";
import { doc } from "../openapi";
import { Issuance, Period, Profile, previewPeriodOf } from "../shapes/notice";
import { json } from "../validate";

/** The reader's language wishes, as the request states them. */
const reader = (c: Context<Env>): pages.Reader => ({
  lang: c.req.query("lang"),
  acceptLanguage: c.req.header("accept-language"),
});

/** A rendered page, answered with its status and headers. */
const html = (c: Context<Env>, page: pages.Page) => c.html(page.body, page.status, page.headers);

export function noticeRoutes() {
  return new Hono<Env>()
    .get("/notice/notice.css", doc("The notice page's stylesheet"), (c) =>
      c.body(NOTICE_CSS, 200, { "content-type": "text/css; charset=utf-8" }),
    )
    .get("/notice", doc("The annual notice to workers (latest approved version), ?lang="), async (c) =>
      html(c, await pages.noticeHtmlPage(c.var.deps.database, reader(c))),
    )
    .get("/notice/poster", doc("Printable A4 poster with a QR code to the channel"), async (c) =>
      html(c, await pages.noticePosterPage(c.var.deps.database, reader(c))),
    )
    .get("/notice/snippet.html", doc("Self-contained HTML snippet for intranets"), async (c) =>
      html(c, await pages.noticeSnippetPage(c.var.deps.database, reader(c))),
    )
    .get("/notice.txt", doc("The notice as plain text for an e-mail to all staff"), async (c) => {
      const page = await pages.noticeTextPage(c.var.deps.database, reader(c));
      return c.text(page.body, page.status);
    })
    .get("/transparency", doc("Published transparency report (HTML with SVG charts)"), async (c) => {
      const period = c.req.query("period");
      return html(c, await pages.transparencyHtmlPage(c.var.deps.database, { ...reader(c), period }));
    })
    .get("/transparency.json", doc("Published transparency report as JSON"), async (c) =>
      c.body(await pages.transparencyJsonText(c.var.deps.database, c.req.query("period")), 200, {
        "content-type": "application/json; charset=utf-8",
      }),
    )
    .route("/api/admin", noticeAdminRoutes());
}

/** The admin side: the organisation profile, notice versions and issuances, transparency periods. */
function noticeAdminRoutes() {
  return (
    new Hono<Env>()
      .use("*", requireSession(), requireRole("admin"))
      .get("/profile", doc("The organisation profile the notice is generated from"), async (c) =>
        c.json(notice.profileView(caseContext(c))),
      )
      .put("/profile", doc("Update the organisation profile"), json(Profile), async (c) =>
        c.json(await notice.saveProfile(caseContext(c), c.var.person, c.req.valid("json"))),
      )
      .get("/notice", doc("Notice versions, issuance log and when the next issue is due"), async (c) =>
        c.json(await notice.noticeView(caseContext(c))),
      )
      .post("/notice/versions", doc("Freeze the current profile as a new notice version"), async (c) =>
        c.json(await notice.newNoticeVersion(caseContext(c), c.var.person), 201),
      )
      .post("/notice/versions/:version/approve", doc("Approve a notice version (who, when)"), async (c) =>
        c.json(
          await notice.approveNoticeVersion(caseContext(c), c.var.person, Number(c.req.param("version"))),
        ),
      )
      .post(
        "/notice/issuances",
        doc("Record an issue of the notice (date, version, channel, audience size)"),
        json(Issuance),
        async (c) =>
          c.json(await notice.recordIssuance(caseContext(c), c.var.person, c.req.valid("json")), 201),
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
          const period = previewPeriodOf(c.req.query("from"), c.req.query("to"));
          return html(c, await pages.transparencyPreviewPage(caseContext(c), period, reader(c)));
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
