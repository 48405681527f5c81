/**
 * Turning a refused form into words: the server names the first field it refused (`Field 'x.y' is
 * invalid: …`, a validator's wording meant for developers). People see the field's own label and what
 * to do instead, the field is marked invalid and gets the focus. The validator's words never show.
 */
import { t } from "../i18n";
import { ApiError } from "../lib/api";

/** One field of a form as the API names it: its control, its label in words, and how to fix it. */
export interface FieldHelp {
  control: HTMLElement;
  label: string;
  fix: string;
}

/** The API path of the refused field, or null when the error is not about a field. */
export function refusedField(e: unknown): string | null {
  if (!(e instanceof ApiError) || e.status !== 400) return null;
  return /^Field '([^']+)'/.exec(e.serverMessage)?.[1] ?? null;
}

/**
 * A sentence for a failed save of a form whose fields are `fields` (keyed by API path; `countries`
 * also covers `countries.0`). Returns null when the error is not a refused field, so the caller can
 * say what else went wrong.
 */
export function fieldErrorText(e: unknown, fields: Record<string, FieldHelp>): string | null {
  const path = refusedField(e);
  if (path === null) return null;
  for (const el of Object.values(fields)) el.control.removeAttribute("aria-invalid");
  const key = Object.keys(fields)
    .sort((a, b) => b.length - a.length)
    .find((k) => path === k || path.startsWith(`${k}.`));
  const help = key ? fields[key] : undefined;
  if (!help) return t.validation.unknownField;
  help.control.setAttribute("aria-invalid", "true");
  help.control.focus();
  return t.validation.field(help.label, help.fix);
}

/** Clears the invalid marks of a form before it is sent again. */
export function clearFieldErrors(fields: Record<string, FieldHelp>): void {
  for (const el of Object.values(fields)) el.control.removeAttribute("aria-invalid");
}
