/**
 * Reads generators (`{ body: { '$.id': { type: 'Uuid' } } }`) into the {@link Generators} model.
 * Like the Rust reference, entries it cannot use (an unknown category or type, a value that is not
 * an object) are skipped rather than failing the file; `validatePact` reports them.
 */
import { isPlainObject } from '../../core/index.ts';
import type { Generator, GeneratorCategory, Generators, GeneratorType } from '../../match/index.ts';
import { setOwn } from '../json/untyped-json.ts';
import { type PartKind, partCategory, singleValueCategories } from './part-category.ts';

/** The generator types seam knows (V3 and V4). */
export const generatorTypes: readonly GeneratorType[] = [
  'RandomInt',
  'RandomDecimal',
  'RandomHexadecimal',
  'RandomString',
  'Regex',
  'Uuid',
  'Date',
  'Time',
  'DateTime',
  'RandomBoolean',
  'ProviderState',
  'MockServerURL',
];

/**
 * Reads one generator: an object whose `type` is a known generator type; all its other keys are
 * kept as parameters. Anything else → undefined.
 *
 * @example
 * readGenerator({ type: 'RandomInt', min: 1, max: 9 }); // { type: 'RandomInt', min: 1, max: 9 }
 * readGenerator({ type: 'Nope' }); // undefined
 */
export function readGenerator(json: unknown): Generator | undefined {
  if (!isPlainObject(json) || typeof json.type !== 'string') return undefined;
  if (!(generatorTypes as readonly string[]).includes(json.type)) return undefined;
  return { ...json, type: json.type as GeneratorType };
}

/**
 * Reads a `generators` field. Category names are case-insensitive; `headers` reads as `header`;
 * `body`, `content` and `contents` read as `body` for HTTP parts and `content` for messages.
 * `method`, `path` and `status` hold one generator, stored under the key `$`.
 *
 * @example
 * readGenerators({ body: { '$.id': { type: 'Uuid' } }, path: { type: 'ProviderState', expression: '/orders/${id}' } });
 * // { body: { '$.id': { type: 'Uuid' } }, path: { $: { type: 'ProviderState', expression: '/orders/${id}' } } }
 */
export function readGenerators(json: unknown, part: PartKind = 'http'): Generators {
  const generators: Partial<Record<GeneratorCategory, Record<string, Generator>>> = {};
  if (!isPlainObject(json)) return generators;
  for (const [name, value] of Object.entries(json)) {
    const category = partCategory(name, part);
    if (category === undefined || !isPlainObject(value)) continue;
    const entries = generators[category] ?? {};
    if (singleValueCategories.has(category)) {
      const generator = readGenerator(value);
      if (generator !== undefined) setOwn(entries, '$', generator);
    } else {
      for (const [key, item] of Object.entries(value)) {
        const generator = readGenerator(item);
        if (generator !== undefined) setOwn(entries, key, generator);
      }
    }
    if (Object.keys(entries).length > 0) generators[category] = entries;
  }
  return generators;
}
