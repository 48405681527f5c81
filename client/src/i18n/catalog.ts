/**
 * The shape of a language catalog. `Catalog` is everything the English catalog holds (staff app
 * included); `ReporterCatalog` is what a reporting person's pages need, which every one of the 24
 * languages carries (see catalogs/ and content/languages.json for each catalog's review status).
 */
import type { en } from "./en.ts";
import type { enStaff } from "./en-staff.ts";

export type Catalog = typeof en;

/** The staff app's sections, which reporter catalogs leave out. */
export type StaffSection = keyof typeof enStaff | "handler";

export type ReporterCatalog = Omit<Catalog, StaffSection>;
