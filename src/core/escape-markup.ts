/** Escaping text for HTML and XML. */

/**
 * Escapes text for HTML or XML (SVG, JUnit) element content and quoted attribute values.
 *
 * @example
 * escapeMarkup('<img src=x>'); // '&lt;img src=x&gt;'
 */
export function escapeMarkup(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}
