/// <reference types="vite/client" />
/**
 * The catalog in use, as a live binding: a page chooses its language when it starts. Reporter pages load
 * only the chosen language's catalog (one chunk per language under `catalogs/`); the staff app sets the
 * full English catalog (`staff.ts`) before its modules run.
 */
import type { Catalog, ReporterTranslation } from "./catalog";

export type { Catalog, ReporterCatalog } from "./catalog";

export let t: Catalog = undefined as unknown as Catalog;

/** Sets the catalog of a page that has every string (the staff app). */
export function setCatalog(catalog: Catalog): void {
  t = catalog;
}

const loaders = import.meta.glob<{ default: ReporterTranslation }>("./catalogs/*.ts");

/**
 * Loads the reporter catalog of the page's language (`<html lang>`, which the server chose from `?lang=` or
 * Accept-Language), falling back to English. Reporter pages never reach the staff strings, which their
 * catalogs do not carry.
 */
export async function loadReporterCatalog(lang = document.documentElement.lang): Promise<void> {
  const load = loaders[`./catalogs/${lang}.ts`] ?? loaders["./catalogs/en.ts"];
  if (!load) throw new Error("i18n: no catalog");
  t = (await load()).default as Catalog;
}
