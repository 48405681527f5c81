/**
 * Every reporter catalog, eagerly: for the build (which writes each page in each language) and the
 * catalog tests. Pages never import this; they load one catalog (index.ts).
 */
import { fillFrom, type ReporterCatalog, type ReporterTranslation } from "./catalog.ts";
import bg from "./catalogs/bg.ts";
import cs from "./catalogs/cs.ts";
import da from "./catalogs/da.ts";
import de from "./catalogs/de.ts";
import el from "./catalogs/el.ts";
import en from "./catalogs/en.ts";
import es from "./catalogs/es.ts";
import et from "./catalogs/et.ts";
import fi from "./catalogs/fi.ts";
import fr from "./catalogs/fr.ts";
import ga from "./catalogs/ga.ts";
import hr from "./catalogs/hr.ts";
import hu from "./catalogs/hu.ts";
import it from "./catalogs/it.ts";
import lt from "./catalogs/lt.ts";
import lv from "./catalogs/lv.ts";
import mt from "./catalogs/mt.ts";
import nl from "./catalogs/nl.ts";
import pl from "./catalogs/pl.ts";
import pt from "./catalogs/pt.ts";
import ro from "./catalogs/ro.ts";
import sk from "./catalogs/sk.ts";
import sl from "./catalogs/sl.ts";
import sv from "./catalogs/sv.ts";

/** The catalogs as written (the catalog tests check these for completeness). */
export const reporterTranslations: Record<string, ReporterTranslation> = {
  bg,
  cs,
  da,
  de,
  el,
  en,
  es,
  et,
  fi,
  fr,
  ga,
  hr,
  hu,
  it,
  lt,
  lv,
  mt,
  nl,
  pl,
  pt,
  ro,
  sk,
  sl,
  sv,
};

/** The catalogs as pages get them: anything a translation still lacks comes from English. */
export const reporterCatalogs: Record<string, ReporterCatalog> = Object.fromEntries(
  Object.entries(reporterTranslations).map(([code, translation]) => [code, fillFrom(en, translation)]),
);
