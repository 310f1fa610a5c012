/**
 * `application/x-www-form-urlencoded` and query-string decoding, as the Pact reference does it:
 * `+` is a space, `%XX` a byte (left as written when not hex), empty pairs skipped.
 */
import { decodeUtf8, encodeUtf8 } from './utf8.ts';

/** A decoded `name=value` pair; `value` is `undefined` when the pair has no `=`. */
export type FormPair = readonly [name: string, value: string | undefined];

const HEX = /^[0-9A-Fa-f]{2}$/;

/**
 * Decodes one query-string or form component (`a+b%21` → `a b!`).
 *
 * @example
 * decodeFormComponent('delete.topic.enable%3Dtrue'); // 'delete.topic.enable=true'
 */
export function decodeFormComponent(text: string): string {
  if (!text.includes('%') && !text.includes('+')) return text;
  const bytes: number[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === '%' && HEX.test(text.slice(i + 1, i + 3))) {
      bytes.push(Number.parseInt(text.slice(i + 1, i + 3), 16));
      i += 3;
    } else if (text[i] === '+') {
      bytes.push(0x20);
      i++;
    } else {
      const char = String.fromCodePoint(text.codePointAt(i) as number);
      bytes.push(...encodeUtf8(char));
      i += char.length;
    }
  }
  return decodeUtf8(Uint8Array.from(bytes)) ?? text;
}

/**
 * Splits a query string or form body into decoded pairs, in order.
 *
 * @example
 * parseFormPairs('a=1&b&a=2&'); // [['a', '1'], ['b', undefined], ['a', '2']]
 */
export function parseFormPairs(text: string): FormPair[] {
  const pairs: FormPair[] = [];
  for (const part of text.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const name = decodeFormComponent(eq < 0 ? part : part.slice(0, eq));
    pairs.push([name, eq < 0 ? undefined : decodeFormComponent(part.slice(eq + 1))]);
  }
  return pairs;
}

/**
 * Groups pairs by name, values in order; a pair without `=` contributes `''`.
 *
 * @example
 * groupFormPairs(parseFormPairs('a=1&b=2&a=3')); // { a: ['1', '3'], b: ['2'] }
 */
export function groupFormPairs(pairs: readonly FormPair[]): Record<string, string[]> {
  const grouped: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
  for (const [name, value] of pairs) {
    const values = grouped[name] ?? [];
    values.push(value ?? '');
    grouped[name] = values;
  }
  return grouped;
}
