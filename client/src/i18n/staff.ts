/**
 * Imported first by the staff app. Chooses its language (`?lang=`, else the browser's languages, see
 * staff-language.ts), loads that language's reporter catalog and staff catalog (staff-catalogs/, English
 * for anything a translation still lacks), and sets them before any staff module runs: the top-level
 * await holds the rest of the app, so modules may read `t` at load. A new staff language is one file in
 * staff-catalogs/ (checked by test/client/i18n/staff-catalogs.test.ts).
 */
import languageList from "../../../content/languages.json";
import { fillFrom, type StaffTranslation } from "./catalog.ts";
import { enStaff } from "./en-staff.ts";
import { loadReporterCatalog, setCatalog, t } from "./index.ts";
import { staffLanguage } from "./staff-language.ts";

const loaders = import.meta.glob<{ default: StaffTranslation }>("./staff-catalogs/*.ts");

/** The languages the staff app is available in. */
export const STAFF_LANGUAGES: readonly string[] = [
  "en",
  ...Object.keys(loaders).map((path) => path.replace(/^.*\/([a-z]{2})\.ts$/, "$1")),
].sort();

const lang = staffLanguage(
  STAFF_LANGUAGES,
  new URLSearchParams(location.search).get("lang"),
  navigator.languages ?? [],
);
await loadReporterCatalog(lang);
const load = loaders[`./staff-catalogs/${lang}.ts`];
setCatalog({ ...t, ...(load ? fillFrom(enStaff, (await load()).default) : enStaff) });
document.documentElement.lang = lang;

/** The string at a dotted path of the catalog (for the page's static text). */
function lookup(path: string): string | undefined {
  let v: unknown = t;
  for (const part of path.split(".")) v = (v as Record<string, unknown> | undefined)?.[part];
  return typeof v === "string" ? v : undefined;
}

// The page's static text was written in English at build time; relabel it in the chosen language.
document.title = t.handler.title;
for (const el of document.querySelectorAll<HTMLElement>("[data-i18n]"))
  el.textContent = lookup(el.dataset.i18n ?? "") ?? el.textContent;
for (const el of document.querySelectorAll<HTMLElement>("[data-i18n-label]"))
  el.setAttribute("aria-label", lookup(el.dataset.i18nLabel ?? "") ?? "");

// The language picker: each staff language in its own name; choosing one reloads the app in it.
const names = new Map(languageList.languages.map((l) => [l.code, l.name]));
const picker = document.getElementById("staff-lang");
if (picker) {
  const list = document.createElement("ul");
  list.className = "lang-list";
  for (const code of STAFF_LANGUAGES) {
    const link = document.createElement("a");
    link.href = `?lang=${code}`;
    link.hreflang = code;
    link.lang = code;
    link.dataset.testid = "staff-lang-option";
    link.textContent = names.get(code) ?? code;
    if (code === lang) link.setAttribute("aria-current", "true");
    const item = document.createElement("li");
    item.appendChild(link);
    list.appendChild(item);
  }
  const summary = document.createElement("summary");
  summary.className = "lang-summary";
  summary.textContent = `${t.common.language}: ${names.get(lang) ?? lang}`;
  picker.replaceChildren(summary, list);
}
