/**
 * The checks every catalog gets against its English reference, shared by the reporter catalogs
 * (client/src/i18n/catalogs/) and the notice catalogs (content/notice/): the same keys, the same
 * placeholders, and no English left over.
 */

/** A string (or message function) of a catalog, by its dotted path. */
export type Leaf = { path: string; value: unknown };

/** Every string and message function of a nested (or flat) catalog, with its dotted path. */
export function leaves(x: unknown, path = ""): Leaf[] {
  if (typeof x === "object" && x !== null && !Array.isArray(x))
    return Object.entries(x).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [{ path, value: x }];
}

/** The `{name}` placeholders of a string, sorted. */
export function placeholders(value: unknown): string[] {
  if (typeof value === "string") return [...value.matchAll(/\{\w+\}/g)].map((m) => m[0]).sort();
  return [];
}

// Letter-aware word edges: `\b` would split "kiszámítható" into "that".
export const ENGLISH_WORDS =
  /(?<!\p{L})(the|your|with|which|this|that|report|reporting|please|here)(?!\p{L})/iu;

/**
 * Paths whose translation is still English: the English text itself (unless `allowed` lists it as a
 * word the language shares, or it has no letters besides its placeholders, like "{label}: {href}"), or a
 * text with a common English word in it. Addresses are left alone.
 */
export function englishLeftovers(
  english: readonly Leaf[],
  own: readonly Leaf[],
  allowed: ReadonlySet<string>,
) {
  const theirs = new Map(own.map((l) => [l.path, l.value]));
  return english
    .filter(({ path, value }) => {
      const text = theirs.get(path);
      if (typeof text !== "string" || /^https:\/\//.test(text)) return false;
      const hasWords = /\p{L}/u.test(text.replace(/\{\w+\}/g, ""));
      return (text === value && hasWords && !allowed.has(text)) || ENGLISH_WORDS.test(text);
    })
    .map((l) => l.path);
}

/**
 * The stem of a term that any inflection keeps: the first five letters of its longest word ("działania
 * odwetowe" → "dział", found in "działań odwetowych"), lower-cased in the term's own language.
 */
export function stem(term: string, lang: string): string {
  const words = term.split(/[\s,'’]+/).filter(Boolean);
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a), "");
  return [...longest.toLocaleLowerCase(lang)].slice(0, 5).join("");
}
