/**
 * Which language the staff app runs in: `?lang=` when it names a staff language, else the first of the
 * browser's languages that is one, else English. Pure, so it is tested without a page.
 */

/**
 * @param available the staff languages (codes)
 * @param asked the `lang` query parameter, if any
 * @param preferred the browser's languages in order (`navigator.languages`, BCP 47 tags)
 */
export function staffLanguage(
  available: readonly string[],
  asked: string | null | undefined,
  preferred: readonly string[],
): string {
  for (const tag of [asked ?? "", ...preferred]) {
    const code = tag.trim().toLowerCase().split("-")[0] ?? "";
    if (available.includes(code)) return code;
  }
  return "en";
}
