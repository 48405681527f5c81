/**
 * Which language a reporter page is served in. The person's own choice (`?lang=` in the URL, set by the
 * language picker and carried from the form to the token page and the inbox) wins; the browser's
 * Accept-Language only sets the first choice; never the address. Nothing is stored: no cookie, no session.
 * Each language's pages are built ahead (`/l/<lang>/report.html`, see vite.config.ts), so the text and the
 * no-JavaScript explanation are in the person's language before any script runs.
 */
import list from "../../content/languages.json";

/** The 24 official EU languages, by code. */
export const LANGUAGES: readonly string[] = list.languages.map((l) => l.code);
export const DEFAULT_LANGUAGE = "en";

/** The pages a reporting person sees; the staff app (handler.html) is not negotiated here. */
const REPORTER_PAGES = new Set(["/", "/index.html", "/report.html", "/inbox.html"]);

/**
 * The first language of an Accept-Language header, by quality (RFC 9110, 12.5.4), that is among
 * `available` (by default the 24 official languages; the notice offers only its profile's languages).
 */
export function fromAcceptLanguage(
  header: string | undefined,
  available: readonly string[] = LANGUAGES,
): string | undefined {
  if (!header) return undefined;
  const ranges = header
    .split(",")
    .slice(0, 32)
    .map((part, i) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number(q.slice(2)) : 1;
      return { primary: tag.trim().toLowerCase().split("-")[0] ?? "", quality, i };
    })
    .filter((r) => Number.isFinite(r.quality) && r.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.i - b.i);
  return ranges.find((r) => available.includes(r.primary))?.primary;
}

/** The language of a page: a valid `?lang=` first, then Accept-Language, then English. */
export function pageLanguage(query: string | undefined, acceptLanguage: string | undefined): string {
  const chosen = query?.toLowerCase();
  if (chosen && LANGUAGES.includes(chosen)) return chosen;
  return fromAcceptLanguage(acceptLanguage) ?? DEFAULT_LANGUAGE;
}

/** The built file to serve for a request path; paths other than the reporter pages are left alone. */
export function localizedPagePath(path: string, lang: string): string {
  const page = path === "/" ? "/index.html" : path;
  if (!REPORTER_PAGES.has(path) || lang === DEFAULT_LANGUAGE || !LANGUAGES.includes(lang)) return page;
  return `/l/${lang}${page}`;
}

/** True for the paths whose language is negotiated. */
export const isReporterPage = (path: string): boolean => REPORTER_PAGES.has(path);
