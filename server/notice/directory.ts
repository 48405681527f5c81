/**
 * The directory of external reporting channels and support bodies
 * (`content/authorities.json`): competent authorities (Directive (EU) 2019/1937
 * Art. 11), support measures (Art. 20) and EU bodies, including the AI Office's
 * AI Act Whistleblower Tool (AI Act Art. 87). The data lives in the JSON file;
 * this module checks its shape and selects from it.
 */
import authorities from "../../content/authorities.json";
import { NoticeError } from "./errors";

/** The 27 EU Member States as ISO 3166-1 alpha-2 codes (Greece is GR, not EL). */
export const EU_MEMBER_STATES = [
  "AT",
  "BE",
  "BG",
  "HR",
  "CY",
  "CZ",
  "DK",
  "EE",
  "FI",
  "FR",
  "DE",
  "GR",
  "HU",
  "IE",
  "IT",
  "LV",
  "LT",
  "LU",
  "MT",
  "NL",
  "PL",
  "PT",
  "RO",
  "SK",
  "SI",
  "ES",
  "SE",
] as const;

/** An EU Member State code. */
export type MemberState = (typeof EU_MEMBER_STATES)[number];

/** Text in several languages; `en` is always present. */
export type LocalizedText = { en: string } & Readonly<Record<string, string>>;

/**
 * What an entry does: receives external reports itself, points reporters to the
 * competent authority, supports reporters (Art. 20), or oversees EU institutions
 * (the EDPS, the European Ombudsman): not a channel for breach reports under
 * Directive Art. 11 or AI Act Art. 87, so the notice shows it apart.
 */
export type AuthorityRole = "external-channel" | "referral" | "support" | "oversight";

/** One authority, EU body or support body. */
export interface AuthorityEntry {
  /** Stable identifier, e.g. "de-bfj". */
  id: string;
  /** A Member State code, or "EU" for Union bodies. */
  jurisdiction: MemberState | "EU";
  roles: AuthorityRole[];
  /** Official name, in the body's own language. */
  name: string;
  nameEn: string;
  /** What the body handles, in plain words. */
  scope: LocalizedText;
  /** The page reporters should open (https). */
  url: string;
  /** Where the facts in this entry were checked (https). */
  source: string;
  /** ISO date of the last check. */
  lastChecked: string;
  /** True where the entry has not been checked against the official page. */
  verify?: boolean;
  /** A separate reporting portal, where it differs from `url`. */
  portalUrl?: string;
  /** True where `portalUrl` must still be confirmed from the information page. */
  portalVerify?: boolean;
  /** Report categories the body is specialised in (ids from content/categories.json). */
  topics?: string[];
  /** A national rule the reporter should know about, e.g. a stricter condition. */
  note?: LocalizedText;
  launchedOn?: string;
}

/** A country's display names and whistleblowing law. */
export interface CountryInfo {
  name: LocalizedText;
  /** Official languages (ISO 639-1): an entry's own name needs no translation for readers of these. */
  languages: string[];
  law: string;
}

/** The whole directory, as stored in `content/authorities.json`. */
export interface AuthorityDirectory {
  version: string;
  lastChecked: string;
  source: string;
  countries: Readonly<Record<string, CountryInfo>>;
  entries: AuthorityEntry[];
}

/** The id of the AI Office's AI Act Whistleblower Tool entry. */
export const AI_OFFICE_TOOL_ID = "eu-ai-office-whistleblower-tool";

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ROLES: readonly string[] = ["external-channel", "referral", "support", "oversight"];

function fail(message: string): never {
  throw new NoticeError("invalid-directory", message);
}

function isHttps(value: unknown): value is string {
  if (typeof value !== "string") return false;
  try {
    return new URL(value).protocol === "https:";
  } catch {
    return false;
  }
}

function checkLocalized(value: unknown, where: string): void {
  const v = value as Record<string, unknown> | null;
  if (typeof v !== "object" || v === null || typeof v.en !== "string") fail(`${where}: no english text`);
  for (const text of Object.values(v)) if (typeof text !== "string") fail(`${where}: text is not a string`);
}

function checkEntry(value: unknown, index: number): void {
  const e = value as Record<string, unknown>;
  const where = `entry ${index}`;
  if (typeof e !== "object" || e === null) fail(`${where}: not an object`);
  for (const key of ["id", "name", "nameEn"] as const)
    if (typeof e[key] !== "string" || !e[key]) fail(`${where}: no ${key}`);
  const j = e.jurisdiction;
  if (j !== "EU" && !(EU_MEMBER_STATES as readonly unknown[]).includes(j)) fail(`${where}: bad jurisdiction`);
  if (!Array.isArray(e.roles) || e.roles.length === 0 || !e.roles.every((r) => ROLES.includes(r)))
    fail(`${where}: bad roles`);
  checkLocalized(e.scope, `${where} scope`);
  if (!isHttps(e.url)) fail(`${where}: url is not https`);
  if (!isHttps(e.source)) fail(`${where}: source is not https`);
  if (typeof e.lastChecked !== "string" || !DATE.test(e.lastChecked)) fail(`${where}: bad lastChecked`);
  if (e.portalUrl !== undefined && !isHttps(e.portalUrl)) fail(`${where}: portalUrl is not https`);
  if (e.note !== undefined) checkLocalized(e.note, `${where} note`);
}

