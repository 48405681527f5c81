/**
 * The shape of a language catalog. `ReporterCatalog` is what a reporting person's pages need, which every
 * one of the 24 languages carries (see catalogs/ and content/languages.json for each catalog's review
 * status); `StaffCatalog` is what the staff app adds (staff/, in the staff languages); `Catalog` is both,
 * which the staff app reads.
 */
import type { en } from "./en.ts";
import type { enStaff } from "./en-staff.ts";

export type ReporterCatalog = typeof en;

export type StaffCatalog = typeof enStaff;

/** The staff app's sections, which reporter catalogs leave out. */
export type StaffSection = keyof StaffCatalog;

export type Catalog = ReporterCatalog & StaffCatalog;

/**
 * A translation as written: strings a newer English catalog added may still be missing. The catalog tests
 * fail until they are translated; until then the build fills them in from English (scripts/i18n-pages.ts),
 * so a page never shows a hole.
 */
export type Translation<T> = {
  [K in keyof T]?: T[K] extends (...args: never[]) => unknown
    ? T[K]
    : T[K] extends Record<string, string>
      ? Record<string, string>
      : T[K] extends object
        ? Translation<T[K]>
        : T[K];
};

export type ReporterTranslation = Translation<ReporterCatalog>;

export type StaffTranslation = Translation<StaffCatalog>;

/** A copy of `translation` with every string it lacks taken from `source` (English). */
export function fillFrom<T extends object>(source: T, translation: Translation<T>): T {
  const out: Record<string, unknown> = { ...translation };
  for (const [key, value] of Object.entries(source)) {
    const own = (translation as Record<string, unknown>)[key];
    if (own === undefined) out[key] = value;
    else if (typeof value === "object" && value !== null && typeof own === "object" && own !== null)
      out[key] = { ...fillFrom(value as object, own as object) };
    else out[key] = own;
  }
  return out as T;
}
