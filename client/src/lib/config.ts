/**
 * GET /api/config, read defensively: categories and relationships are versioned data files
 * (content/*.json) whose labels are per-language maps. Whatever does not fit is skipped, not guessed.
 */
import { t } from "../i18n";

export interface Option {
  id: string;
  label: string;
  hint: string;
}

export interface OptionGroup {
  id: string;
  label: string;
  options: Option[];
}

/** A question an admin set for a channel's report form (server/routes/settings.ts). */
export interface Question {
  id: string;
  type: "text" | "single" | "multiple" | "date";
  label: string;
  options: string[];
}

/** A channel's current questions; version 0 and none when it has none. */
export interface Questionnaire {
  version: number;
  questions: Question[];
}

export interface Config {
  organisation: { name: string; jurisdiction: string; timeZone: string };
  channels: { id: string; name: string; questions: Questionnaire }[];
  categories: OptionGroup[];
  relationships: Option[];
  /** Where else to report: the organisation's national authorities and the EU bodies (AI Office tool first). */
  external: ExternalBody[];
  /** The organisation's member states (its notice profile), for its own national categories. */
  countries: string[];
}

export interface ExternalBody {
  name: string;
  url: string;
  /** A member state code, or "EU". */
  where: string;
}

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === "object" && x !== null && !Array.isArray(x);
const str = (x: unknown): string => (typeof x === "string" ? x : "");

/** A label in the page's language: a plain string, or `{ en: ..., de: ... }` falling back to English. */
export function localized(x: unknown): string {
  if (typeof x === "string") return x;
  if (!isObj(x)) return "";
  return str(x[t.lang]) || str(x.en) || str(Object.values(x).find((v) => typeof v === "string"));
}

function option(x: unknown): Option | null {
  if (typeof x === "string") return { id: x, label: x, hint: "" };
  if (!isObj(x)) return null;
  const id = str(x.id) || str(x.value);
  const label = localized(x.label ?? x.name ?? x.title);
  return id && label ? { id, label, hint: localized(x.hint ?? x.description) } : null;
}

function firstArray(x: unknown, keys: string[]): unknown[] {
  if (Array.isArray(x)) return x;
  if (!isObj(x)) return [];
  for (const k of keys) if (Array.isArray(x[k])) return x[k] as unknown[];
  return [];
}

const notNull = <T>(x: T | null): x is T => x !== null;

const QUESTION_TYPES = ["text", "single", "multiple", "date"] as const;

function questionnaire(x: unknown): Questionnaire {
  const o = isObj(x) ? x : {};
  const questions = firstArray(o.questions, [])
    .map((q): Question | null => {
      if (!isObj(q)) return null;
      const type = QUESTION_TYPES.find((k) => k === q.type);
      const options = firstArray(q.options, []).map(str).filter(Boolean);
      return type && str(q.id) && str(q.label) ? { id: str(q.id), type, label: str(q.label), options } : null;
    })
    .filter(notNull);
  return { version: typeof o.version === "number" ? o.version : 0, questions };
}

export function parseConfig(raw: unknown): Config {
  const o = isObj(raw) ? raw : {};
  const org = isObj(o.organisation) ? o.organisation : {};
  const channels = firstArray(o.channels, [])
    .map((c) =>
      isObj(c) && str(c.id)
        ? { id: str(c.id), name: str(c.name) || str(c.id), questions: questionnaire(c.questions) }
        : null,
    )
    .filter(notNull);
  const categories = firstArray(o.categories, ["groups", "categories"])
    .map((g): OptionGroup | null => {
      if (!isObj(g)) return null;
      const options = firstArray(g, ["categories", "items", "options"]).map(option).filter(notNull);
      return options.length ? { id: str(g.id), label: localized(g.label ?? g.name), options } : null;
    })
    .filter(notNull);
  const relationships = firstArray(o.relationships, ["relationships", "options", "values", "items"])
    .map(option)
    .filter(notNull);
  const ext = isObj(o.external) ? o.external : {};
  const body = (x: unknown): ExternalBody | null =>
    isObj(x) && /^https:\/\//.test(str(x.url))
      ? { name: str(x.nameEn) || str(x.name), url: str(x.url), where: str(x.jurisdiction) }
      : null;
  const external = [
    ...firstArray(ext.countries, []).flatMap((c) => (isObj(c) ? firstArray(c.authorities, []) : [])),
    ...firstArray(ext.eu, []),
  ]
    .map(body)
    .filter(notNull);
  const countries = firstArray(ext.countries, [])
    .map((c) => (isObj(c) ? str(c.country) : ""))
    .filter(Boolean);
  return {
    organisation: { name: str(org.name), jurisdiction: str(org.jurisdiction), timeZone: str(org.timeZone) },
    channels,
    categories,
    relationships,
    external,
    countries,
  };
}

/** The label of a category id, for showing a decrypted report; the id itself when unknown. */
export function categoryLabel(config: Config | null, id: string): string {
  for (const g of config?.categories ?? []) {
    const found = g.options.find((o) => o.id === id);
    if (found) return `${g.label}: ${found.label}`;
  }
  return id;
}

/** The label of a relationship id; the id itself when unknown. */
export function relationshipLabel(config: Config | null, id: string | null): string {
  if (id === null || id === "") return t.fields.none;
  return config?.relationships.find((r) => r.id === id)?.label ?? id;
}
