/**
 * Media types as the Pact reference reads them: `type/subtype+suffix; name=value`, lower-cased, with
 * the `charset` value lower-cased too. A header that does not parse is the unknown type `*\/*`.
 */

/** A parsed media type. `parameters` are keyed by lower-case name. */
export interface ContentType {
  readonly type: string;
  readonly subtype: string;
  readonly suffix?: string;
  readonly parameters: Readonly<Record<string, string>>;
}

/** The type of content nobody declared (`*\/*`). */
export const UNKNOWN_CONTENT_TYPE: ContentType = { type: '*', subtype: '*', parameters: {} };

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/**
 * Parses a Content-Type value; `undefined` when it is not `type/subtype[; params]`.
 *
 * @example
 * parseContentType('application/hal+json; charset=UTF-8');
 * // { type: 'application', subtype: 'hal', suffix: 'json', parameters: { charset: 'utf-8' } }
 */
export function parseContentType(value: string): ContentType | undefined {
  const [essence = '', ...rest] = value.split(';');
  const slash = essence.indexOf('/');
  const type = essence.slice(0, slash).trim().toLowerCase();
  const full = essence
    .slice(slash + 1)
    .trim()
    .toLowerCase();
  if (slash < 0 || !TOKEN.test(type) || !TOKEN.test(full)) return undefined;
  const parameters = parseParameters(rest);
  if (parameters === undefined) return undefined;
  const plus = full.indexOf('+');
  if (plus <= 0) return { type, subtype: full, parameters };
  return { type, subtype: full.slice(0, plus), suffix: full.slice(plus + 1), parameters };
}

function parseParameters(parts: readonly string[]): Record<string, string> | undefined {
  const parameters: Record<string, string> = {};
  for (const part of parts) {
    if (part.trim() === '') continue;
    const eq = part.indexOf('=');
    if (eq < 0) return undefined;
    const name = part.slice(0, eq).trim().toLowerCase();
    let raw = part.slice(eq + 1).trim();
    if (raw.length >= 2 && raw.startsWith('"') && raw.endsWith('"')) raw = raw.slice(1, -1);
    parameters[name] = name === 'charset' ? raw.toLowerCase() : raw;
  }
  return parameters;
}

/**
 * Formats a media type as the reference prints it (`type/subtype+suffix;a=b`, parameters sorted).
 *
 * @example
 * formatContentType(parseContentType('text/plain; charset=UTF-8')!); // 'text/plain;charset=utf-8'
 */
export function formatContentType(contentType: ContentType): string {
  const suffix = contentType.suffix === undefined ? '' : `+${contentType.suffix}`;
  const base = `${contentType.type}/${contentType.subtype}${suffix}`;
  const names = Object.keys(contentType.parameters).sort();
  return names.reduce((text, name) => `${text};${name}=${contentType.parameters[name]}`, base);
}

/**
 * The media type without parameters; a suffixed type becomes its suffix (`application/hal+json` →
 * `application/json`).
 *
 * @example
 * formatContentType(baseContentType(parseContentType('application/atom+xml')!)); // 'application/xml'
 */
export function baseContentType(contentType: ContentType): ContentType {
  const subtype = contentType.suffix ?? contentType.subtype;
  return { type: contentType.type, subtype, parameters: {} };
}
