/**
 * Message catalogs for the annual notice. Each language is one JSON file in
 * `content/notice/`; adding a language is adding that file and one line to
 * `CATALOGS` below. English is the reference: a key missing from another
 * catalog falls back to English, and `missingKeys` lets a test list the gaps.
 */
import de from "../../content/notice/de.json";
import en from "../../content/notice/en.json";
import fr from "../../content/notice/fr.json";
import { NoticeError } from "./errors";

/** A key of the English reference catalog. */
export type MessageKey = keyof typeof en;

/** A catalog: any subset of the reference keys. */
export type Catalog = Partial<Record<MessageKey, string>>;

const CATALOGS: Readonly<Record<string, Catalog>> = {
  en,
  de,
  fr,
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
