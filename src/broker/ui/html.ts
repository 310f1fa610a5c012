/**
 * HTML built by a tagged template that escapes every interpolated value, so pacticipant names,
 * branches and pact contents (all user input) can never become markup.
 */
import { escapeMarkup } from '../../core/index.ts';

/** Markup that is already safe: built by {@link html} or marked with {@link trusted}. */
export interface SafeHtml {
  readonly safeHtml: string;
}

/** What {@link html} accepts in a `${}`: text (escaped), safe markup, or lists of them. */
export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

/**
 * Escapes text for HTML and XML (SVG) element content and quoted attribute values.
 *
 * @example
 * escapeHtml('<img src=x>'); // '&lt;img src=x&gt;'
 */
export const escapeHtml = escapeMarkup;

/**
 * Marks a string as markup. Only for constants written in this folder, never for user input.
 *
 * @example
 * trusted('<br>');
 */
export function trusted(markup: string): SafeHtml {
  return { safeHtml: markup };
}

function isSafe(value: unknown): value is SafeHtml {
  return typeof value === 'object' && value !== null && 'safeHtml' in value;
}

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (isSafe(value)) return value.safeHtml;
  if (Array.isArray(value)) return value.map((item: HtmlValue) => render(item)).join('');
  return escapeHtml(String(value));
}

/**
 * Markup with escaped values; `null`, `undefined` and `false` render nothing, arrays are joined.
 *
 * @example
 * html`<td>${name}</td>`; // name '<b>' renders as '&lt;b&gt;'
 */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, index) => {
    out += render(value) + (strings[index + 1] ?? '');
  });
  return { safeHtml: out };
}
