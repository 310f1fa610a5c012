/**
 * HTML built by a tagged template that escapes every interpolated value, so pacticipant names,
 * branches and pact contents (all user input) can never become markup.
 */
import { escapeMarkup } from '../../core/index.ts';

/** Markup that is already safe: built by {@link html}. */
export interface SafeHtml {
  readonly safeHtml: string;
}

/** What {@link html} accepts in a `${}`: text (escaped), safe markup, or lists of them. */
export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

function isSafe(value: unknown): value is SafeHtml {
  return typeof value === 'object' && value !== null && 'safeHtml' in value;
}

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (isSafe(value)) return value.safeHtml;
  if (Array.isArray(value)) return value.map((item: HtmlValue) => render(item)).join('');
  return escapeMarkup(String(value));
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

/**
 * An `<option>` of a `<select>`, selected when `value` is the `chosen` one; its text is `label`
 * (default: the value).
 *
 * @example
 * html`<select name="pacticipant">${names.map((name) => selectOption(name, chosen))}</select>`;
 */
export function selectOption<Value extends string | number>(
  value: Value,
  chosen: Value,
  label: HtmlValue = value,
): SafeHtml {
  return html`<option value="${value}"${value === chosen ? html` selected` : ''}>${label}</option>`;
}
