/**
 * The pages of the notice routes as answers: a status, a body and the headers the body needs. The one
 * file of server/notice/ that reads the store (the approved notice version, a published period); the
 * rendering stays in the pure modules. Nothing here counts readers or loads anything from elsewhere.
 */
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { Database } from "../../db/index";
import { publishedPeriod } from "../../db/queries/notice";
import { getSettings } from "../../db/queries/settings";
import { publishedNotice } from "../admin/notice";
import { previewPeriod } from "../admin/transparency";
import type { CaseContext } from "../case/context";
import { notFound } from "../errors";
import { pageLanguage } from "../i18n/page-language";
import { renderTransparencyHtml, transparencyJson, transparencyPage } from "../transparency/index";
import { DIRECTORY } from "./directory";
import { renderNoticeHtml, renderSnippetHtml } from "./html";
import { message } from "./i18n";
import { noticePage, notPublishedPage } from "./page";
import { renderPosterHtml } from "./poster";
import { renderNoticeText } from "./text";

/** Pages with a `<style>` block and no script at all: nothing can run, nothing is fetched. */
const NO_SCRIPT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
const noScript = { "content-security-policy": NO_SCRIPT_CSP };

/** The reader's language wishes: `?lang=` first, then the browser's Accept-Language. */
export interface Reader {
  lang?: string | undefined;
  acceptLanguage?: string | undefined;
}

/** A page to answer with. */
export interface Page {
  /**
   * 404 while there is nothing published yet; absent for the default 200, so that a plain-text page
   * goes out exactly as `c.text(body)` sends it.
   */
  status?: ContentfulStatusCode;
  body: string;
  headers?: Record<string, string>;
}

const readerLanguage = (reader: Reader) => pageLanguage(reader.lang, reader.acceptLanguage);

/** The notice for `reader`, or the page that says it is not published yet. */
async function noticePageWith(
  database: Database,
  reader: Reader,
  render: (notice: NonNullable<Awaited<ReturnType<typeof publishedNotice>>>) => Page,
): Promise<Page> {
  const notice = await publishedNotice(database, reader.lang, reader.acceptLanguage);
  if (!notice) return { status: 404, body: notPublishedPage(readerLanguage(reader), "notice") };
  return render(notice);
}

/** The annual notice to workers as a page of its own (latest approved version). */
export const noticeHtmlPage = (database: Database, reader: Reader) =>
  noticePageWith(database, reader, ({ profile, lang, opts }) => ({
    body: noticePage(renderNoticeHtml(profile, DIRECTORY, lang, opts), lang, profile.languages, profile.name),
  }));

/** The printable A4 poster with a QR code to the channel. */
export const noticePosterPage = (database: Database, reader: Reader) =>
  noticePageWith(database, reader, ({ profile, lang, opts }) => ({
    body: renderPosterHtml(profile, DIRECTORY, lang, opts),
    headers: noScript,
  }));

/** The self-contained HTML snippet for intranets. */
export const noticeSnippetPage = (database: Database, reader: Reader) =>
  noticePageWith(database, reader, ({ profile, lang, opts }) => ({
    body: renderSnippetHtml(profile, DIRECTORY, lang, opts),
    headers: noScript,
  }));

/** The notice as plain text for an e-mail to all staff. */
export async function noticeTextPage(database: Database, reader: Reader): Promise<Page> {
  const notice = await publishedNotice(database, reader.lang, reader.acceptLanguage);
  if (!notice) return { status: 404, body: `${message(readerLanguage(reader), "notPublished.notice")}\n` };
  return { body: renderNoticeText(notice.profile, DIRECTORY, notice.lang, notice.opts) };
}

/** A published transparency report (the latest, or the period `period` names) with its SVG charts. */
export async function transparencyHtmlPage(
  database: Database,
  reader: Reader & { period?: string | undefined },
): Promise<Page> {
  const published = await publishedPeriod(database, reader.period);
  if (!published) return { status: 404, body: notPublishedPage(readerLanguage(reader), "transparency") };
  const { orgName } = await getSettings(database);
  const lang = readerLanguage(reader);
  const fragment = renderTransparencyHtml(JSON.parse(published.report), orgName, lang);
  const period = reader.period ? published.id : undefined;
  return {
    body: transparencyPage(fragment, orgName, { lang, period, languageLinks: true }),
    headers: noScript,
  };
}

/** A published transparency report as JSON; 404 before anything is published. */
export async function transparencyJsonText(database: Database, period: string | undefined): Promise<string> {
  const published = await publishedPeriod(database, period);
  if (!published) throw notFound("Nothing has been published yet.");
  return transparencyJson(JSON.parse(published.report));
}

/** An admin's preview of a period's transparency page, exactly as the public page would render it. */
export async function transparencyPreviewPage(
  ctx: CaseContext,
  period: { from: string; to: string },
  reader: Reader,
): Promise<Page> {
  const report = await previewPeriod(ctx, period);
  const { orgName } = ctx.settings;
  const lang = readerLanguage(reader);
  return {
    body: transparencyPage(renderTransparencyHtml(report, orgName, lang), orgName, { lang, preview: true }),
    headers: noScript,
  };
}
