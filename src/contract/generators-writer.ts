/** Writes the {@link Generators} model as V3/V4 pact-file JSON, the inverse of {@link readGenerators}. */
import type { Generator, GeneratorCategory, Generators } from '../match/model.ts';
import { setOwn } from './json-value.ts';
import type { PartKind } from './part-category.ts';

const singleValueCategories = new Set<GeneratorCategory>(['method', 'path', 'status']);

/**
 * Writes generators by category: `path`, `method` and `status` as one generator, the others as
 * maps; message content generators under `body` in V3 and `content` in V4. Undefined when empty.
 *
 * @example
 * writeGenerators({ body: { '$.id': { type: 'Uuid' } } }, 'V4'); // { body: { '$.id': { type: 'Uuid' } } }
 */
export function writeGenerators(
  generators: Generators | undefined,
  spec: 'V3' | 'V4',
  part: PartKind = 'http',
): Record<string, unknown> | undefined {
  if (generators === undefined) return undefined;
  const json: Record<string, unknown> = {};
  for (const [category, entries] of Object.entries(generators) as [
    GeneratorCategory,
    Record<string, Generator>,
  ][]) {
    const keys = Object.keys(entries);
    if (keys.length === 0) continue;
    const name =
      category === 'content' || (category === 'body' && part === 'message')
        ? spec === 'V3'
          ? 'body'
          : 'content'
        : category;
    if (singleValueCategories.has(category)) {
      const generator = entries.$ ?? entries[keys[0] ?? '$'];
      if (generator !== undefined) json[name] = { ...generator };
      continue;
    }
    const written: Record<string, unknown> = {};
    for (const [key, generator] of Object.entries(entries)) setOwn(written, key, { ...generator });
    json[name] = written;
  }
  return Object.keys(json).length === 0 ? undefined : json;
}
