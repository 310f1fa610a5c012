/**
 * Status badges drawn by the broker itself, in the flat style of shields.io (which the Pact Broker
 * fetches them from): no network call, so they work offline and behind firewalls.
 */
import { escapeMarkup } from '../../core/index.ts';
import type { VerificationStatus } from '../matrix/verification-status.ts';

/** The colours the Pact Broker's badges use. */
export type BadgeColor = 'brightgreen' | 'red' | 'orange' | 'lightgrey';

const colors: Record<BadgeColor, string> = {
  brightgreen: '#4c1',
  red: '#e05d44',
  orange: '#fe7d37',
  lightgrey: '#9f9f9f',
};

// Advance widths of Verdana 11px (shields.io's font), in pixels, for the printable ASCII range;
// other characters count as the widest lower-case letter.
const narrow = new Set([..."fijlrt.,:;!|'()[]{} "]);
const wide = new Set([...'mwMW@%']);

function textWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    if (narrow.has(char)) width += 4;
    else if (wide.has(char)) width += 10.5;
    else if (char >= 'A' && char <= 'Z') width += 7.5;
    else width += 6.6;
  }
  return Math.ceil(width);
}

/**
 * A two-part badge as an SVG document: `label` on grey, `message` on `color`.
 *
 * @example
 * renderBadge('web/orders pact', 'verified', 'brightgreen');
 */
export function renderBadge(label: string, message: string, color: BadgeColor): string {
  const left = textWidth(label) + 10;
  const right = textWidth(message) + 10;
  const total = left + right;
  const title = escapeMarkup(`${label}: ${message}`);
  const text = (value: string, x: number) =>
    `<text x="${x * 10}" y="150" fill="#010101" fill-opacity=".3" transform="scale(.1)" textLength="${(textWidth(value) * 10).toFixed(0)}">${escapeMarkup(value)}</text>` +
    `<text x="${x * 10}" y="140" transform="scale(.1)" fill="#fff" textLength="${(textWidth(value) * 10).toFixed(0)}">${escapeMarkup(value)}</text>`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${total}" height="20" role="img" aria-label="${title}">` +
    `<title>${title}</title>` +
    '<linearGradient id="s" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient>' +
    `<clipPath id="r"><rect width="${total}" height="20" rx="3" fill="#fff"/></clipPath>` +
    `<g clip-path="url(#r)"><rect width="${left}" height="20" fill="#555"/><rect x="${left}" width="${right}" height="20" fill="${colors[color]}"/><rect width="${total}" height="20" fill="url(#s)"/></g>` +
    `<g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" text-rendering="geometricPrecision" font-size="110">` +
    text(label, left / 2) +
    text(message, left + right / 2) +
    '</g></svg>'
  );
}

// A pact's verification status as its badge shows it.
const statusMessages: Record<VerificationStatus, [string, BadgeColor]> = {
  success: ['verified', 'brightgreen'],
  failed: ['failed', 'red'],
  stale: ['changed', 'orange'],
  never: ['unknown', 'lightgrey'],
};

/**
 * The badge for a pact that does not exist.
 *
 * @example
 * notFoundBadge(); // 'pact not found: unknown'
 */
export function notFoundBadge(): string {
  return renderBadge('pact not found', 'unknown', 'lightgrey');
}

/**
 * The pact badge: `<consumer>/<provider> pact` (or only one of them with `label`), and the status.
 * `initials` shortens multi-word names to their initials, as the Pact Broker does.
 *
 * @example
 * pactBadge({ consumer: 'web', provider: 'orders', status: 'success' });
 */
export function pactBadge(options: {
  readonly consumer: string;
  readonly provider: string;
  readonly status: VerificationStatus;
  readonly label?: string | undefined;
  readonly initials?: boolean;
  readonly consumerTag?: string | undefined;
  readonly providerTag?: string | undefined;
}): string {
  const [message, color] = statusMessages[options.status];
  const name = (value: string, tag: string | undefined) =>
    `${options.initials === true ? initialsOf(value) : value.toLowerCase()}${tag === undefined ? '' : ` (${tag})`}`;
  const consumer = name(options.consumer, options.consumerTag);
  const provider = name(options.provider, options.providerTag);
  const label = options.label?.toLowerCase();
  const title = label === 'consumer' ? consumer : label === 'provider' ? provider : `${consumer}/${provider}`;
  return renderBadge(`${title} pact`.toLowerCase(), message, color);
}

function initialsOf(name: string): string {
  let parts = name.split(/[\s_-]/).filter((part) => part !== '');
  if (parts.length === 1)
    parts = name
      .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
      .replace(/([a-z\d])([A-Z])/g, '$1_$2')
      .split('_');
  return parts.length > 1
    ? parts
        .map((part) => part[0] ?? '')
        .join('')
        .toLowerCase()
    : name.toLowerCase();
}
