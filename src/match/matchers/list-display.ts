/** How lists, maps and bytes appear in rule messages. */
import { type JsonObject, stringifyJson } from '../../core/index.ts';
import { debugMap, displayList, listForMismatch } from '../mismatch-messages.ts';
import type { ListValue } from './rule-matcher.ts';

/**
 * `[1, 2, 3]` (text items unquoted).
 *
 * @example
 * displayListValue({ items: ['a'], text: true }); // '[a]'
 */
export function displayListValue(list: ListValue): string {
  if (list.text) return `[${list.items.join(', ')}]`;
  return displayList(list.items);
}

/**
 * The list as a JSON array of item texts.
 *
 * @example
 * listValueForMismatch({ items: [], text: false }); // '[]'
 */
export function listValueForMismatch(list: ListValue): string {
  return listForMismatch(
    list.text ? list.items.map((item) => String(item)) : list.items.map((item) => stringifyJson(item)),
  );
}

/**
 * A map in Rust `Debug` form.
 *
 * @example
 * mapDebug({}); // '{}'
 */
export function mapDebug(map: JsonObject): string {
  return debugMap(map);
}

/**
 * The first bytes in Rust `Debug` form: `[255, 216, 255]`.
 *
 * @example
 * bytesDebug(new Uint8Array([1, 2])); // '[1, 2]'
 */
export function bytesDebug(bytes: Uint8Array, count = 10): string {
  return `[${[...bytes.subarray(0, count)].join(', ')}]`;
}
