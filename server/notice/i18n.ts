/**
 * Message catalogs of the public pages the server renders: the annual notice
 * (page, poster, snippet, plain text) and the transparency report. Each
 * language is one JSON file in `content/notice/`, for the 24 official EU
 * languages; each catalog's review status (`machine-draft` or `reviewed`) is
 * its language's entry in `content/languages.json`, as for the reporter
 * catalogs. English is the reference: a key missing from another catalog falls
 * back to English, and `missingKeys` lets a test list the gaps.
 */
import bg from "../../content/notice/bg.json";
import cs from "../../content/notice/cs.json";
import da from "../../content/notice/da.json";
import de from "../../content/notice/de.json";
import el from "../../content/notice/el.json";
import en from "../../content/notice/en.json";
import es from "../../content/notice/es.json";
import et from "../../content/notice/et.json";
import fi from "../../content/notice/fi.json";
import fr from "../../content/notice/fr.json";
import ga from "../../content/notice/ga.json";
import hr from "../../content/notice/hr.json";
import hu from "../../content/notice/hu.json";
import it from "../../content/notice/it.json";
import lt from "../../content/notice/lt.json";
import lv from "../../content/notice/lv.json";
import mt from "../../content/notice/mt.json";
import nl from "../../content/notice/nl.json";
import pl from "../../content/notice/pl.json";
import pt from "../../content/notice/pt.json";
import ro from "../../content/notice/ro.json";
import sk from "../../content/notice/sk.json";
import sl from "../../content/notice/sl.json";
import sv from "../../content/notice/sv.json";
import { NoticeError } from "./errors";

/** A key of the English reference catalog. */
export type MessageKey = keyof typeof en;

/** A catalog: any subset of the reference keys. */
export type Catalog = Partial<Record<MessageKey, string>>;

const CATALOGS: Readonly<Record<string, Catalog>> = {
  en,
  bg,
  cs,
  da,
  de,
  el,
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

/** The languages that have a catalog, reference language first. */
export const NOTICE_LANGUAGES: readonly string[] = Object.keys(CATALOGS);

/** Every key of the reference catalog. */
export const MESSAGE_KEYS = Object.keys(en) as MessageKey[];

/**
 * Maps a language tag ("de-AT", "FR") to a language that has a catalog,
 * falling back to English.
 */
export function resolveLanguage(tag: string): string {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? "";
  return primary in CATALOGS ? primary : "en";
}

/**
 * The message for `key` in `lang` (English where the catalog lacks it), with
 * `{name}` placeholders replaced by `vars`. The result is plain text: renderers
 * escape it. Throws `missing-variable` when a placeholder has no value.
 */
export function message(lang: string, key: MessageKey, vars: Readonly<Record<string, string>> = {}): string {
  const template = CATALOGS[resolveLanguage(lang)]?.[key] ?? en[key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = vars[name];
    if (value === undefined) throw new NoticeError("missing-variable", `no value for {${name}} in ${key}`);
    return value;
  });
}

/** The raw catalog for `lang` (empty when there is none), e.g. for checks of placeholders. */
export function catalog(lang: string): Catalog {
  return CATALOGS[lang] ?? {};
}

/** Reference keys that the catalog for `lang` lacks (they fall back to English). */
export function missingKeys(lang: string): MessageKey[] {
  const catalog = CATALOGS[lang] ?? {};
  return MESSAGE_KEYS.filter((key) => typeof catalog[key] !== "string");
}

/** Keys in the catalog for `lang` that the reference catalog does not know (likely typos). */
export function unknownKeys(lang: string): string[] {
  const catalog = CATALOGS[lang] ?? {};
  return Object.keys(catalog).filter((key) => !(key in en));
}
