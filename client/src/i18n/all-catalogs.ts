/**
 * Every reporter catalog, eagerly: for the build (which writes each page in each language) and the
 * catalog tests. Pages never import this; they load one catalog (index.ts).
 */
import type { ReporterCatalog } from "./catalog.ts";
import de from "./catalogs/de.ts";
import en from "./catalogs/en.ts";
import pl from "./catalogs/pl.ts";

export const reporterCatalogs: Record<string, ReporterCatalog> = { en, de, pl };