/**
 * Checks that `json` has the directory's shape (https URLs, dates, roles,
 * English text everywhere) and returns it typed. Throws `invalid-directory`.
 */
export function parseDirectory(json: unknown): AuthorityDirectory {
  const d = json as Record<string, unknown>;
  if (typeof d !== "object" || d === null) fail("not an object");
  if (typeof d.version !== "string" || typeof d.lastChecked !== "string" || typeof d.source !== "string") {
    fail("no version, lastChecked or source");
  }
  if (typeof d.countries !== "object" || d.countries === null) fail("no countries");
  for (const [code, info] of Object.entries(d.countries)) {
    if (!(EU_MEMBER_STATES as readonly string[]).includes(code)) fail(`unknown country ${code}`);
    checkLocalized((info as CountryInfo).name, `country ${code}`);
    if (!Array.isArray((info as CountryInfo).languages)) fail(`country ${code}: no languages`);
  }
  if (!Array.isArray(d.entries)) fail("no entries");
  d.entries.forEach(checkEntry);
  const ids = new Set((d.entries as AuthorityEntry[]).map((e) => e.id));
  if (ids.size !== d.entries.length) fail("duplicate entry id");
  return d as unknown as AuthorityDirectory;
}

/** The directory shipped in `content/authorities.json`, checked once at load. */
export const DIRECTORY: AuthorityDirectory = parseDirectory(authorities);

/** `text` in `lang`, or in English where it has no translation. */
export function localized(text: LocalizedText, lang: string): string {
  return text[lang] ?? text.en;
}

/**
 * Where to report externally in `country`: bodies that receive reports, then
 * bodies that point to the competent authority.
 */
export function nationalChannels(dir: AuthorityDirectory, country: string): AuthorityEntry[] {
  const here = dir.entries.filter((e) => e.jurisdiction === country);
  return [
    ...here.filter((e) => e.roles.includes("external-channel")),
    ...here.filter((e) => !e.roles.includes("external-channel") && e.roles.includes("referral")),
  ];
}

/** Support bodies (Art. 20) in `country`. */
export function supportBodies(dir: AuthorityDirectory, country: string): AuthorityEntry[] {
  return dir.entries.filter((e) => e.jurisdiction === country && e.roles.includes("support"));
}

/** EU bodies that receive reports, the AI Office tool first. */
export function euBodies(dir: AuthorityDirectory): AuthorityEntry[] {
  const eu = dir.entries.filter((e) => e.jurisdiction === "EU" && !e.roles.includes("oversight"));
  return [...eu.filter((e) => e.id === AI_OFFICE_TOOL_ID), ...eu.filter((e) => e.id !== AI_OFFICE_TOOL_ID)];
}

/** EU bodies that oversee the institutions (data protection, maladministration): not report channels. */
export function euOversight(dir: AuthorityDirectory): AuthorityEntry[] {
  return dir.entries.filter((e) => e.jurisdiction === "EU" && e.roles.includes("oversight"));
}

/** The AI Office's AI Act Whistleblower Tool, if the directory has it. */
export function aiOfficeTool(dir: AuthorityDirectory): AuthorityEntry | undefined {
  return dir.entries.find((e) => e.id === AI_OFFICE_TOOL_ID);
}

/** Entries (or portal addresses) still to be checked against the official page before a release. */
export function unverifiedEntries(dir: AuthorityDirectory): AuthorityEntry[] {
  return dir.entries.filter((e) => e.verify === true || e.portalVerify === true);
}

/**
 * How to name `entry` for a reader of `lang`: its official name, followed by
 * the English name in brackets unless the reader shares the body's language.
 */
export function entryLabel(dir: AuthorityDirectory, entry: AuthorityEntry, lang: string): string {
  if (entry.name === entry.nameEn) return entry.name;
  const own = entry.jurisdiction === "EU" ? [] : (dir.countries[entry.jurisdiction]?.languages ?? []);
  return own.includes(lang) ? entry.name : `${entry.name} (${entry.nameEn})`;
}

/**
 * The display name of `country` in `lang`: the directory's own where it has one, else the name every
 * runtime's Unicode data gives for the region (CLDR), else English; the code itself if unknown.
 */
export function countryName(dir: AuthorityDirectory, country: string, lang: string): string {
  const info = dir.countries[country];
  if (!info) return country;
  return info.name[lang] ?? regionName(country, lang) ?? info.name.en;
}

function regionName(country: string, lang: string): string | undefined {
  try {
    const name = new Intl.DisplayNames([lang], { type: "region", fallback: "none" }).of(country);
    return name && name !== country ? name : undefined;
  } catch {
    return undefined;
  }
}
